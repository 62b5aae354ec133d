import { afterEach, describe, expect, it } from 'vitest';
import { hubSite, onSite, parseHubOptions } from '../../../src/sources/arcgis-hub/api.js';
import { hubListing } from '../../../src/sources/arcgis-hub/paginate.js';
import { OptionsError } from '../../../src/sources/kind.js';
import type { SourcePage } from '../../../src/sources/source.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { startLoopback, type Loopback } from '../datajson/helpers/loopback.js';

const rec = (id: string) => ({ id, type: 'dataset', attributes: { name: `Record ${id}`, modified: 1_700_000_000_000, fields: [{ name: 'big' }] } });

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A Hub whose pages are given by number; `next` builds each page's links.next. */
async function hub(pages: Record<string, unknown>): Promise<Loopback> {
  server = await startLoopback({
    '/api/v3/datasets': (_req, res, url) => {
      const page = pages[url.searchParams.get('page[number]') ?? '1'];
      if (page === undefined) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(typeof page === 'string' ? page : JSON.stringify(page));
    },
  });
  return server;
}

async function list(url: string, pageSize = 2): Promise<SourcePage[]> {
  const out: SourcePage[] = [];
  for await (const page of hubListing({ site: hubSite(url), http: fetchHttpClient(), pageSize, filter: {} })) out.push(page);
  return out;
}

const next = (n: number, host = 'https://hub.arcgis.com') => `${host}/api/v3/datasets?page%5Bsize%5D=2&page%5Bnumber%5D=${n}`;

describe('Hub v3 paging', () => {
  it('follows links.next to the end, stamps each record with its latest change, keeps what it maps', async () => {
    const s = await hub({
      '1': { data: [rec('a'), rec('b')], meta: { stats: { totalCount: 3 } }, links: { next: next(2) } },
      '2': { data: [rec('c')], meta: { stats: { totalCount: 3 } }, links: {} },
    });
    const pages = await list(s.url);
    expect(pages.flatMap((p) => p.items.map((i) => i.remoteId))).toEqual(['a', 'b', 'c']);
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
    expect(pages[0]?.items[0]?.modified).toBe(new Date(1_700_000_000_000).toISOString());
    expect(pages[0]?.items[0]?.raw).toEqual({ id: 'a', type: 'dataset', attributes: { name: 'Record a', modified: 1_700_000_000_000 } });
    // Links naming another host (the Hub's canonical domain) are followed on the configured one.
    expect(s.requests).toEqual(['/api/v3/datasets?page%5Bsize%5D=2&page%5Bnumber%5D=1', '/api/v3/datasets?page%5Bsize%5D=2&page%5Bnumber%5D=2']);
  });

  it('stops with a problem when links.next points back to a page already read', async () => {
    const s = await hub({
      '1': { data: [rec('a'), rec('b')], links: { next: next(2) } },
      '2': { data: [rec('c'), rec('d')], links: { next: next(1) } },
    });
    const pages = await list(s.url);
    expect(pages.flatMap((p) => p.items.map((i) => i.remoteId))).toEqual(['a', 'b', 'c', 'd']);
    expect(pages.at(-1)?.problems[0]?.reason).toMatch(/points to a page already read/);
    expect(pages.at(-1)?.problems[0]?.remoteId).toBeUndefined();
  });

  it('stops with a problem when the Hub repeats a page (ignores paging)', async () => {
    const same = { data: [rec('a'), rec('b')], links: { next: 'X' } };
    const s = await hub({ '1': { ...same, links: { next: next(2) } }, '2': { ...same, links: { next: next(3) } }, '3': same });
    const pages = await list(s.url);
    expect(pages.flatMap((p) => p.items.map((i) => i.remoteId))).toEqual(['a', 'b']);
    expect(pages.at(-1)?.problems[0]?.reason).toMatch(/repeats records already listed/);
    expect(s.requests).toHaveLength(2);
  });

  it('says so when the listing ends short of what the Hub announced, so nothing is withdrawn', async () => {
    const s = await hub({ '1': { data: [rec('a'), rec('b')], meta: { stats: { totalCount: 40 } }, links: {} } });
    const pages = await list(s.url);
    expect(pages[0]?.problems).toEqual([{ reason: expect.stringMatching(/ended after 2 of the 40 records the Hub announced/) as unknown as string }]);
  });

  it('reports an entry without id and goes on; rejects a page that is not a datasets page', async () => {
    let s = await hub({ '1': { data: [{ type: 'dataset' }, rec('b'), 'x'], links: {} } });
    const pages = await list(s.url);
    expect(pages[0]?.items.map((i) => i.remoteId)).toEqual(['b']);
    expect(pages[0]?.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/data\[0\] .* no "id"/), expect.stringMatching(/data\[2\] .* not a record/)]);
    await s.close();
    s = await hub({ '1': { error: { code: 400, message: 'Invalid filter' } } });
    await expect(list(s.url)).rejects.toThrow(/is not a Hub v3 datasets page \(data: /);
    await s.close();
    s = await hub({ '1': '<html>maintenance</html>' });
    await expect(list(s.url)).rejects.toThrow(/not JSON/);
  });
});

describe('Hub v3 paging: links.next on another host', () => {
  it('asks the configured site, never the other host, and says so when that page fails', async () => {
    const s = await hub({ '1': { data: [rec('a'), rec('b')], links: { next: 'http://169.254.169.254/latest/meta-data/?page%5Bnumber%5D=2' } } });
    const failure = await list(s.url).catch((e: unknown) => e as Error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(
      /GET http:\/\/127\.0\.0\.1:\d+\/latest\/meta-data\/\?page%5Bnumber%5D=2 (failed|answered).*\(links\.next named http:\/\/169\.254\.169\.254\/latest\/meta-data\/\?page%5Bnumber%5D=2, on another host: asked of the configured site instead\)$/,
    );
    expect(s.requests.at(-1)).toBe('/latest/meta-data/?page%5Bnumber%5D=2');
  });

  it('a failing page of the site itself says nothing of another host', async () => {
    const s = await hub({ '1': { data: [rec('a'), rec('b')], links: { next: '/api/v3/datasets?page%5Bnumber%5D=9' } } });
    const failure = await list(s.url).catch((e: unknown) => e as Error);
    expect((failure as Error).message).toMatch(/page%5Bnumber%5D=9 answered HTTP 404$/);
  });
});

describe('Hub site and options', () => {
  it('finds the API from a site root or from an API URL', () => {
    expect(hubSite('https://geoportal.gov.mb.ca/')).toEqual({ root: 'https://geoportal.gov.mb.ca', datasets: 'https://geoportal.gov.mb.ca/api/v3/datasets' });
    expect(hubSite('https://geoportal.gov.mb.ca/api/v3/datasets?page[size]=1').root).toBe('https://geoportal.gov.mb.ca');
    expect(() => hubSite('ftp://x')).toThrow(/must use http or https/);
  });

  it('rebases links onto the configured host and leaves same-host links alone', () => {
    const site = hubSite('http://127.0.0.1:9/');
    expect(onSite('https://geoportal.gov.mb.ca/api/v3/datasets?page%5Bnumber%5D=2', site)).toBe('http://127.0.0.1:9/api/v3/datasets?page%5Bnumber%5D=2');
    expect(onSite('/api/v3/datasets?page%5Bnumber%5D=3', site)).toBe('http://127.0.0.1:9/api/v3/datasets?page%5Bnumber%5D=3');
  });

  it('takes Hub filters as options and names the field of a bad one', () => {
    expect(parseHubOptions({ filter: { owner: 'Manitoba_Government', openData: true } })).toEqual({ filter: { owner: 'Manitoba_Government', openData: 'true' } });
    expect(() => parseHubOptions({ owner: 'x' })).toThrow(OptionsError);
    try {
      parseHubOptions({ filter: { owner: ['a', 'b'] } });
    } catch (error) {
      expect((error as OptionsError).field).toBe('filter.owner');
    }
    expect(() => parseHubOptions({ filter: 'owner=x' })).toThrow(/field = value pairs/);
  });
});
