import { describe, expect, it } from 'vitest';
import { FREQUENCY_SPECIAL, frequencyLabel, normalizeFrequency } from '../../src/core/frequencies.js';
import { fixturesPresent } from '../helpers/fixtures.js';
import { readCsvFixture } from './csv-fixture.js';
import { choiceLabels, presetChoices } from './presets-fixture.js';

describe('normalizeFrequency: ISO 8601 durations', () => {
  it.each([
    ['P1M', 'P1M'], ['p1m', 'P1M'], [' P1Y ', 'P1Y'], ['R/P1Y', 'P1Y'], ['R5/P1M', 'P1M'], ['R/2020-01-01T00:00:00Z/P1W', 'P1W'],
    ['P0.5M', 'P0.5M'], ['P0,5M', 'P0.5M'], ['P0.50M', 'P0.5M'], ['PT1H', 'PT1H'], ['PT15M', 'PT15M'], ['P1Y6M', 'P1Y6M'], ['P0.33W', 'P0.33W'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeFrequency(input)).toBe(expected);
  });

  it.each(['P', 'PT', 'P0D', 'P1', 'XP1Y', 'P1Yabc', '1Y', 'R/', 'PT1H2'])('rejects %j', (input) => {
    expect(normalizeFrequency(input)).toBeUndefined();
  });
});

describe('normalizeFrequency: words, codes and IRIs', () => {
  it.each([
    ['annual', 'P1Y'], ['Annually', 'P1Y'], ['annuel', 'P1Y'], ['Annuelle', 'P1Y'], ['quarterly', 'P3M'], ['trimestriel', 'P3M'],
    ['monthly', 'P1M'], ['Mensuel', 'P1M'], ['weekly', 'P1W'], ['hebdomadaire', 'P1W'], ['daily', 'P1D'], ['Quotidien', 'P1D'],
    ['as needed', 'as_needed'], ['As Needed', 'as_needed'], ['au besoin', 'as_needed'], ['asNeeded', 'as_needed'], ['as_needed', 'as_needed'],
    ['continual', 'continual'], ['en continu', 'continual'], ['irregular', 'irregular'], ['Irrégulier', 'irregular'],
    ['not planned', 'not_planned'], ['Non planifié', 'not_planned'], ['notPlanned', 'not_planned'], ['unknown', 'unknown'], ['Inconnu', 'unknown'],
    ['fortnightly', 'P2W'], ['semimonthly', 'P0.5M'], ['bimonthly', 'P2M'], ['bimensuel', 'P0.5M'], ['bimestriel', 'P2M'],
    ['RI_539', 'P1Y'], ['RI_540', 'as_needed'], ['008', 'P1Y'],
    ['http://publications.europa.eu/resource/authority/frequency/MONTHLY', 'P1M'],
    ['http://publications.europa.eu/resource/authority/frequency/ANNUAL', 'P1Y'],
    ['http://publications.europa.eu/resource/authority/frequency/ANNUAL_2', 'P6M'],
    ['http://publications.europa.eu/resource/authority/frequency/IRREG', 'irregular'],
    ['http://publications.europa.eu/resource/authority/frequency/CONT', 'continual'],
    ['http://publications.europa.eu/resource/authority/frequency/NEVER', 'not_planned'],
    ['http://purl.org/cld/freq/monthly', 'P1M'], ['http://purl.org/cld/freq/biweekly', 'P2W'], ['http://purl.org/cld/freq/semimonthly', 'P0.5M'],
    ['http://purl.org/cld/freq/threeTimesAYear', 'P4M'], ['http://purl.org/cld/freq/irregular', 'irregular'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeFrequency(input)).toBe(expected);
  });

  it.each([
    ['every 3 months', 'P3M'], ['Every two years', 'P2Y'], ['every day', 'P1D'], ['tous les 2 ans', 'P2Y'], ['aux 6 mois', 'P6M'],
    ['toutes les 2 semaines', 'P2W'], ['3 times a year', 'P4M'], ['twice a week', 'P0.5W'], ['three times per week', 'P0.33W'],
    ['deux fois par semaine', 'P0.5W'], ['once a month', 'P1M'], ['4 times per day', 'PT6H'],
  ])('reads the phrase %j as %s', (input, expected) => {
    expect(normalizeFrequency(input)).toBe(expected);
  });

  it('reads words around the frequency', () => {
    expect(normalizeFrequency('Updated monthly')).toBe('P1M');
    expect(normalizeFrequency('Mise à jour mensuelle')).toBe('P1M');
    expect(normalizeFrequency('Annually (every fiscal year)')).toBe('P1Y');
  });

  it('gives undefined for what it cannot tell', () => {
    expect(normalizeFrequency(undefined)).toBeUndefined();
    expect(normalizeFrequency('')).toBeUndefined();
    expect(normalizeFrequency('sometimes maybe')).toBeUndefined();
    expect(normalizeFrequency('http://example.org/freq/whenever')).toBeUndefined();
    expect(normalizeFrequency('http://publications.europa.eu/resource/authority/frequency/NOPE')).toBeUndefined();
  });
});

describe('frequencyLabel', () => {
  it('labels the usual durations in both languages', () => {
    expect(frequencyLabel('P1M')).toEqual({ en: 'Monthly', fr: 'Mensuelle' });
    expect(frequencyLabel('P1Y')).toEqual({ en: 'Annually', fr: 'Annuelle' });
    expect(frequencyLabel('P0.5W')).toEqual({ en: 'Twice a week', fr: 'Deux fois par semaine' });
  });

  it('labels the special values', () => {
    for (const code of FREQUENCY_SPECIAL) {
      const label = frequencyLabel(code);
      expect(label.en).not.toBe(code);
      expect(label.fr).not.toBe(code);
    }
    expect(frequencyLabel('not_planned')).toEqual({ en: 'Not planned', fr: 'Non planifiée' });
  });

  it('gives any other duration a sensible label', () => {
    expect(frequencyLabel('P3D')).toEqual({ en: 'Every 3 days', fr: 'Tous les 3 jours' });
    expect(frequencyLabel('PT15M')).toEqual({ en: 'Every 15 minutes', fr: 'Toutes les 15 minutes' });
    expect(frequencyLabel('P6W')).toEqual({ en: 'Every 6 weeks', fr: 'Toutes les 6 semaines' });
    expect(frequencyLabel('P0.25Y')).toEqual({ en: '4 times a year', fr: '4 fois par année' });
    expect(frequencyLabel('P1.5M')).toEqual({ en: 'Every 1.5 months', fr: 'Tous les 1,5 mois' });
    expect(frequencyLabel('P1Y6M')).toEqual({ en: 'Every 1 year and 6 months', fr: 'Intervalle de 1 an et 6 mois' });
    expect(frequencyLabel('R/P1M')).toEqual({ en: 'Monthly', fr: 'Mensuelle' });
  });

  it('labels an unknown code with itself', () => {
    expect(frequencyLabel('whenever')).toEqual({ en: 'whenever', fr: 'whenever' });
  });
});

describe.skipIf(!fixturesPresent)('frequencies: conformance with the crosswalk and open.canada.ca', () => {
  it('maps every row of UpdateFrequency_TBS.csv to its real_value_english, in any case', () => {
    const rows = readCsvFixture('canada', 'crosswalk-tables', 'SHARED', 'UpdateFrequency_TBS.csv');
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      const word = row.original_value ?? '';
      expect([word, normalizeFrequency(word)]).toEqual([word, row.real_value_english]);
      expect([word, normalizeFrequency(word.toUpperCase())]).toEqual([word, row.real_value_english]);
    }
  });

  it('recognizes every canada_frequency value as itself and by its English and French labels', () => {
    const choices = presetChoices('canada_frequency');
    expect(choices.length).toBeGreaterThan(20);
    for (const c of choices) {
      expect([c.value, normalizeFrequency(c.value)]).toEqual([c.value, c.value]);
      for (const label of choiceLabels(c)) expect([label, normalizeFrequency(label)]).toEqual([label, c.value]);
      const label = frequencyLabel(c.value);
      expect([c.value, label.en !== c.value && label.fr !== c.value]).toEqual([c.value, true]);
    }
  });

  it('maps the legacy codes open.canada.ca replaced to their value', () => {
    for (const c of presetChoices('canada_frequency')) {
      // ISO 19115's semimonthly is twice a month; open.canada.ca files it under every two months.
      for (const legacy of (c.replaces ?? []).filter((r) => r !== 'semimonthly')) {
        expect([legacy, normalizeFrequency(legacy)]).toEqual([legacy, c.value]);
      }
    }
  });

  it('maps the ISO 19115 codes of Update.csv like their names', () => {
    const rows = readCsvFixture('canada', 'crosswalk-tables', 'SHARED', 'Update.csv');
    for (const row of rows) {
      const byName = normalizeFrequency(row.real_value_english);
      expect([row.code_value, byName !== undefined]).toEqual([row.code_value, true]);
      expect([row.code_value, normalizeFrequency(row.code_value)]).toEqual([row.code_value, byName]);
      expect([row.real_value_french, normalizeFrequency(row.real_value_french)]).toEqual([row.real_value_french, byName]);
    }
  });
});
