import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/search/analysis/analyze.js';
import { buildIndexDocument, titleSortKey } from '../../../src/search/document/build-document.js';
import { record } from '../records.js';

describe('index document', () => {
  const doc = buildIndexDocument(
    record({
      id: 'x',
      title: { en: 'Hospital beds', 'fr-t-en': 'Lits d’hôpitaux', und: 'ᐃᓄᒃᑎᑐᑦ' },
      description: { en: 'Staffed beds.', 'fr-t-en': 'Lits dotés.' },
      keywords: { en: ['health'], fr: ['santé'] },
      jurisdiction: { level: 'municipal', code: 'ca-qc', municipality: ' Laval ' },
      licence: 'CC-BY-4.0',
      formats: ['CSV', 'CSV', 'PDF'],
      modified: '2024-03-01',
    }),
  );

  it('puts human and machine-translated text in its language, unknown-language text in both', () => {
    expect(doc.text.en.title).toBe(['hospit', 'bed', 'ᐃᓄᒃᑎᑐᑦ'].join(' '));
    expect(doc.text.fr.title).toBe([...analyze('Lits d’hôpitaux', 'fr'), 'ᐃᓄᒃᑎᑐᑦ'].join(' '));
    expect(doc.text.fr.keywords).toBe(analyze('santé', 'fr').join(' '));
    expect(doc.text.en.keywords).toBe('health');
  });

  it('gives facet values with hierarchical jurisdictions and the open flag', () => {
    expect(doc.facets.jurisdiction!.map((v) => v.value)).toEqual(['CA-QC', 'CA-QC/Laval']);
    expect(doc.facets.open).toEqual([{ value: 'true' }]);
    expect(doc.facets.format).toEqual([{ value: 'CSV' }, { value: 'PDF' }]);
    expect(doc.facets.keyword).toEqual([
      { value: 'health', lang: 'en' },
      { value: 'santé', lang: 'fr' },
    ]);
    expect(doc.modified).toBe(Date.parse('2024-03-01'));
  });

  it('makes accent-insensitive title sort keys', () => {
    expect(titleSortKey('« Écoles » du Québec')).toBe('ecoles du quebec');
    expect(doc.titleSort.fr).toBe('lits d hopitaux');
  });
});
