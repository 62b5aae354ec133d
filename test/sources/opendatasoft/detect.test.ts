import { afterEach, describe, expect, it } from 'vitest';
import { detectOpendatasoft } from '../../../src/sources/opendatasoft/detect.js';
import { OdsCatalogue, startOdsServer, type OdsServer } from '../../../src/sources/opendatasoft/simulator/index.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { startRouteServer, type RouteServer } from '../../helpers/route-server.js';

let server: OdsServer | RouteServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Opendatasoft detection', () => {
  it('recognizes a portal from any of its pages, with its title, count and language', async () => {
    server = await startOdsServer(new OdsCatalogue({ records: 42 }), { siteTitle: 'City of Vancouver Open Data Portal' });
    const found = await detectOpendatasoft(`${server.url}/explore/dataset/street-trees/information/`, fetchHttpClient());
    expect(found).toEqual({
      kind: 'opendatasoft',
      url: server.url,
      title: 'City of Vancouver Open Data Portal',
      count: 42,
      languages: ['en'],
      evidence: `${server.url}/api/explore/v2.1/catalog/datasets?limit=1 answered an Opendatasoft Explore API v2.1 catalogue (total_count 42)`,
    });
  });

  it('says nothing of what is not an Opendatasoft portal', async () => {
    server = await startRouteServer((url) => (url.pathname.endsWith('/catalog/datasets') ? { body: '{"results":[{"resource":{"id":"abcd-1234"}}],"resultSetSize":1}' } : undefined));
    expect(await detectOpendatasoft(server.url, fetchHttpClient())).toBeUndefined();
    expect(await detectOpendatasoft('http://127.0.0.1:9/', fetchHttpClient())).toBeUndefined();
  });
});
