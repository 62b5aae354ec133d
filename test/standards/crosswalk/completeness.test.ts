// Completeness counts records carrying each element, per source and per jurisdiction, and GC
// compliance over the mandatory elements Federa carries.
import { describe, expect, it } from 'vitest';
import { elementsAnswering, gcMandatory } from '../../../src/core/common-core.js';
import type { DatasetRecord } from '../../../src/core/dataset.js';
import { jurisdictionKey, measureCompleteness } from '../../../src/standards/crosswalk/completeness.js';
import { CrosswalkService } from '../../../src/standards/crosswalk/report.js';

function record(id: string, source: string, extra: Partial<DatasetRecord> = {}): DatasetRecord {
  return {
    id: `${source}:${id}`,
    provenance: { sourceId: source, remoteId: id, harvestedAt: '2026-01-01T00:00:00Z', contentHash: id, raw: null },
    title: { en: `Title ${id}` },
    description: {},
    keywords: {},
    jurisdiction: { level: 'provincial', code: 'CA-QC' },
    subjects: [],
    languages: [],
    distributions: [],
    ...extra,
  };
}

/** A record carrying every element the GC compliance check counts. */
function complete(id: string, source: string): DatasetRecord {
  return record(id, source, {
    title: { en: 'Roads', fr: 'Routes' },
    description: { en: 'Road network', 'fr-t-en': 'Réseau routier' },
    keywords: { en: ['roads'], fr: ['routes'] },
    publisher: { id: 'transport', name: { en: 'Transport', fr: 'Transports' } },
    subjects: ['transport'],
    licence: { id: 'OGL-Canada-2.0' },
    frequency: 'P1Y',
    contactPoint: { email: 'open@example.ca' },
    distributions: [{ id: 'd', title: { en: 'CSV' }, url: 'https://x.example/roads.csv', format: 'CSV', languages: ['en'], resourceType: 'dataset' }],
  });
}

async function* batches(records: DatasetRecord[]): AsyncIterable<DatasetRecord[]> {
  yield records.slice(0, 2);
  yield records.slice(2);
}

describe('completeness', () => {
  it('counts carried elements per source and per jurisdiction', async () => {
    const records = [
      complete('1', 'alpha'),
      record('2', 'alpha', { title: { fr: 'Seulement français' } }),
      record('3', 'beta', { jurisdiction: { level: 'municipal', code: 'CA-QC', municipality: 'Laval' }, issued: '2020-01-01' }),
    ];
    const labels = new Map([
      ['alpha', { en: 'Alpha', fr: 'Alpha' }],
      ['beta', { en: 'Beta', fr: 'Bêta' }],
      ['gamma', { en: 'Gamma', fr: 'Gamma' }],
    ]);
    const c = await measureCompleteness(batches(records), labels);
    expect(c.records).toBe(3);
    expect(c.overall.elements['title.en']).toBe(2);
    expect(c.overall.elements['title.fr']).toBe(2);
    expect(c.overall.elements['issued']).toBe(1);
    expect(c.bySource.map((g) => [g.key, g.records])).toEqual([
      ['alpha', 2],
      ['beta', 1],
      ['gamma', 0],
    ]);
    expect(c.byJurisdiction.map((g) => g.key)).toEqual(['municipal:CA-QC:Laval', 'provincial:CA-QC']);
    expect(jurisdictionKey({ level: 'federal', code: 'CA' })).toBe('federal:CA');
  });

  it('counts a record compliant only when it carries every GC mandatory element Federa carries', async () => {
    const c = await measureCompleteness(batches([complete('1', 'alpha'), complete('2', 'alpha'), record('3', 'alpha')]), new Map());
    expect(c.gcCarried.length).toBeGreaterThan(10);
    for (const id of c.gcCarried) expect(elementsAnswering(id).length).toBeGreaterThan(0);
    for (const id of c.gcNotCarried) expect(elementsAnswering(id)).toEqual([]);
    expect([...c.gcCarried, ...c.gcNotCarried].sort()).toEqual(gcMandatory().map((g) => g.id).sort());
    expect(c.overall.compliant).toBe(2);
    // The bare record misses every carried element but the title and the jurisdiction.
    expect(c.overall.missing['14']).toBeUndefined();
    expect(c.overall.missing['63']).toBeUndefined();
    expect(c.overall.missing['14b']).toBe(1);
    expect(c.overall.missing['74']).toBe(1);
    const { missing } = c.overall;
    expect(Object.keys(missing).sort()).toEqual(c.gcCarried.filter((id) => id !== '14' && id !== '05' && id !== '63').sort());
  });
});

describe('the report cache', () => {
  it('keeps a report while the catalogue does not move, and a moved one for staleMs only', async () => {
    let stamp = 'a';
    let clock = 0;
    let computed = 0;
    const store = {
      changeStamp: async () => stamp,
      listSources: async () => [],
      rawSample: async () => [],
      activeRecords: async function* () {
        computed++;
        yield [record('1', 'alpha')];
      },
    };
    const service = new CrosswalkService(store, { kinds: [], staleMs: 1000, now: () => clock });
    expect((await service.report()).stamp).toBe('a');
    await service.report();
    expect(computed).toBe(1);
    stamp = 'b';
    clock = 999;
    expect((await service.report()).stamp).toBe('a');
    clock = 1000;
    expect((await service.report()).stamp).toBe('b');
    expect(computed).toBe(2);
  });
});
