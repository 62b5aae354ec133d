import { afterEach, describe, expect, it } from 'vitest';
import { createOdsSource } from '../../../src/sources/opendatasoft/source.js';
import type { HttpClient } from '../../../src/sources/http.js';
import type { ListOptions, SourcePage } from '../../../src/sources/source.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { startRouteServer, type Route, type RouteServer } from '../../helpers/route-server.js';
import { fixtureDatasets, fixtureText, odsSettings } from './helpers/fixtures.js';

let server: RouteServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const DATASETS = '/api/explore/v2.1/catalog/datasets';
const EXPORT = '/api/explore/v2.1/catalog/exports/json';

async function listAll(route: Route, list: ListOptions = {}, pageSize = 500, http: HttpClient = fetchHttpClient()): Promise<SourcePage[]> {
  server = await startRouteServer(route);
  const source = createOdsSource(odsSettings(server.url), http, { pageSize });
  const pages: SourcePage[] = [];
  for await (const page of source.list(list)) pages.push(page);
  return pages;
}

const ids = (pages: SourcePage[]): string[] => pages.flatMap((p) => p.items.map((i) => i.remoteId));
const problems = (pages: SourcePage[]): string[] => pages.flatMap((p) => p.problems.map((q) => q.reason));

/** The two fixture pages by offset, as if pages held 3 datasets. */
const byOffset: Route = (url) => {
  if (url.pathname !== DATASETS) return undefined;
  const offset = url.searchParams.get('offset');
  if (offset === '0') return { body: fixtureText('catalog-offset-0.json') };
  if (offset === '3') return { body: fixtureText('catalog-offset-3.json') };
  return { body: '{"total_count": 5, "results": []}' };
};

/** A catalogue of `total` datasets made from one fixture dataset, past the window. */
function largeCatalogue(total: number): { route: Route; exported: () => number } {
  const template = fixtureDatasets('catalog-over-window.json')[0] as { dataset_id: string };
  const dataset = (i: number): string => JSON.stringify({ ...template, dataset_id: `tree-layer-${String(i).padStart(5, '0')}` });
  let exported = 0;
  const route: Route = (url) => {
    if (url.pathname === DATASETS) {
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      if (limit > 100) return { status: 400, body: '{"error_code": "InvalidRESTParameterError", "message": "Invalid value for limit: must be between -1 and 100"}' };
      if (offset + limit > 10_000) return { status: 400, body: fixtureText('error-window.json') };
      const results = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, k) => dataset(offset + k));
      return { body: `{"total_count": ${total}, "results": [${results.join(',')}]}` };
    }
    if (url.pathname === EXPORT) {
      exported++;
      return { body: `[${Array.from({ length: total }, (_, i) => dataset(i)).join(',\n')}]`, chunkSize: 16_384 };
    }
    return undefined;
  };
  return { route, exported: () => exported };
}

describe('Explore API catalogue listing', () => {
  it('pages by offset, 100 at most, within the window, until total_count', async () => {
    const pages = await listAll(byOffset);
    expect(ids(pages)).toEqual(['street-trees', 'council-meeting-minutes', 'permis-d-entreprise', 'parking-meters', 'only-a-title']);
    expect(problems(pages)).toEqual([]);
    expect(pages.map((p) => p.total)).toEqual([5, 5]);
    const first = server?.requests[0];
    expect(first?.pathname).toBe(DATASETS);
    expect(first?.searchParams.get('limit')).toBe('100');
    expect(first?.searchParams.get('offset')).toBe('0');
    expect(server?.requests[1]?.searchParams.get('offset')).toBe('3');
    expect(pages[0]?.items[0]?.modified).toBe('2024-05-14T02:00:07.513Z');
  });

  it('asks pages of the harvest’s page size when it is smaller than the API’s 100', async () => {
    const catalogue = largeCatalogue(7);
    const pages = await listAll(catalogue.route, {}, 3);
    expect(ids(pages)).toHaveLength(7);
    expect(server?.requests.map((r) => [r.searchParams.get('offset'), r.searchParams.get('limit')])).toEqual([
      ['0', '3'],
      ['3', '3'],
      ['6', '3'],
    ]);
  });

  it('yields only what moved since an incremental run', async () => {
    const pages = await listAll(byOffset, { since: new Date('2024-01-01T00:00:00Z') });
    // the dataset with no date at all is kept: nothing says it did not move
    expect(ids(pages)).toEqual(['street-trees', 'permis-d-entreprise', 'only-a-title']);
  });

  it('reads a catalogue past the 10,000 window from its export, streamed, every dataset once', async () => {
    const catalogue = largeCatalogue(10_250);
    const pages = await listAll(catalogue.route, {}, 1000);
    const listed = ids(pages);
    expect(problems(pages)).toEqual([]);
    expect(listed).toHaveLength(10_250);
    expect(new Set(listed).size).toBe(10_250);
    expect(catalogue.exported()).toBe(1);
    expect(server?.requests.map((r) => r.pathname)).toEqual([DATASETS, EXPORT]);
    // the first page, then the export in pages of 1,000 new datasets (its first 100 already listed)
    expect(pages.map((p) => p.items.length)).toEqual([100, ...Array(10).fill(1000), 150]);
    expect(pages.every((p) => p.total === 10_250)).toBe(true);
  });

  it('rejects an export cut short, naming it', async () => {
    const catalogue = largeCatalogue(10_010);
    const cut: Route = async (url, index, req) => {
      const answer = await catalogue.route(url, index, req);
      return url.pathname === EXPORT && answer ? { ...answer, body: (answer.body as string).slice(0, 50_000) } : answer;
    };
    await expect(listAll(cut)).rejects.toThrow(/the catalogue export at http:\/\/127\.0\.0\.1:\d+\/api\/explore\/v2\.1\/catalog\/exports\/json ended before its array closed/);
  });

  it("rejects with the domain's message when the export fails", async () => {
    const catalogue = largeCatalogue(10_010);
    const failing: Route = (url, index, req) =>
      url.pathname === EXPORT ? { status: 429, body: '{"error_code": "TooManyRequests", "message": "Too many requests on the domain"}' } : catalogue.route(url, index, req);
    await expect(listAll(failing)).rejects.toThrow(/Opendatasoft request failed at .*\/catalog\/exports\/json \(HTTP 429\): TooManyRequests: Too many requests on the domain/);
  });

  it('reports datasets without an id and announced datasets never listed', async () => {
    const pages = await listAll((url) => (url.searchParams.get('offset') === '0' ? { body: fixtureText('catalog-odd-datasets.json') } : undefined));
    expect(ids(pages)).toEqual(['metas-as-text', 'numeric-keywords']);
    expect(problems(pages)).toEqual([
      expect.stringMatching(/^dataset 0 of http:.* was skipped: it has no dataset_id/),
      'the catalogue announced 3 datasets but 2 were listed: datasets may have been missed until the next full run',
    ]);
  });

  it('says when the catalogue changed while it was listed', async () => {
    const pages = await listAll((url, index, req) => {
      const page = byOffset(url, index, req) as { body: string };
      return url.searchParams.get('offset') === '3' ? { body: page.body.replace('"total_count": 5', '"total_count": 4') } : page;
    });
    expect(problems(pages)).toEqual([expect.stringContaining('the catalogue changed while it was listed (total_count 5 then 4')]);
  });

  it('stops with a problem, not a loop, when the domain ignores offset', async () => {
    const pages = await listAll((url) => (url.pathname === DATASETS ? { body: fixtureText('catalog-offset-0.json') } : undefined));
    expect(ids(pages)).toHaveLength(3);
    expect(problems(pages)).toEqual([expect.stringContaining('brings no dataset not already listed (the domain ignores "offset"?): the listing stopped after 3 of 5 datasets')]);
  });

  it("rejects with the domain's message when a page cannot be read", async () => {
    await expect(listAll(() => ({ status: 400, body: fixtureText('error-window.json') }))).rejects.toThrow(
      /Opendatasoft request failed at .*catalog\/datasets\?limit=100&offset=0 \(HTTP 400\): InvalidRESTParameterError: Invalid value for offset/,
    );
    await expect(listAll(() => ({ body: '{"results": {}}' }))).rejects.toThrow(/is not an Opendatasoft catalogue page \(results: /);
  });
});
