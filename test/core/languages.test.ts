import { describe, expect, it } from 'vitest';
import { languageLabel, normalizeLanguage, normalizeLanguages } from '../../src/core/languages.js';

describe('normalizeLanguage', () => {
  it.each([
    ['en', 'en'], ['eng', 'en'], ['EN', 'en'], ['English', 'en'], ['anglais', 'en'], ['en-CA', 'en'], ['en_US', 'en'],
    ['fr', 'fr'], ['fra', 'fr'], ['fre', 'fr'], ['French', 'fr'], ['français', 'fr'], ['FRANCAIS', 'fr'], ['fr-t-en', 'fr'],
    ['http://publications.europa.eu/resource/authority/language/FRA', 'fr'],
    ['http://publications.europa.eu/resource/authority/language/ENG', 'en'],
    ['http://id.loc.gov/vocabulary/iso639-2/fre', 'fr'],
    ['eng; CAN', 'en'], ['fra; CAN', 'fr'],
    ['iu', 'iu'], ['Inuktitut', 'iu'], ['iku', 'iu'], ['Cree', 'cr'], ['cri', 'cr'], ['Spanish', 'es'], ['allemand', 'de'],
    ['moh', 'moh'], ['Mohawk', 'moh'], ['Mi’kmaq', 'mic'], ['zxx', 'zxx'], ['mul', 'mul'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLanguage(input)).toBe(expected);
  });

  it.each(['', '   ', 'und', 'xx', 'Klingonese', 'qqq'])('cannot tell %j', (input) => {
    expect(normalizeLanguage(input)).toBeUndefined();
  });
});

describe('normalizeLanguages', () => {
  it('splits lists, deduplicates and keeps the order', () => {
    expect(normalizeLanguages('English; French')).toEqual(['en', 'fr']);
    expect(normalizeLanguages('fr, en')).toEqual(['fr', 'en']);
    expect(normalizeLanguages(['eng', 'fra', 'en', 'nonsense'])).toEqual(['en', 'fr']);
    expect(normalizeLanguages('anglais et français')).toEqual(['en', 'fr']);
    expect(normalizeLanguages(undefined)).toEqual([]);
  });
});

describe('languageLabel', () => {
  it('labels ISO 639-1 languages in both languages, French capitalized', () => {
    expect(languageLabel('en')).toEqual({ en: 'English', fr: 'Anglais' });
    expect(languageLabel('fr')).toEqual({ en: 'French', fr: 'Français' });
    expect(languageLabel('iu')).toEqual({ en: 'Inuktitut', fr: 'Inuktitut' });
    expect(languageLabel('de').fr).toBe('Allemand');
  });

  it('labels the Indigenous languages and special codes ISO 639-1 lacks', () => {
    expect(languageLabel('moh')).toEqual({ en: 'Mohawk', fr: 'Mohawk' });
    expect(languageLabel('zxx').fr).toBe('Aucun contenu linguistique');
  });

  it('labels an unknown code with itself', () => {
    expect(languageLabel('qqq')).toEqual({ en: 'qqq', fr: 'qqq' });
  });
});
