// The table of core elements and GC common core elements, checked against the published GC set
// (read in place); and what "carrying" an element means.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CORE_ELEMENTS, GC_ELEMENTS, carries, coreElement, gcElement, gcMandatory, recordCarries, type CoreView } from '../../src/core/common-core.js';
import { fixture, fixturesPresent } from '../helpers/fixtures.js';

const GC_CSV = 'canada/common-core-element-set.csv';

describe.skipIf(!fixturesPresent)('the GC common core element set', () => {
  const rows = fixturesPresent ? (parse(readFileSync(fixture(GC_CSV)), { columns: true, bom: true }) as Record<string, string>[]) : [];
  const byId = new Map(rows.map((r) => [r['Property ID'], r] as const));

  it('has every GC id of the table, with that property name and requirement', () => {
    for (const gc of GC_ELEMENTS) {
      const row = byId.get(gc.id);
      expect(row, `GC id ${gc.id}`).toBeDefined();
      expect(row?.['CKAN API property name'], gc.id).toBe(gc.property);
      expect(row?.['Requirement'] === 'M', gc.id).toBe(gc.mandatory);
    }
  });

  it('has no mandatory element the table leaves out', () => {
    const mandatory = rows.filter((r) => r['Requirement'] === 'M').map((r) => r['Property ID']);
    expect(mandatory.length).toBeGreaterThan(20);
    for (const id of mandatory) expect(gcElement(id!), `GC id ${id}`).toBeDefined();
  });
});

describe('core elements', () => {
  it('refer only to GC ids of the table, and variants to listed ids', () => {
    for (const element of CORE_ELEMENTS) for (const id of element.gc) expect(gcElement(id), `${element.id} → ${id}`).toBeDefined();
    for (const gc of GC_ELEMENTS) if (gc.variantOf !== undefined) expect(gcElement(gc.variantOf), gc.id).toBeDefined();
    expect(new Set(CORE_ELEMENTS.map((e) => e.id)).size).toBe(CORE_ELEMENTS.length);
  });

  it('count mandatory elements once, without their variants', () => {
    const ids = gcMandatory().map((g) => g.id);
    expect(ids).toContain('14');
    expect(ids).not.toContain('14a');
    expect(ids).not.toContain('64ab');
  });

  it('say what carrying a value means: not blank, not an empty list', () => {
    expect(carries(undefined)).toBe(false);
    expect(carries('  ')).toBe(false);
    expect(carries([])).toBe(false);
    expect(carries([''])).toBe(false);
    expect(carries({ en: '' })).toBe(false);
    expect(carries(0)).toBe(true);
    expect(carries(['a'])).toBe(true);
  });

  it('read French text, human or machine-translated, and need every distribution for a distribution element', () => {
    const record: CoreView = {
      id: 's:1',
      provenance: {},
      title: { en: 'Roads', 'fr-t-en': 'Routes' },
      description: {},
      keywords: {},
      jurisdiction: { level: 'federal', code: 'CA' },
      subjects: [],
      languages: [],
      distributions: [
        { id: 'a', title: {}, url: 'https://x.example/a.csv', format: 'CSV', languages: [] },
        { id: 'b', title: {}, url: 'https://x.example/b', languages: [] },
      ],
    };
    expect(recordCarries(coreElement('title.fr')!, record)).toBe(true);
    expect(recordCarries(coreElement('description.en')!, record)).toBe(false);
    expect(recordCarries(coreElement('distribution.url')!, record)).toBe(true);
    expect(recordCarries(coreElement('distribution.format')!, record)).toBe(false);
    expect(recordCarries(coreElement('distribution.url')!, { ...record, distributions: [] })).toBe(false);
  });
});
