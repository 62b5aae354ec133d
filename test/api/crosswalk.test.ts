// GET /api/v1/crosswalk and /api/v1/crosswalk.csv over a catalogue of three configured sources,
// one of them with records.
import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.js';
import { jurisdictionKey } from '../../src/standards/crosswalk/completeness.js';
import { CROSSWALK_CSV_COLUMNS } from '../../src/standards/crosswalk/csv.js';
import type { CrosswalkReport } from '../../src/standards/crosswalk/report.js';
import { crosswalkSite, type CrosswalkSite } from '../standards/crosswalk/crosswalk-site.js';

let site: CrosswalkSite;
let app: FastifyInstance;

beforeAll(async () => {
  site = await crosswalkSite();
  app = await buildApi({ store: site.store, search: async () => ({}) as never, crosswalk: () => site.service.report() });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await site?.close();
});

describe('GET /api/v1/crosswalk', () => {
  it('gives the elements, the kinds, every configured source and the completeness', async () => {
    const response = await app.inject({ url: '/api/v1/crosswalk' });
    expect(response.statusCode).toBe(200);
    const report = response.json() as CrosswalkReport;
    expect(report.sources.map((s) => s.id)).toEqual(['harbour-ckan', 'prairie-socrata', 'tundra-csw']);
    expect(report.kinds.map((k) => k.kind)).toEqual(['ckan', 'socrata']);
    const title = report.elements.find((e) => e.id === 'title.en');
    expect(title?.dcat).toBe('dct:title');
    expect(title?.gc.map((g) => g.property)).toContain('title_translated.en');

    const ckan = report.sources.find((s) => s.id === 'harbour-ckan');
    expect(ckan?.records).toBe(site.records.length);
    expect(ckan?.crosswalk?.records).toBe(8);
    expect(ckan?.crosswalk?.rows.find((r) => r.path === 'title_translated.en')?.elements).toEqual(['title.en']);
    const empty = report.sources.find((s) => s.id === 'tundra-csw');
    expect(empty?.records).toBe(0);
    expect(empty?.crosswalk).toBeUndefined();
    expect(report.sources.find((s) => s.id === 'prairie-socrata')?.enabled).toBe(false);

    expect(report.completeness.records).toBe(site.records.length);
    const bySource = report.completeness.bySource.find((g) => g.key === 'harbour-ckan');
    expect(bySource?.records).toBe(site.records.length);
    expect(bySource?.elements['title.en']).toBe(site.records.filter((r) => r.title.en ?? r.title['en-t-fr']).length);
    const keys = [...new Set(site.records.map((r) => jurisdictionKey(r.jurisdiction)))].sort();
    expect(keys.length).toBeGreaterThan(1);
    expect(report.completeness.byJurisdiction.map((g) => g.key)).toEqual(keys);
    expect(report.completeness.byJurisdiction.reduce((n, g) => n + g.records, 0)).toBe(site.records.length);
    expect(report.notCarried.map((g) => g.id)).toContain('59');
  });

  it('answers from its cache until the catalogue changes', async () => {
    const first = (await app.inject({ url: '/api/v1/crosswalk' })).json() as CrosswalkReport;
    const again = (await app.inject({ url: '/api/v1/crosswalk' })).json() as CrosswalkReport;
    expect(again.stamp).toBe(first.stamp);
    const record = site.records[0]!;
    await site.store.write([{ ...record, title: { en: 'Renamed' }, provenance: { ...record.provenance, contentHash: 'changed' } }]);
    const after = (await app.inject({ url: '/api/v1/crosswalk' })).json() as CrosswalkReport;
    expect(after.stamp).not.toBe(first.stamp);
    expect(after.completeness.records).toBe(first.completeness.records);
  });
});

describe('GET /api/v1/crosswalk.csv', () => {
  it('has one row per kind or source, field, core element and GC element', async () => {
    const response = await app.inject({ url: '/api/v1/crosswalk.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse(response.body, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CROSSWALK_CSV_COLUMNS]);
    const titleRows = rows.filter((r) => r['scope'] === 'source' && r['name'] === 'harbour-ckan' && r['source_path'] === 'title_translated.en');
    expect(titleRows.map((r) => r['gc_id']).sort()).toEqual(['14', '14a']);
    expect(titleRows.every((r) => r['core_element'] === 'title.en' && r['dcat_property'] === 'dct:title' && r['records'] === '8')).toBe(true);
    expect(rows.some((r) => r['scope'] === 'kind' && r['name'] === 'socrata')).toBe(true);
    expect(rows.some((r) => r['name'] === 'tundra-csw')).toBe(false);
    const report = (await app.inject({ url: '/api/v1/crosswalk' })).json() as CrosswalkReport;
    const unused = report.kinds.find((k) => k.kind === 'ckan')!.crosswalk.unused;
    expect(rows.filter((r) => r['scope'] === 'kind' && r['name'] === 'ckan' && r['evidence'] === 'unused').map((r) => r['source_path'])).toEqual(unused);
  });
});
