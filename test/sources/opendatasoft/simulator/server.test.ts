import { afterEach, describe, expect, it } from 'vitest';
import { odsDataset } from '../../../../src/sources/opendatasoft/types.js';
import { createOdsSource } from '../../../../src/sources/opendatasoft/source.js';
import { OdsCatalogue, startOdsServer, startOpendatasoftPortal, type OdsServer } from '../../../../src/sources/opendatasoft/simulator/index.js';
import type { SourcePage } from '../../../../src/sources/source.js';
import { fetchHttpClient } from '../../../helpers/http-client.js';
import { odsSettings } from '../helpers/fixtures.js';

let server: OdsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server?.url ?? ''}${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
}

const CATALOG = '/api/explore/v2.1/catalog/datasets';
const EXPORT = '/api/explore/v2.1/catalog/exports/json';

describe('simulated Opendatasoft portal', () => {
  it('serves v2.1 datasets in the documented shape, the same for the same seed', async () => {
    server = await startOdsServer(new OdsCatalogue({ records: 30, seed: 3 }));
    const { status, body } = await get(`${CATALOG}?limit=30`);
    expect(status).toBe(200);
    const page = body as { total_count: number; results: Array<{ dataset_id: string }> };
    expect(page.total_count).toBe(30);
    for (const dataset of page.results) expect(odsDataset.safeParse(dataset).success).toBe(true);
    const first = page.results[0];
    expect(new OdsCatalogue({ records: 30, seed: 3 }).dataset(first?.dataset_id ?? '', server.url)).toEqual(first);
  });

  it('has the odd datasets real portals have', () => {
    const catalogue = new OdsCatalogue({ records: 500 });
    const datasets = Array.from(catalogue.live(), (slot) => JSON.parse(catalogue.datasetJson(slot, 'http://x')) as { has_records: boolean; features: string[]; metas: { default: Record<string, unknown>; custom?: unknown } });
    const defaults = datasets.map((d) => d.metas.default);
    expect(defaults.some((m) => m['description'] === null)).toBe(true);
    expect(defaults.some((m) => String(m['description']).startsWith('<p>'))).toBe(true);
    expect(defaults.some((m) => m['keyword'] === null)).toBe(true);
    expect(defaults.some((m) => m['license'] === null)).toBe(true);
    expect(defaults.some((m) => m['license'] === 'City of Vancouver Terms of Use (draft)')).toBe(true);
    expect(datasets.some((d) => !d.has_records)).toBe(true);
    expect(datasets.some((d) => d.features.includes('geo'))).toBe(true);
    expect(datasets.some((d) => d.metas.custom !== undefined)).toBe(true);
  });

  it("refuses limits over 100 and offset + limit past 10,000, in the API's error shape", async () => {
    server = await startOdsServer(new OdsCatalogue({ records: 5 }));
    expect(await get(`${CATALOG}?limit=101`)).toMatchObject({ status: 400, body: { error_code: 'InvalidRESTParameterError', message: expect.stringContaining('limit') } });
    expect(await get(`${CATALOG}?limit=100&offset=9950`)).toMatchObject({ status: 400, body: { message: expect.stringContaining('offset + limit must be lower than or equal to 10000') } });
    expect(await get('/api/explore/v2.1/nowhere')).toMatchObject({ status: 404, body: { error_code: 'NotFound' } });
  });

  it('exports the whole catalogue as one array, generated as it is read', async () => {
    const catalogue = new OdsCatalogue({ records: 120 });
    server = await startOdsServer(catalogue);
    const { body } = await get(EXPORT);
    expect((body as Array<{ dataset_id: string }>).map((d) => d.dataset_id)).toEqual(Array.from(catalogue.live(), (slot) => catalogue.idAt(slot)));
    const empty = await startOdsServer(new OdsCatalogue({ records: 0 }));
    try {
      expect(await (await fetch(`${empty.url}${EXPORT}`)).json()).toEqual([]);
    } finally {
      await empty.close();
    }
  });

  it('is listed past the 10,000 window through its export, every dataset once', async () => {
    const catalogue = new OdsCatalogue({ records: 10_120 });
    server = await startOdsServer(catalogue);
    const source = createOdsSource(odsSettings(server.url), fetchHttpClient(), { pageSize: 1000 });
    const pages: SourcePage[] = [];
    for await (const page of source.list({})) pages.push(page);
    const ids = pages.flatMap((p) => p.items.map((i) => i.remoteId));
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
    expect(ids).toHaveLength(10_120);
    expect(new Set(ids).size).toBe(10_120);
    expect(server.requestCount(CATALOG)).toBe(1);
    expect(server.requestCount(EXPORT)).toBe(1);
  });

  it('stops with a problem, not a loop, when offset is ignored', async () => {
    server = await startOdsServer(new OdsCatalogue({ records: 250 }), { ignoreOffset: true });
    const source = createOdsSource(odsSettings(server.url), fetchHttpClient());
    const problems: string[] = [];
    for await (const page of source.list({})) problems.push(...page.problems.map((p) => p.reason));
    expect(problems).toEqual([expect.stringContaining('the listing stopped after 100 of 250 datasets')]);
    expect(server.requestCount(CATALOG)).toBe(2);
  });

  it('describes itself as a municipal source with its licence', async () => {
    const portal = await startOpendatasoftPortal({ records: 7 });
    try {
      expect(portal.description).toMatchObject({ type: 'opendatasoft', records: 7, jurisdiction: { level: 'municipal', code: 'CA-BC', municipality: 'Vancouver' }, options: { licence: 'OGL-Vancouver' } });
      expect(await (await fetch(`${portal.description.url}/`)).text()).toContain('<title>City of Vancouver Open Data Portal (simulated)');
    } finally {
      await portal.close();
    }
  });
});
