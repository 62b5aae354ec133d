// "Did you mean …?": edit distance, the nearest known term, and suggestions over a real index in
// both languages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalogue, type Catalogue } from '../../../src/search/catalogue.js';
import { editDistance } from '../../../src/search/spelling/edit-distance.js';
import { correctQuery, maxEdits, nearestTerm, type TermDictionary } from '../../../src/search/spelling/suggest.js';
import { QueryError } from '../../../src/search/types.js';
import { CORPUS, record } from '../records.js';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit each', () => {
    expect(editDistance('water', 'water', 2)).toBe(0);
    expect(editDistance('watr', 'water', 2)).toBe(1);
    expect(editDistance('waters', 'water', 2)).toBe(1);
    expect(editDistance('wader', 'water', 2)).toBe(1);
    expect(editDistance('wtaer', 'water', 2)).toBe(1);
    expect(editDistance('wtare', 'water', 2)).toBe(2);
    expect(editDistance('', 'ab', 2)).toBe(2);
  });

  it('stops past the bound', () => {
    expect(editDistance('collision', 'bridge', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
    expect(editDistance('abcdef', 'badcfe', 2)).toBe(3);
  });
});

describe('nearest term', () => {
  const terms = new Map([['water', 50], ['wafer', 2], ['waiter', 50], ['winter', 10]]);

  it('takes the fewest edits, then the most documents', () => {
    expect(nearestTerm('watr', terms)?.term).toBe('water');
    expect(nearestTerm('wster', terms)?.term).toBe('water');
    // "waser" is one edit from water and from wafer: water is in more documents.
    expect(nearestTerm('waser', terms)?.term).toBe('water');
  });

  it('allows fewer edits to short words and none to very short ones', () => {
    expect(maxEdits(2)).toBe(0);
    expect(maxEdits(4)).toBe(1);
    expect(maxEdits(7)).toBe(2);
    expect(nearestTerm('wa', new Map([['wo', 5]]))).toBeUndefined();
    expect(nearestTerm('wxyz', terms)).toBeUndefined();
    expect(nearestTerm('wntr', terms)).toBeUndefined();
  });

  it('compares the beginning of a misspelt word, which the stemmer leaves longer, for one edit more', () => {
    const known = new Map([['facil', 30], ['fewer', 27]]);
    // "faclities" stems to "facliti" (three edits from "facil"); its beginning "facli" is one.
    expect(nearestTerm('facliti', known, 'faclities')).toEqual({ term: 'facil', distance: 2, docs: 30 });
    expect(editDistance('facliti', 'facil', 2)).toBe(3);
    // Short words get no such allowance.
    expect(nearestTerm('facl', known, 'facls')?.term).toBe('facil');
    expect(nearestTerm('fcl', known, 'fclxyz')).toBeUndefined();
  });

  it('never suggests the term itself or a term no document holds', () => {
    expect(nearestTerm('water', new Map([['water', 3]]))).toBeUndefined();
    expect(nearestTerm('waters', new Map([['water', 3]]), 'waters')?.term).toBe('water');
    expect(nearestTerm('watr', new Map([['water', 0]]))).toBeUndefined();
  });
});

describe('correctQuery with a dictionary', () => {
  const dictionary = (terms: Record<string, number>, surface: Record<string, string> = {}): TermDictionary & { ranges: string[] } => {
    const ranges: string[] = [];
    return {
      ranges,
      termsStartingWith(initial, lang) {
        ranges.push(`${lang}:${initial}`);
        return new Map(Object.entries(terms).filter(([t]) => t.startsWith(initial)));
      },
      surfaceForm: (term) => surface[term],
    };
  };

  it('replaces each unknown word, keeps known ones, phrases and exclusions as typed', () => {
    const dict = dictionary({ water: 9, qualiti: 4, laval: 2, drink: 1 }, { water: 'water', qualiti: 'quality' });
    expect(correctQuery('watr qualty Laval', ['en'], dict)).toEqual({
      q: 'water quality Laval',
      corrections: [
        { word: 'watr', suggestion: 'water' },
        { word: 'qualty', suggestion: 'quality' },
      ],
    });
    expect(correctQuery('"watr" -drnk laval', ['en'], dict)).toBeUndefined();
    expect(correctQuery('water', ['en'], dict)).toBeUndefined();
  });

  it('leaves codes, stop words and words without a near term alone', () => {
    const dict = dictionary({ covid: 3, water: 2 });
    expect(correctQuery('covd-19 2024 the zzzzz', ['en'], dict)).toBeUndefined();
  });

  it('shows the term itself when no written form is found', () => {
    expect(correctQuery('watr', ['en'], dictionary({ water: 1 }))?.q).toBe('water');
  });

  it('reads only the dictionary range of the word’s first letter', () => {
    const dict = dictionary({ water: 1 });
    correctQuery('watr', ['en', 'fr'], dict);
    expect(dict.ranges).toEqual(['en:w', 'fr:w']);
  });
});

describe('suggestions over an index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'federa-spelling-'));
  let catalogue: Catalogue;

  beforeAll(async () => {
    catalogue = openCatalogue({ path: join(dir, 'spelling.db') });
    await catalogue.store.write(CORPUS.map(record));
  });
  afterAll(async () => {
    await catalogue.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('suggests a word the catalogue uses, with the count it finds', async () => {
    expect((await catalogue.search({ q: 'colisions', lang: 'en' })).total).toBe(0);
    const suggestion = await catalogue.suggest({ q: 'colisions', lang: 'en' });
    expect(suggestion?.corrections).toEqual([{ word: 'colisions', suggestion: 'collisions' }]);
    expect(suggestion?.q).toBe('collisions');
    expect(suggestion?.total).toBe((await catalogue.search({ q: 'collisions', lang: 'en' })).total);
  });

  it('suggests in French with French analysis, accents as the catalogue writes them', async () => {
    const suggestion = await catalogue.suggest({ q: 'hopiteaux', lang: 'fr' });
    expect(suggestion?.q).toBe('hôpitaux');
    expect(suggestion?.total).toBeGreaterThan(0);
    expect((await catalogue.suggest({ q: 'potabel', lang: 'fr' }))?.q).toBe('potable');
  });

  it('keeps the filters: no suggestion when the corrected query finds nothing with them', async () => {
    expect((await catalogue.suggest({ q: 'colisions', lang: 'en', filters: { jurisdictionLevel: ['municipal'] } }))?.total).toBe(1);
    expect(await catalogue.suggest({ q: 'colisions', lang: 'en', filters: { jurisdictionLevel: ['territorial'] } })).toBeUndefined();
  });

  it('suggests nothing for known words, empty queries or words far from any', async () => {
    expect(await catalogue.suggest({ q: 'collisions winter', lang: 'en' })).toBeUndefined();
    expect(await catalogue.suggest({ q: '', lang: 'en' })).toBeUndefined();
    expect(await catalogue.suggest({ q: 'xylophone', lang: 'en' })).toBeUndefined();
  });

  it('follows writes to the index', async () => {
    expect(await catalogue.suggest({ q: 'tunels', lang: 'en' })).toBeUndefined();
    await catalogue.store.write([record({ id: 'tunnels', title: { en: 'Tunnels' } })]);
    expect((await catalogue.suggest({ q: 'tunels', lang: 'en' }))?.q).toBe('tunnels');
  });

  it('refuses invalid requests like search does', async () => {
    await expect(catalogue.suggest({ q: 'watr', lang: 'en', page: 0 })).rejects.toBeInstanceOf(QueryError);
  });
});
