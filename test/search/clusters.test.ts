// Copies of one dataset from several sources show once: totals, results and facet counts are
// checked against a brute-force count over clusters; each hit says where else it is available.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../src/core/dataset.js';
import { licenceById } from '../../src/core/licences.js';
import { openCatalogue, type Catalogue } from '../../src/search/catalogue.js';
import { FILTER_KEYS, type FilterKey, type SearchRequest } from '../../src/search/types.js';
import { sourceSettings } from '../store/records.js';
import { record, type RecordSpec } from './records.js';

const U1 = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const U2 = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
const U3 = 'c3a7f5e1-42d4-4b8e-a1f0-5d2e9c7b8a64';
const LAVAL = { level: 'municipal' as const, code: 'CA-QC', municipality: 'Laval' };
const QC = { level: 'provincial' as const, code: 'CA-QC' };
const OTTAWA = { level: 'municipal' as const, code: 'CA-ON', municipality: 'Ottawa' };

const SPECS: RecordSpec[] = [
  // One dataset on three portals: the city's own (preferred), the aggregator's, the federal one.
  { id: U1, source: 'canada', title: { en: 'Road collisions in Laval', 'fr-t-en': 'Collisions routières à Laval' }, jurisdiction: QC, licence: 'OGL-Canada-2.0', formats: ['CSV'], languages: ['en', 'fr'], modified: '2024-01-01' },
  { id: U1, source: 'quebec', title: { fr: 'Collisions routières à Laval' }, jurisdiction: LAVAL, licence: 'CC-BY-4.0', formats: ['CSV', 'JSON'], languages: ['fr'], modified: '2024-01-02' },
  { id: U1, source: 'laval', title: { en: 'Road collisions', fr: 'Collisions routières' }, jurisdiction: LAVAL, formats: ['GEOJSON'], languages: ['fr'], modified: '2024-01-03' },
  // A ministry's record on the aggregator (its own portal) and on the federal portal.
  { id: U2, source: 'canada', title: { en: 'Hospital wait times', 'fr-t-en': 'Temps d’attente dans les hôpitaux' }, jurisdiction: QC, licence: 'OGL-Canada-2.0', formats: ['CSV'], modified: '2023-05-01' },
  { id: U2, source: 'quebec', title: { fr: 'Temps d’attente dans les hôpitaux' }, jurisdiction: QC, licence: 'CC-BY-4.0', formats: ['XLSX'], modified: '2023-05-02' },
  // A city's record on the federal portal.
  { id: U3, source: 'canada', title: { en: 'Snow removal routes' }, jurisdiction: OTTAWA, licence: 'OGL-Canada-2.0', formats: ['CSV'], modified: '2022-01-01' },
  { id: U3, source: 'ottawa', title: { en: 'Snow removal routes' }, jurisdiction: OTTAWA, formats: ['SHP'], modified: '2022-01-02' },
  // Datasets only one source holds.
  { id: 'bridges', source: 'ottawa', title: { en: 'Bridge collisions and inspections' }, jurisdiction: OTTAWA, formats: ['CSV'], modified: '2021-01-01' },
  { id: 'budget', source: 'canada', title: { en: 'Federal budget', fr: 'Budget fédéral' }, licence: 'OGL-Canada-2.0', formats: ['PDF'], modified: '2020-01-01' },
  { id: 'arbres', source: 'quebec', title: { fr: 'Arbres publics' }, jurisdiction: LAVAL, licence: 'CC-BY-4.0', formats: ['CSV'], modified: '2019-01-01' },
];

const dir = mkdtempSync(join(tmpdir(), 'federa-clusters-'));
let catalogue: Catalogue;
// Written interleaved, so that copies of one dataset are not next to each other in the store.
const records = [0, 3, 5, 1, 4, 7, 6, 2, 8, 9].map((i) => record(SPECS[i]!));
const byId = new Map(records.map((r) => [r.id, r]));
/** The clusters the corpus was written to have: the same UUID on several sources. */
const clusterOf = (r: DatasetRecord): string => r.provenance.remoteId;
/** The preferred order of each cluster, as the corpus means it. */
const PREFERRED: Record<string, string[]> = {
  [U1]: [`laval:${U1}`, `quebec:${U1}`, `canada:${U1}`],
  [U2]: [`quebec:${U2}`, `canada:${U2}`],
  [U3]: [`ottawa:${U3}`, `canada:${U3}`],
};
const rankOf = (r: DatasetRecord): number => PREFERRED[clusterOf(r)]?.indexOf(r.id) ?? 0;

beforeAll(async () => {
  catalogue = openCatalogue({ path: join(dir, 'clusters.db') });
  const save = (id: string, jurisdiction: DatasetRecord['jurisdiction'], priority: number) =>
    catalogue.store.saveSource({ ...sourceSettings(id), jurisdiction }, { enabled: true, priority });
  await save('canada', { level: 'federal', code: 'CA' }, 200);
  await save('quebec', QC, 100);
  await save('laval', LAVAL, 300);
  await save('ottawa', OTTAWA, 100);
  await catalogue.store.write(records);
});
afterAll(async () => {
  await catalogue.close();
  rmSync(dir, { recursive: true, force: true });
});

function valuesOf(r: DatasetRecord, key: FilterKey): string[] {
  switch (key) {
    case 'jurisdictionLevel':
      return [r.jurisdiction.level];
    case 'jurisdiction':
      return r.jurisdiction.municipality ? [r.jurisdiction.code, `${r.jurisdiction.code}/${r.jurisdiction.municipality}`] : [r.jurisdiction.code];
    case 'publisher':
      return r.publisher ? [r.publisher.id] : [];
    case 'source':
      return [r.provenance.sourceId];
    case 'format':
      return [...new Set(r.distributions.map((d) => d.format ?? ''))].filter(Boolean);
    case 'licence':
      return r.licence?.id ? [r.licence.id] : [];
    case 'open':
      return [r.licence?.id && licenceById(r.licence.id)?.open ? 'true' : 'false'];
    case 'subject':
      return r.subjects;
    case 'keyword':
      return [...new Set(Object.values(r.keywords).flat().map((k) => (k ?? '').toLowerCase()))];
    case 'language':
      return r.languages;
  }
}

/** The records matching the query and dates, every copy: a source filter never collapses
 * copies, since one source holds one copy of a dataset. */
async function matching(request: SearchRequest): Promise<DatasetRecord[]> {
  const sources = [...new Set(records.map((r) => r.provenance.sourceId))];
  const found: DatasetRecord[] = [];
  for (const source of sources) {
    const { q, lang, modifiedFrom, modifiedTo } = request;
    const response = await catalogue.search({ q, lang, modifiedFrom, modifiedTo, filters: { source: [source] }, size: 100 });
    found.push(...response.results.map((h) => byId.get(h.id)!));
  }
  return found;
}

async function checkAgainstClusters(request: SearchRequest): Promise<void> {
  const matched = await matching(request);
  const filters = request.filters ?? {};
  const passes = (r: DatasetRecord, except?: FilterKey): boolean =>
    Object.entries(filters).every(([k, values]) => k === except || valuesOf(r, k as FilterKey).some((v) => values!.includes(v)));
  const shown = new Map<string, DatasetRecord>();
  for (const r of matched) {
    if (!passes(r)) continue;
    const held = shown.get(clusterOf(r));
    if (!held || rankOf(r) < rankOf(held)) shown.set(clusterOf(r), r);
  }
  const response = await catalogue.search({ ...request, size: 100 });
  const what = JSON.stringify(request);
  expect(response.total, what).toBe(shown.size);
  expect(response.results.map((h) => h.id).sort(), what).toEqual([...shown.values()].map((r) => r.id).sort());
  for (const key of FILTER_KEYS) {
    const clustersByValue = new Map<string, Set<string>>();
    for (const r of matched) {
      if (!passes(r, key)) continue;
      for (const v of valuesOf(r, key)) {
        const set = clustersByValue.get(v) ?? new Set<string>();
        set.add(clusterOf(r));
        clustersByValue.set(v, set);
      }
    }
    const expected = new Map([...clustersByValue].map(([v, set]) => [v, set.size]));
    const got = new Map(response.facets[key]!.filter((f) => f.count > 0).map((f) => [f.value, f.count]));
    expect(got, `facet ${key} of ${what}`).toEqual(expected);
    // What a click on a value shows is what its count said.
    if (key !== 'keyword') {
      for (const [value, count] of expected) {
        const selected = await catalogue.search({ ...request, filters: { ...filters, [key]: [value] }, size: 0 });
        expect(selected.total, `${key}=${value} of ${what}`).toBe(count);
      }
    }
  }
}

describe('copies of a dataset from several sources in search', () => {
  it('finds every copy of a source with a source filter', async () => {
    for (const source of ['canada', 'quebec', 'laval', 'ottawa']) {
      const response = await catalogue.search({ filters: { source: [source] }, size: 100 });
      expect(response.results.map((h) => h.id).sort()).toEqual(records.filter((r) => r.provenance.sourceId === source).map((r) => r.id).sort());
    }
  });

  it('shows each dataset once, and counts totals and facets by dataset, like a brute-force count over clusters', async () => {
    await checkAgainstClusters({});
    await checkAgainstClusters({ lang: 'fr' });
    await checkAgainstClusters({ q: 'collisions', lang: 'en' });
    await checkAgainstClusters({ q: 'collisions', lang: 'fr' });
    await checkAgainstClusters({ q: 'collisions' });
    await checkAgainstClusters({ q: 'routes OR budget', lang: 'en' });
    await checkAgainstClusters({ q: '-budget', lang: 'en' });
    await checkAgainstClusters({ filters: { jurisdictionLevel: ['provincial'] } });
    await checkAgainstClusters({ filters: { jurisdictionLevel: ['provincial', 'municipal'], format: ['CSV'] } });
    await checkAgainstClusters({ filters: { licence: ['CC-BY-4.0'] } });
    await checkAgainstClusters({ filters: { source: ['canada', 'quebec'] } });
    await checkAgainstClusters({ filters: { open: ['false'], jurisdiction: ['CA-QC'] } });
    await checkAgainstClusters({ q: 'collisions', lang: 'en', filters: { format: ['CSV'] }, modifiedFrom: '2021-06-01' });
  });

  it('shows the preferred copy when it passes, else the next preferred that does', async () => {
    const ids = async (request: SearchRequest) => (await catalogue.search({ ...request, size: 100 })).results.map((h) => h.id).sort();
    expect(await ids({})).toEqual([`laval:${U1}`, `quebec:${U2}`, `ottawa:${U3}`, 'ottawa:bridges', 'canada:budget', 'quebec:arbres'].sort());
    // The city's copy has no CSV: the aggregator's shows; the federal copy when only it is open-licenced and provincial.
    expect(await ids({ filters: { format: ['CSV'], jurisdictionLevel: ['municipal'] } })).toEqual([`quebec:${U1}`, `canada:${U3}`, 'ottawa:bridges', 'quebec:arbres'].sort());
    expect(await ids({ filters: { licence: ['OGL-Canada-2.0'] } })).toEqual([`canada:${U1}`, `canada:${U2}`, `canada:${U3}`, 'canada:budget'].sort());
  });

  it('says where else each hit is available, the preferred copy first', async () => {
    const response = await catalogue.search({ q: 'collisions', lang: 'en', size: 100 });
    const hit = response.results.find((h) => h.id === `laval:${U1}`)!;
    expect(hit.alsoAvailableFrom).toEqual([
      { id: `quebec:${U1}`, source: 'quebec', sourceLabel: { en: 'Source quebec', fr: 'Source quebec (fr)' }, landingPage: `https://quebec.example.ca/dataset/${U1}` },
      { id: `canada:${U1}`, source: 'canada', sourceLabel: { en: 'Source canada', fr: 'Source canada (fr)' }, landingPage: `https://canada.example.ca/dataset/${U1}` },
    ]);
    expect(response.results.find((h) => h.id === 'ottawa:bridges')!.alsoAvailableFrom).toEqual([]);
    const federal = (await catalogue.search({ filters: { source: ['canada'] }, q: 'snow', lang: 'en' })).results[0]!;
    expect(federal.id).toBe(`canada:${U3}`);
    expect(federal.alsoAvailableFrom.map((c) => c.id)).toEqual([`ottawa:${U3}`]);
  });

  it('follows clusters as they change: a copy withdrawn leaves, the next preferred shows', async () => {
    const path = join(dir, 'changing.db');
    const writer = openCatalogue({ path });
    const reader = openCatalogue({ path });
    await writer.store.saveSource({ ...sourceSettings('laval'), jurisdiction: LAVAL }, { enabled: true });
    await writer.store.write(records.filter((r) => r.provenance.remoteId === U1));
    const shown = async () => (await reader.search({ q: 'collisions', lang: 'fr' })).results.map((h) => [h.id, h.alsoAvailableFrom.length]);
    expect(await shown()).toEqual([[`laval:${U1}`, 2]]);
    await writer.store.withdrawMissing('laval', new Set(), '2024-06-01T00:00:00.000Z');
    // quebec and canada: neither is known to the store, same default priority: the lower source id.
    expect(await shown()).toEqual([[`canada:${U1}`, 1]]);
    expect((await reader.search({})).total).toBe(1);
    await writer.store.withdrawMissing('canada', new Set(), '2024-06-01T00:00:00.000Z');
    expect(await shown()).toEqual([[`quebec:${U1}`, 0]]);
    await writer.close();
    await reader.close();
  });
});
