// The real Manitoba Hub v3 page (50 of 430 records), served from loopback: its `links.next`
// (which names geoportal.gov.mb.ca) is followed on the configured host to a second page this
// test writes. Every record maps, and what comes out keeps the core's rules.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubSource } from '../../../src/sources/arcgis-hub/source.js';
import type { SourceSettings } from '../../../src/sources/settings.js';
import type { MappedRecord, RemoteItem, SourcePage } from '../../../src/sources/source.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { startLoopback, type Loopback } from '../datajson/helpers/loopback.js';
import { hubSettings } from './helpers/settings.js';

interface HubDoc {
  data: Array<{ id: string; attributes: Record<string, unknown> }>;
  links: { next: string };
  meta: { stats: { totalCount: number } };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function expectWellFormed(record: MappedRecord, remoteId: string, settings: SourceSettings): void {
  expect(record.id).toBe(`${settings.id}:${remoteId}`);
  expect(record.title['en']?.trim()).toBeTruthy();
  for (const text of [record.title['en'], record.description['en'], ...(record.keywords['en'] ?? [])]) {
    if (text === undefined) continue;
    expect(text).toBe(text.trim());
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
  }
  for (const date of [record.issued, record.modified, record.provenance.modifiedAtSource]) if (date !== undefined) expect(date).toMatch(ISO_INSTANT);
  expect(record.provenance.landingPage).toMatch(/^https:\/\/geoportal\.gov\.mb\.ca\/(?:datasets|maps|apps)\//);
  if (record.spatial?.bbox) {
    const [w, s, e, n] = record.spatial.bbox;
    expect(s).toBeLessThanOrEqual(n);
    expect(w).toBeLessThanOrEqual(e);
  }
  const ids = record.distributions.map((d) => d.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const d of record.distributions) expect(d.url).toMatch(/^https:\/\//);
}

describe.skipIf(!fixturesPresent)('ArcGIS Hub v3 conformance: the real Manitoba page from loopback', () => {
  let server: Loopback;
  const doc = fixturesPresent ? readFileSync(fixture('arcgis-hub-v3/manitoba-datasets-page1.json'), 'utf8') : '{}';
  const recorded = JSON.parse(doc) as HubDoc;
  // Page 2, written here: two of page 1's records again (a record that moved while paging) and one new.
  const extra: HubDoc['data'][number] = { ...recorded.data[0], id: 'ffffffffffffffffffffffffffffffff_0', attributes: { ...recorded.data[0]?.attributes, name: 'A record on page two', slug: 'manitoba::page-two' } };
  const page2 = { data: [recorded.data[1], recorded.data[2], extra], meta: { stats: { totalCount: 51 } }, links: {} };
  const pages: SourcePage[] = [];
  let settings: SourceSettings;

  beforeAll(async () => {
    server = await startLoopback({
      '/api/v3/datasets': (_req, res, url) => {
        const number = url.searchParams.get('page[number]') ?? '1';
        res.writeHead(200, { 'content-type': 'application/vnd.api+json' }).end(number === '1' ? doc : number === '2' ? JSON.stringify(page2) : '{"data": []}');
      },
    });
    settings = hubSettings(server.url, { options: { filter: { owner: 'Manitoba_Government' } } });
    for await (const page of createHubSource(settings, fetchHttpClient(), { pageSize: 50 }).list({})) pages.push(page);
  });
  afterAll(() => server.close());

  const items = (): RemoteItem[] => pages.flatMap((p) => p.items);

  it('follows links.next on the configured host, once per record, with the filter and page size asked', () => {
    expect(server.requests[0]).toBe('/api/v3/datasets?filter%5Bowner%5D=Manitoba_Government&page%5Bsize%5D=50&page%5Bnumber%5D=1');
    // Page 1's own next link, as the real Hub wrote it, rebased onto loopback.
    expect(server.requests[1]).toBe(new URL(recorded.links.next).search.replace(/^/, '/api/v3/datasets'));
    expect(server.requests).toHaveLength(2);
    expect(items().map((i) => i.remoteId)).toEqual([...recorded.data.map((d) => d.id), extra.id]);
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
    expect(pages[0]?.total).toBe(430);
    expect(pages[1]?.total).toBe(51);
  });

  it('keeps only the attributes it maps, as received (records are 40 KB with their service definitions)', () => {
    const first = items()[0];
    const raw = first?.raw as { attributes: Record<string, unknown> };
    expect(raw.attributes['name']).toBe(recorded.data[0]?.attributes['name']);
    expect(raw.attributes['fields']).toBeUndefined();
    expect(raw.attributes['statistics']).toBeUndefined();
    const size = items().reduce((n, i) => n + JSON.stringify(i.raw).length, 0) / items().length;
    expect(size).toBeLessThan(doc.length / recorded.data.length / 4);
  });

  it('maps every record, and each keeps the core rules', () => {
    // Mapping is pure: under the real site's settings, pages and downloads are on the real site.
    const real = hubSettings('https://geoportal.gov.mb.ca');
    const source = createHubSource(real, fetchHttpClient());
    for (const item of items()) {
      const result = source.map(item);
      if (result.kind !== 'record') throw new Error(`${item.remoteId}: ${result.kind}: ${result.reason}`);
      expectWellFormed(result.record, item.remoteId, real);
      expect(result.record.provenance.modifiedAtSource).toBe(item.modified);
    }
  });

  it('recognizes the Manitoba licence from the structured URL or the HTML link', () => {
    const source = createHubSource(settings, fetchHttpClient());
    const results = items().map((item) => source.map(item));
    const byLicence = new Map<string, number>();
    for (const r of results) if (r.kind === 'record') byLicence.set(r.record.licence?.id ?? 'none', (byLicence.get(r.record.licence?.id ?? 'none') ?? 0) + 1);
    const linking = [...recorded.data, extra].filter((d) => /(?:manitoba|gov\.mb)\.ca\/legal\/copyright/.test(JSON.stringify([d.attributes['structuredLicense'], d.attributes['licenseInfo']])));
    // Page 2 repeats two records of page 1: they count once.
    expect(byLicence.get('OpenMB')).toBe(linking.length);
  });
});
