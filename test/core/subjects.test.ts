import { describe, expect, it } from 'vitest';
import { SUBJECTS, normalizeSubjects, subjectById, subjectOf } from '../../src/core/subjects.js';
import { fixturesPresent } from '../helpers/fixtures.js';
import { readCsvFixture } from './csv-fixture.js';

describe('subjects', () => {
  it('has the 19 Government of Canada subjects with both labels', () => {
    expect(SUBJECTS).toHaveLength(19);
    expect(new Set(SUBJECTS.map((s) => s.id)).size).toBe(19);
    for (const s of SUBJECTS) {
      expect(s.label.en).not.toBe('');
      expect(s.label.fr).not.toBe('');
    }
    expect(subjectById('economics_and_industry')?.label).toEqual({ en: 'Economics and Industry', fr: 'Économie et industrie' });
    expect(subjectById('nope')).toBeUndefined();
  });

  it('recognizes codes, legacy codes and labels in either language, any case and accents', () => {
    expect(normalizeSubjects(['agriculture', 'EC', 'Santé et sécurité', 'SANTE ET SECURITE', 'nature and environment', 'Gouvernement et vie politique'])).toEqual([
      'agriculture',
      'economics_and_industry',
      'health_and_safety',
      'nature_and_environment',
      'government_and_politics',
    ]);
  });

  it('deduplicates, keeps the order and drops what it cannot map', () => {
    expect(normalizeSubjects(['Transportation', 'not a topic', 'transport', '', 'Health'])).toEqual(['transport', 'health_and_safety']);
  });

  it('maps DCAT-AP data themes', () => {
    expect(subjectOf('http://publications.europa.eu/resource/authority/data-theme/TRAN')).toBe('transport');
    expect(subjectOf('http://publications.europa.eu/resource/authority/data-theme/XXXX')).toBeUndefined();
  });

  it('every subject id and label maps back to itself', () => {
    for (const s of SUBJECTS) {
      expect(subjectOf(s.id)).toBe(s.id);
      expect(subjectOf(s.label.en)).toBe(s.id);
      expect(subjectOf(s.label.fr)).toBe(s.id);
    }
  });
});

describe.skipIf(!fixturesPresent)('subjects: conformance with the TBS crosswalk (Subject_TBS.csv)', () => {
  const rows = fixturesPresent ? readCsvFixture('canada', 'crosswalk-tables', 'SHARED', 'Subject_TBS.csv') : [];

  it('reads the table', () => {
    expect(rows.length).toBeGreaterThan(50);
  });

  it('every provincial topic maps to its real_value_english, in any case', () => {
    for (const row of rows) {
      const topic = row.original_value ?? '';
      expect([topic, normalizeSubjects([topic])[0]]).toEqual([topic, row.real_value_english]);
      expect(normalizeSubjects([topic.toUpperCase()])).toEqual([row.real_value_english]);
    }
  });
});
