import { describe, expect, it } from 'vitest';
import { termOf } from '../../../src/search/analysis/analyze.js';
import { compileQuery } from '../../../src/search/query/compile.js';
import { parseQuery } from '../../../src/search/query/parse.js';
import { QueryError } from '../../../src/search/types.js';

const word = (text: string) => ({ kind: 'word', text });
const phrase = (text: string) => ({ kind: 'phrase', text });

describe('query parser', () => {
  it('reads words as groups that must all match', () => {
    expect(parseQuery('  road  safety ')).toEqual({ required: [[word('road')], [word('safety')]], excluded: [] });
  });

  it('reads "phrases"', () => {
    expect(parseQuery('"air quality" ontario')).toEqual({ required: [[phrase('air quality')], [word('ontario')]], excluded: [] });
  });

  it('reads -exclusions of words and phrases', () => {
    expect(parseQuery('water -"drinking water" -wells')).toEqual({
      required: [[word('water')]],
      excluded: [phrase('drinking water'), word('wells')],
    });
  });

  it('binds OR tighter than the implicit AND', () => {
    expect(parseQuery('roads OR bridges winter')).toEqual({
      required: [[word('roads'), word('bridges')], [word('winter')]],
      excluded: [],
    });
    expect(parseQuery('a OR b OR "c d"').required).toEqual([[word('a'), word('b'), phrase('c d')]]);
  });

  it('takes lowercase or as a word', () => {
    expect(parseQuery('or gold').required).toEqual([[word('or')], [word('gold')]]);
  });

  it('is lenient with what people type', () => {
    expect(parseQuery('"unclosed phrase')).toEqual({ required: [[phrase('unclosed phrase')]], excluded: [] });
    expect(parseQuery('roads - bridges -')).toEqual({ required: [[word('roads')], [word('bridges')]], excluded: [] });
    expect(parseQuery('OR roads OR')).toEqual({ required: [[word('roads')]], excluded: [] });
    expect(parseQuery('roads OR -bridges').required).toEqual([[word('roads')]]);
    expect(parseQuery('""')).toEqual({ required: [], excluded: [] });
    expect(parseQuery('covid-19').required).toEqual([[word('covid-19')]]);
  });

  it('refuses an overlong query, naming q', () => {
    const error = (() => {
      try {
        parseQuery('x'.repeat(1001));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).field).toBe('q');
    expect((error as QueryError).messageFr).toMatch(/caractères/);
    expect(() => parseQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toThrow(/too many terms/);
  });
});

describe('query compiler', () => {
  it('analyses words like records and restricts them to the columns of the language', () => {
    const compiled = compileQuery(parseQuery('Hôpitaux'), ['fr']);
    expect(compiled).toMatchObject({ kind: 'match', match: '({title_fr keywords_fr description_fr} : ("hopital"))' });
  });

  it('makes a word of several terms a phrase, and drops stop words', () => {
    const compiled = compileQuery(parseQuery('the covid-19 data'), ['en']);
    expect(compiled.kind === 'match' && compiled.match).toBe('({title_en keywords_en description_en} : ("covid 19" AND "data"))');
  });

  it('writes OR groups, phrases and exclusions', () => {
    const compiled = compileQuery(parseQuery('roads OR bridges "snow removal" -winter'), ['en']);
    const cols = '{title_en keywords_en description_en}';
    expect(compiled.kind === 'match' && compiled.match).toBe(
      `((${cols} : (("road" OR "bridg") AND "snow remov") NOT ${cols} : ("winter")))`,
    );
  });

  it('matches either language when none is given', () => {
    const compiled = compileQuery(parseQuery('eau'), ['en', 'fr']);
    expect(compiled.kind === 'match' && compiled.match).toBe(
      '({title_en keywords_en description_en} : ("eau")) OR ({title_fr keywords_fr description_fr} : ("eau"))',
    );
    expect(compiled.kind === 'match' && [...compiled.perLang.fr!.terms]).toEqual([termOf('eau', 'fr')]);
  });

  it('keeps a side only where the words are not stop words', () => {
    // "de" is a French stop word but not an English one.
    const compiled = compileQuery(parseQuery('de'), ['en', 'fr']);
    expect(compiled.kind === 'match' && compiled.match).toBe('({title_en keywords_en description_en} : ("de"))');
  });

  it('answers a query of exclusions only with everything but them', () => {
    const compiled = compileQuery(parseQuery('-roads'), ['en']);
    expect(compiled).toMatchObject({ kind: 'exclude', excluded: '{title_en keywords_en description_en} : ("road")' });
  });

  it('refuses a query of stop words only, naming q in both languages', () => {
    try {
      compileQuery(parseQuery('the of and'), ['en']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).field).toBe('q');
      expect((error as QueryError).message).toMatch(/only common words/);
      expect((error as QueryError).messageFr).toMatch(/mots courants/);
    }
  });

  it('treats an empty or punctuation-only query as everything', () => {
    expect(compileQuery(parseQuery(''), ['en'])).toEqual({ kind: 'all' });
    expect(compileQuery(parseQuery('?! -'), ['en'])).toEqual({ kind: 'all' });
  });
});
