import { describe, expect, it } from 'vitest';
import { JURISDICTION_LEVELS } from '../../src/core/dataset.js';
import { CANADIAN_REGIONS, JURISDICTION_LEVEL_LABELS, jurisdictionLabel, parseJurisdictionLevel, regionCode } from '../../src/core/jurisdictions.js';
import { fixturesPresent } from '../helpers/fixtures.js';
import { readCsvFixture } from './csv-fixture.js';
import { choiceLabels, presetChoices } from './presets-fixture.js';

describe('jurisdiction levels', () => {
  it('labels every level in both languages', () => {
    for (const level of JURISDICTION_LEVELS) {
      expect(JURISDICTION_LEVEL_LABELS[level].en).not.toBe('');
      expect(JURISDICTION_LEVEL_LABELS[level].fr).not.toBe('');
    }
    expect(JURISDICTION_LEVEL_LABELS.federal).toEqual({ en: 'Federal', fr: 'Fédéral' });
    expect(JURISDICTION_LEVEL_LABELS.provincial).toEqual({ en: 'Provincial', fr: 'Provincial' });
    expect(JURISDICTION_LEVEL_LABELS.indigenous).toEqual({ en: 'Indigenous', fr: 'Autochtone' });
  });

  it.each([
    ['federal', 'federal'], ['Fédéral', 'federal'], ['FEDERALE', 'federal'], ['provincial', 'provincial'], ['Provinciale', 'provincial'],
    ['Provincial / Territorial', 'provincial'], ['territorial', 'territorial'], ['municipal', 'municipal'], ['Municipalité', 'municipal'],
    ['City', 'municipal'], ['Régional', 'regional'], ['MRC', 'regional'], ['Premières Nations', 'indigenous'], ['International', 'international'],
  ])('%j → %s', (text, level) => {
    expect(parseJurisdictionLevel(text)).toBe(level);
  });

  it('parses every level as itself and by its labels', () => {
    for (const level of JURISDICTION_LEVELS) {
      expect(parseJurisdictionLevel(level)).toBe(level);
      expect(parseJurisdictionLevel(JURISDICTION_LEVEL_LABELS[level].en)).toBe(level);
      expect(parseJurisdictionLevel(JURISDICTION_LEVEL_LABELS[level].fr)).toBe(level);
    }
  });

  it('gives undefined for anything else', () => {
    expect(parseJurisdictionLevel('user')).toBeUndefined();
    expect(parseJurisdictionLevel('')).toBeUndefined();
  });
});

describe('regions', () => {
  it('has the 10 provinces and 3 territories with ISO 3166-2 codes', () => {
    expect(CANADIAN_REGIONS).toHaveLength(13);
    expect(CANADIAN_REGIONS.filter((r) => r.level === 'provincial')).toHaveLength(10);
    expect(CANADIAN_REGIONS.filter((r) => r.level === 'territorial').map((r) => r.code).sort()).toEqual(['CA-NT', 'CA-NU', 'CA-YT']);
    for (const code of ['CA-QC', 'CA-NL', 'CA-PE', 'CA-NT', 'CA-NU', 'CA-YT']) expect(CANADIAN_REGIONS.map((r) => r.code)).toContain(code);
  });

  it.each([
    ['Alberta', 'CA-AB'], ['AB', 'CA-AB'], ['ab', 'CA-AB'], ['CA-AB', 'CA-AB'], ['ca-ab', 'CA-AB'], ['Alta.', 'CA-AB'],
    ['Québec', 'CA-QC'], ['Quebec', 'CA-QC'], ['QUÉBEC', 'CA-QC'], ['QC', 'CA-QC'], ['PQ', 'CA-QC'], ['Qué.', 'CA-QC'],
    ['British Columbia', 'CA-BC'], ['Colombie-Britannique', 'CA-BC'], ['B.C.', 'CA-BC'], ['C.-B.', 'CA-BC'],
    ['Newfoundland and Labrador', 'CA-NL'], ['Newfoundland & Labrador', 'CA-NL'], ['Terre-Neuve-et-Labrador', 'CA-NL'], ['NL', 'CA-NL'],
    ['Prince Edward Island', 'CA-PE'], ['Île-du-Prince-Édouard', 'CA-PE'], ['PEI', 'CA-PE'], ['Î.-P.-É.', 'CA-PE'],
    ['Nouvelle-Écosse', 'CA-NS'], ['Nouveau-Brunswick', 'CA-NB'], ['Northwest Territories', 'CA-NT'], ['Territoires du Nord-Ouest', 'CA-NT'],
    ['NWT', 'CA-NT'], ['TNO', 'CA-NT'], ['Nunavut', 'CA-NU'], ['Yukon', 'CA-YT'], ['YK', 'CA-YT'], ['Yukon Territory', 'CA-YT'],
    ['Government of Alberta', 'CA-AB'], ['Gouvernement du Québec', 'CA-QC'], ['Province of British Columbia', 'CA-BC'], ['Gouvernement de l’Ontario', 'CA-ON'],
    ['Canada', 'CA'], ['CA', 'CA'], ['Government of Canada', 'CA'], ['Gouvernement du Canada', 'CA'],
  ])('%j → %s', (text, code) => {
    expect(regionCode(text)).toBe(code);
  });

  it('gives undefined for places it does not know', () => {
    expect(regionCode('Texas')).toBeUndefined();
    expect(regionCode('Ville de Laval')).toBeUndefined();
    expect(regionCode('')).toBeUndefined();
  });

  it('recognizes every region by its code, names and abbreviations', () => {
    for (const r of CANADIAN_REGIONS) {
      for (const name of [r.code, r.label.en, r.label.fr, r.sgc, ...r.abbreviations]) expect([name, regionCode(name)]).toEqual([name, r.code]);
    }
  });
});

describe('jurisdictionLabel', () => {
  it('labels federal, provincial and territorial jurisdictions', () => {
    expect(jurisdictionLabel({ level: 'federal', code: 'CA' })).toEqual({ en: 'Canada', fr: 'Canada' });
    expect(jurisdictionLabel({ level: 'provincial', code: 'CA-QC' })).toEqual({ en: 'Quebec', fr: 'Québec' });
    expect(jurisdictionLabel({ level: 'provincial', code: 'CA-BC' })).toEqual({ en: 'British Columbia', fr: 'Colombie-Britannique' });
    expect(jurisdictionLabel({ level: 'territorial', code: 'CA-NT' })).toEqual({ en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest' });
  });

  it('labels municipalities in both languages', () => {
    expect(jurisdictionLabel({ level: 'municipal', code: 'CA-QC', municipality: 'Ville de Laval' })).toEqual({ en: 'City of Laval', fr: 'Ville de Laval' });
    expect(jurisdictionLabel({ level: 'municipal', code: 'CA-ON', municipality: 'City of Ottawa' })).toEqual({ en: 'City of Ottawa', fr: 'Ville d’Ottawa' });
    expect(jurisdictionLabel({ level: 'municipal', code: 'CA-QC', municipality: "Ville d'Ottawa" })).toEqual({ en: 'City of Ottawa', fr: 'Ville d’Ottawa' });
    expect(jurisdictionLabel({ level: 'regional', code: 'CA-ON', municipality: 'Regional Municipality of Niagara' })).toEqual({
      en: 'Regional Municipality of Niagara',
      fr: 'Municipalité régionale de Niagara',
    });
    expect(jurisdictionLabel({ level: 'municipal', code: 'CA-BC', municipality: 'Surrey' })).toEqual({ en: 'Surrey', fr: 'Surrey' });
  });

  it('labels municipal jurisdictions without a name by their province, with the right French article', () => {
    expect(jurisdictionLabel({ level: 'municipal', code: 'CA-QC' })).toEqual({ en: 'Municipalities of Quebec', fr: 'Municipalités du Québec' });
    expect(jurisdictionLabel({ level: 'municipal', code: 'CA-ON' }).fr).toBe('Municipalités de l’Ontario');
    expect(jurisdictionLabel({ level: 'municipal', code: 'CA-BC' }).fr).toBe('Municipalités de la Colombie-Britannique');
    expect(jurisdictionLabel({ level: 'municipal', code: 'CA-NT' })).toEqual({
      en: 'Municipalities of the Northwest Territories',
      fr: 'Municipalités des Territoires du Nord-Ouest',
    });
    expect(jurisdictionLabel({ level: 'municipal', code: '' })).toEqual(JURISDICTION_LEVEL_LABELS.municipal);
  });
});

describe.skipIf(!fixturesPresent)('jurisdictions: conformance with the crosswalk tables and open.canada.ca', () => {
  it('recognizes every province of province_active.csv by its name and code', () => {
    const rows = readCsvFixture('canada', 'crosswalk-tables', 'SHARED', 'province_active.csv');
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      // The table writes Prince Edward Island's code PEI; ISO 3166-2 has CA-PE.
      const expected = `CA-${row.code === 'PEI' ? 'PE' : row.code ?? ''}`;
      expect([row.province, regionCode(row.province ?? '')]).toEqual([row.province, expected]);
      expect([row.code, regionCode(row.code ?? '')]).toEqual([row.code, expected]);
    }
  });

  it('parses the jurisdiction words of Jurisdiction_OSDP.csv in both languages', () => {
    const rows = readCsvFixture('canada', 'crosswalk-tables', 'GeoDCAT', 'Jurisdiction_OSDP.csv');
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(parseJurisdictionLevel(row.real_value_english ?? '')).toBe(row.original_value);
      expect(parseJurisdictionLevel(row.real_value_french ?? '')).toBe(row.original_value);
    }
  });

  it('parses the levels of canada_jurisdiction by value and labels (not "user")', () => {
    for (const c of presetChoices('canada_jurisdiction').filter((x) => x.value !== 'user')) {
      expect(parseJurisdictionLevel(c.value)).toBe(c.value);
      for (const label of choiceLabels(c)) expect([label, parseJurisdictionLevel(label)]).toEqual([label, c.value]);
    }
  });
});
