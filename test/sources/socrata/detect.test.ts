import { afterEach, describe, expect, it } from 'vitest';
import { detectSocrata } from '../../../src/sources/socrata/detect.js';
import { SocrataCatalogue, startSocrataServer, type SocrataServer } from '../../../src/sources/socrata/simulator/index.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { startRouteServer, type RouteServer } from '../../helpers/route-server.js';

let server: SocrataServer | RouteServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Socrata detection', () => {
  it('recognizes a site from any of its pages, with its title and dataset count', async () => {
    const catalogue = new SocrataCatalogue({ records: 50 });
    server = await startSocrataServer(catalogue, { siteTitle: 'Open Data NS &amp; Co' });
    const http = fetchHttpClient();
    const found = await detectSocrata(`${server.url}/Health-and-Wellness/Some-Title/abcd-2345`, http);
    const datasets = catalogue.select(new Set(['dataset']), 'natural').length;
    expect(found).toEqual({
      kind: 'socrata',
      url: server.url,
      title: 'Open Data NS & Co',
      count: datasets,
      evidence: expect.stringMatching(/\/api\/catalog\/v1\?domains=127\.0\.0\.1&search_context=127\.0\.0\.1&only=dataset&limit=1 answered a Socrata Discovery API catalogue \(resultSetSize \d+\)/),
    });
    expect(http.requests[0]).toContain('/api/catalog/v1?');
  });

  it('recognizes the global catalogue with the domain as an option', async () => {
    server = await startRouteServer((url) => (url.pathname === '/api/catalog/v1' ? { body: '{"results":[],"resultSetSize":0}' } : undefined));
    // the global host is recognized by name; here its answer comes from loopback
    const http = fetchHttpClient();
    const global = await detectSocrata('https://api.us.socrata.com/api/catalog/v1?domains=data.edmonton.ca', {
      get: (url, options) => http.get(url.replace('https://api.us.socrata.com', server?.url ?? ''), options),
      stream: (url, options) => http.stream(url, options),
    });
    expect(global).toMatchObject({ kind: 'socrata', url: 'https://api.us.socrata.com', options: { domain: 'data.edmonton.ca' }, title: 'data.edmonton.ca', count: 0 });
    expect(http.requests[0]).toContain('domains=data.edmonton.ca');
  });

  it('says nothing of what is not a Socrata site', async () => {
    server = await startRouteServer((url) => (url.pathname === '/api/catalog/v1' ? { body: '{"results":[{"dataset_id":"x"}],"total_count":1}' } : undefined));
    expect(await detectSocrata(server.url, fetchHttpClient())).toBeUndefined();
    expect(await detectSocrata('http://127.0.0.1:9/', fetchHttpClient())).toBeUndefined();
  });
});
