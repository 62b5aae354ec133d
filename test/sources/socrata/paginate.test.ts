import { afterEach, describe, expect, it } from 'vitest';
import { createSocrataSource } from '../../../src/sources/socrata/source.js';
import type { ListOptions, SourcePage } from '../../../src/sources/source.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { startRouteServer, type Route, type RouteServer } from '../../helpers/route-server.js';
import { fixtureText, socrataSettings } from './helpers/fixtures.js';

let server: RouteServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function listAll(route: Route, list: ListOptions = {}, limit = 3, options: Record<string, unknown> = {}): Promise<SourcePage[]> {
  server = await startRouteServer(route);
  const source = createSocrataSource(socrataSettings(server.url, { options }), fetchHttpClient(), { limit });
  const pages: SourcePage[] = [];
  for await (const page of source.list(list)) pages.push(page);
  return pages;
}

const ids = (pages: SourcePage[]): string[] => pages.flatMap((p) => p.items.map((i) => i.remoteId));
const problems = (pages: SourcePage[]): string[] => pages.flatMap((p) => p.problems.map((q) => q.reason));

/** The two fixture pages, by offset. */
const byOffset: Route = (url) => {
  if (url.pathname !== '/api/catalog/v1') return undefined;
  const offset = url.searchParams.get('offset');
  if (offset === '0') return { body: fixtureText('catalog-offset-0.json') };
  if (offset === '3') return { body: fixtureText('catalog-offset-3.json') };
  return { body: '{"results":[],"resultSetSize":5}' };
};

describe('Discovery API paging', () => {
  it('pages by offset within the wall, for the configured domain and types, until resultSetSize', async () => {
    const pages = await listAll(byOffset, {}, 3, { domain: 'data.novascotia.ca', types: ['dataset', 'map', 'file', 'filter'] });
    expect(ids(pages)).toEqual(['9rbm-ye3u', 'a4xe-72tn', 'ucz5-jh8r', 'w3y7-2dcb', 'c2es-76ed']);
    expect(problems(pages)).toEqual([]);
    expect(pages.map((p) => p.total)).toEqual([5, 5]);
    expect(server?.requests).toHaveLength(2);
    const first = server?.requests[0]?.searchParams;
    expect(first?.get('domains')).toBe('data.novascotia.ca');
    expect(first?.get('search_context')).toBe('data.novascotia.ca');
    expect(first?.get('only')).toBe('dataset,map,file,filter');
    expect(first?.get('limit')).toBe('3');
    expect(first?.get('scroll_id')).toBeNull();
    expect(server?.requests[1]?.searchParams.get('offset')).toBe('3');
  });

  it('gives each item its raw result and its latest modification date as the stamp', async () => {
    const pages = await listAll(byOffset);
    const permits = pages[1]?.items[1];
    expect(permits?.remoteId).toBe('c2es-76ed');
    expect(permits?.modified).toBe('2024-05-02T06:12:40.000Z');
    expect((permits?.raw as { resource: { name: string } }).resource.name).toBe('Building Permits - Current Year');
    // the domain defaults to the URL's host
    expect(server?.requests[0]?.searchParams.get('domains')).toBe('127.0.0.1');
    expect(server?.requests[0]?.searchParams.get('only')).toBe('dataset');
  });

  it("yields only what moved since an incremental run's instant (less an hour)", async () => {
    const pages = await listAll(byOffset, { since: new Date('2023-08-14T18:00:00Z') });
    expect(ids(pages)).toEqual(['9rbm-ye3u', 'ucz5-jh8r', 'c2es-76ed']);
  });

  it('reports results without an id as listing problems and keeps the others', async () => {
    const pages = await listAll((url) => (url.searchParams.get('offset') === '0' ? { body: fixtureText('catalog-odd-results.json') } : undefined));
    expect(ids(pages)).toEqual(['t9gs-4str']);
    expect(problems(pages)).toHaveLength(3);
    expect(problems(pages)[0]).toMatch(/result 0 of the page at offset 0 .* has no resource id/);
    expect(problems(pages)[1]).toMatch(/result 1 of the page/);
    expect(problems(pages)[2]).toBe('the catalogue announced 3 records but 1 were listed: records may have been missed until the next full run');
    expect(pages.flatMap((p) => p.problems).every((p) => p.remoteId === undefined)).toBe(true);
  });

  it('says when the catalogue changed while it was listed, so that nothing is withdrawn', async () => {
    const pages = await listAll((url) => {
      const page = byOffset(url, 0, undefined as never) as { body: string };
      return url.searchParams.get('offset') === '3' ? { body: page.body.replace('"resultSetSize": 5', '"resultSetSize": 6') } : page;
    });
    expect(ids(pages)).toHaveLength(5);
    expect(problems(pages)[0]).toMatch(/the catalogue changed while it was listed \(resultSetSize 5 then 6/);
  });

  it('stops with a problem, not a loop, when the site ignores offset', async () => {
    const pages = await listAll((url) => (url.pathname === '/api/catalog/v1' ? { body: fixtureText('catalog-offset-0.json') } : undefined));
    expect(ids(pages)).toEqual(['9rbm-ye3u', 'a4xe-72tn', 'ucz5-jh8r']);
    expect(problems(pages)).toEqual([expect.stringContaining('brings no record not already listed (the site ignores "offset"?): the listing stopped after 3 of 5 records')]);
    expect(server?.requests).toHaveLength(2);
  });

  it("rejects, naming the URL and the site's message, when a page cannot be read", async () => {
    await expect(listAll(() => ({ status: 400, body: fixtureText('error-offset-wall.json') }))).rejects.toThrow(
      /Socrata catalogue request failed at http:\/\/127\.0\.0\.1:\d+\/api\/catalog\/v1\?.* \(HTTP 400\): Invalid paging: offset \+ limit may not exceed 10000/,
    );
    await expect(listAll(() => ({ body: '{"results": "none"}' }))).rejects.toThrow(/is not a Socrata catalogue page \(results: /);
    await expect(listAll(() => ({ body: '<html>maintenance</html>', contentType: 'text/html' }))).rejects.toThrow(/is not JSON/);
  });

  it('fails clearly when the global catalogue is configured without a domain', async () => {
    const source = createSocrataSource(socrataSettings('https://api.us.socrata.com/api/catalog/v1'), fetchHttpClient());
    expect(() => source.list({})).toThrow('the global Socrata catalogue https://api.us.socrata.com serves every domain: set options.domain (e.g. data.edmonton.ca)');
  });
});
