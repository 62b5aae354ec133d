// Prefix completion in memory: word starts, folding, languages, ranking by datasets, updates;
// checked against a brute-force count over a generated corpus.
import { describe, expect, it } from 'vitest';
import type { StoredFacts } from '../../../src/store/sqlite/facts-codec.js';
import { CompletionIndex, type Completion } from '../../../src/search/completion/completion-index.js';
import { completionKey } from '../../../src/search/completion/phrases.js';

/** Facts as the store reads them back: keywords lower-cased with their language letter and label. */
function facts(titles: { en?: string[]; fr?: string[] }, keywords: Array<[string, 'e' | 'f' | 'u']> = []): StoredFacts {
  const labels: Record<string, [string, string]> = {};
  const values = keywords.map(([text]) => {
    const value = text.toLocaleLowerCase('fr-CA');
    if (value !== text) labels[value] = [text, text];
    return value;
  });
  return {
    titleSort: { en: '', fr: '' },
    facets: { keyword: values },
    labels: { keyword: labels },
    langs: { keyword: keywords.map(([, l]) => l).join('') },
    titles: { en: titles.en ?? [], fr: titles.fr ?? [] },
  };
}

describe('completion index', () => {
  it('matches the start of any word, case, accents and punctuation ignored', () => {
    const index = new CompletionIndex();
    index.apply(1, facts({ fr: ['Qualité de l’eau potable'] }, [['Hôpitaux', 'f']]));
    index.apply(2, facts({ fr: ['Eaux usées'] }));
    expect(index.complete('eau', 'fr').map((c) => c.text)).toEqual(['Eaux usées', 'Qualité de l’eau potable']);
    expect(index.complete('HOPI', 'fr')).toEqual([{ text: 'Hôpitaux', count: 1 }]);
    expect(index.complete('l eau p', 'fr').map((c) => c.text)).toEqual(['Qualité de l’eau potable']);
    expect(index.complete('l’eau', 'fr').map((c) => c.text)).toEqual(['Qualité de l’eau potable']);
    expect(index.complete('ualit', 'fr')).toEqual([]);
    expect(index.complete('eau', 'en')).toEqual([]);
    expect(index.complete('  ', 'fr')).toEqual([]);
  });

  it('keeps languages apart, and offers keywords of no known language in both', () => {
    const index = new CompletionIndex();
    index.apply(1, facts({ en: ['Water quality'], fr: ['Qualité de l’eau'] }, [['water', 'e'], ['eau', 'f'], ['WQX', 'u']]));
    expect(index.complete('wa', 'en').map((c) => c.text)).toEqual(['water', 'Water quality']);
    expect(index.complete('wa', 'fr')).toEqual([]);
    expect(index.complete('wq', 'fr')).toEqual([{ text: 'WQX', count: 1 }]);
    expect(index.complete('wq', 'en')).toEqual([{ text: 'WQX', count: 1 }]);
  });

  it('counts datasets once per phrase, prefers a title’s writing, and forgets what a record no longer says', () => {
    const index = new CompletionIndex();
    index.apply(1, facts({ en: ['Roads'] }, [['roads', 'e']]));
    index.apply(2, facts({}, [['roads', 'e'], ['Road safety', 'e']]));
    index.apply(3, facts({ en: ['Road safety'] }));
    expect(index.complete('road', 'en')).toEqual([{ text: 'Roads', count: 2 }, { text: 'Road safety', count: 2 }]);
    index.apply(2, undefined);
    expect(index.complete('road', 'en')).toEqual([{ text: 'Roads', count: 1 }, { text: 'Road safety', count: 1 }]);
    index.apply(3, facts({ en: ['Bridges'] }));
    expect(index.complete('road', 'en')).toEqual([{ text: 'Roads', count: 1 }]);
    expect(index.complete('br', 'en')).toEqual([{ text: 'Bridges', count: 1 }]);
  });

  it('gives at most ten, most used first, and answers one letter too', () => {
    const index = new CompletionIndex();
    for (let doc = 0; doc < 30; doc++) index.apply(doc, facts({}, Array.from({ length: 1 + (doc % 12) }, (_, k) => [`park ${k}`, 'e'])));
    const found = index.complete('p', 'en');
    expect(found).toHaveLength(10);
    expect(found.map((c) => c.count)).toEqual([...found.map((c) => c.count)].sort((a, b) => b - a));
    expect(found[0]).toEqual({ text: 'park 0', count: 30 });
    expect(index.complete('park', 'en', 3).map((c) => c.text)).toEqual(['park 0', 'park 1', 'park 2']);
    expect(index.complete('park', 'en', 50)).toHaveLength(10);
  });

  it('agrees with a brute-force count over a generated corpus, through updates', () => {
    const words = ['water', 'waste', 'wage', 'road', 'route', 'rail', 'école', 'ecology', 'éco', 'parc', 'park', 'a', 'ab'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const phrase = () => Array.from({ length: 1 + random(3) }, () => words[random(words.length)]!).join(' ');
    const docs = new Map<number, StoredFacts>();
    const index = new CompletionIndex();
    for (let step = 0; step < 1500; step++) {
      const doc = random(300);
      const f = random(10) === 0 ? undefined : facts({ en: [phrase()] }, [[phrase(), 'e'], [phrase(), 'u']]);
      index.apply(doc, f);
      if (f) docs.set(doc, f);
      else docs.delete(doc);
    }
    const brute = (prefix: string): Completion[] => {
      const key = completionKey(prefix);
      const counts = new Map<string, number>();
      for (const f of docs.values()) {
        const phrases = new Set([...(f.titles?.en ?? []), ...(f.facets.keyword ?? [])].map(completionKey));
        for (const p of phrases) if (p.split(' ').some((_, i, all) => all.slice(i).join(' ').startsWith(key))) counts.set(p, (counts.get(p) ?? 0) + 1);
      }
      return [...counts]
        .sort(([a, ca], [b, cb]) => cb - ca || Number(b.startsWith(key)) - Number(a.startsWith(key)) || a.length - b.length || (a < b ? -1 : 1))
        .slice(0, 10)
        .map(([text, count]) => ({ text, count }));
    };
    for (const prefix of ['w', 'wa', 'wat', 'r', 'ro', 'eco', 'éc', 'a', 'ab', 'park r', 'water wa', 'zz']) {
      expect(index.complete(prefix, 'en').map((c) => ({ text: completionKey(c.text), count: c.count })), prefix).toEqual(brute(prefix));
    }
  });
});
