import { describe, expect, it } from 'vitest';
import { analyze, analyzeTokens, termOf } from '../../../src/search/analysis/analyze.js';
import { fold } from '../../../src/search/analysis/fold.js';
import { stem, stemCacheSize } from '../../../src/search/analysis/stem.js';
import { isStopWord } from '../../../src/search/analysis/stopwords.js';
import { tokenize } from '../../../src/search/analysis/tokenize.js';

describe('folding', () => {
  it('lower-cases and removes Latin accents and ligatures', () => {
    expect(fold('Hôpital Œuvre ÉCOLE Çà')).toBe('hopital oeuvre ecole ca');
  });

  it('keeps other scripts whole', () => {
    expect(fold('ᐃᓄᒃᑎᑐᑦ')).toBe('ᐃᓄᒃᑎᑐᑦ');
    expect(fold('हिन्दी')).toBe('हिन्दी');
  });
});

describe('tokenizer', () => {
  it('splits on anything but letters and digits, with positions', () => {
    expect(tokenize('Roads, 2021: Île-du-Prince-Édouard!')).toEqual([
      { text: 'Roads', start: 0, end: 5 },
      { text: '2021', start: 7, end: 11 },
      { text: 'Île', start: 13, end: 16 },
      { text: 'du', start: 17, end: 19 },
      { text: 'Prince', start: 20, end: 26 },
      { text: 'Édouard', start: 27, end: 34 },
    ]);
  });

  it('keeps Inuktitut syllabics and other scripts as words', () => {
    expect(tokenize('ᐃᓄᒃᑎᑐᑦ ᑐᑭᓯᒋᐊᕐᕕᒃ').map((t) => t.text)).toEqual(['ᐃᓄᒃᑎᑐᑦ', 'ᑐᑭᓯᒋᐊᕐᕕᒃ']);
  });

  it("drops elided articles and pronouns and the English possessive", () => {
    expect(tokenize("l'eau d’accidents qu'il jusqu'ici Canada's O'Brien").map((t) => t.text)).toEqual([
      'eau', 'accidents', 'il', 'ici', 'Canada', 'O', 'Brien',
    ]);
  });
});

describe('stemming and stop words', () => {
  it('gives hopital, hôpital, hôpitaux and hopitaux the same French term', () => {
    const terms = ['hopital', 'hôpital', 'hôpitaux', 'hopitaux', 'Hôpitaux'].map((w) => termOf(w, 'fr'));
    expect(new Set(terms).size).toBe(1);
    expect(terms[0]).toBe('hopital');
  });

  it('gives collisions and collision the same English term', () => {
    expect(termOf('collisions', 'en')).toBe(termOf('collision', 'en'));
    expect(termOf('Hospitals', 'en')).toBe(termOf('hospital', 'en'));
  });

  it('keeps stop words out, per language', () => {
    expect(analyze('The roads of the province', 'en')).toEqual(['road', 'provinc']);
    expect(analyze("Les données de l'eau", 'fr')).toEqual([termOf('données', 'fr'), 'eau']);
    expect(isStopWord('the', 'en')).toBe(true);
    expect(isStopWord('the', 'fr')).toBe(false);
    expect(isStopWord('les', 'fr')).toBe(true);
    expect(isStopWord('a', 'en')).toBe(true);
  });

  it("analyses elisions: l'eau gives the term of eau", () => {
    expect(analyze("l'eau", 'fr')).toEqual(analyze('eau', 'fr'));
    expect(analyze("d'accidents", 'fr')).toEqual(analyze('accident', 'fr'));
  });

  it('does not stem numbers, codes or other scripts', () => {
    expect(stem('2021', 'en')).toBe('2021');
    expect(stem('covid19', 'en')).toBe('covid19');
    expect(analyze('ᐃᓄᒃᑎᑐᑦ', 'fr')).toEqual(['ᐃᓄᒃᑎᑐᑦ']);
  });

  it('memoizes stems in a bounded cache', () => {
    const before = stemCacheSize('en');
    stem('zebracrossingsunique', 'en');
    stem('zebracrossingsunique', 'en');
    expect(stemCacheSize('en')).toBe(before + 1);
    expect(stemCacheSize('en')).toBeLessThanOrEqual(50_000);
  });

  it('marks stop words in tokens for highlighting', () => {
    expect(analyzeTokens('the roads', 'en').map((t) => t.term)).toEqual([undefined, 'road']);
  });
});
