import { afterEach, describe, expect, it } from 'vitest';
import { detectHub } from '../../../src/sources/arcgis-hub/detect.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { startLoopback, type Loopback } from '../datajson/helpers/loopback.js';

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('ArcGIS Hub detection', () => {
  it('recognizes a Hub from any of its pages by its v3 API, with the count, language and title', async () => {
    server = await startLoopback({
      '/api/v3/datasets': {
        body: JSON.stringify({ data: [{ id: 'abc_0', type: 'dataset', attributes: { name: 'X', culture: 'fr-ca' } }], meta: { stats: { totalCount: 430 } }, links: {} }),
      },
      '/': { body: '<html><head><meta property="og:site_name" content="Manitoba GeoPortal"><title>Home</title></head></html>', type: 'text/html' },
    });
    const found = await detectHub(`${server.url}/datasets/manitoba::x/about`, fetchHttpClient());
    expect(found).toEqual({
      kind: 'arcgis-hub',
      url: server.url,
      title: 'Manitoba GeoPortal',
      count: 430,
      languages: ['fr'],
      evidence: `${server.url}/api/v3/datasets?page%5Bsize%5D=1 answered a Hub v3 datasets page (meta.stats.totalCount 430)`,
    });
    expect(server.requests[0]).toBe('/api/v3/datasets?page%5Bsize%5D=1');
  });

  it('answers no for a site without the API or with another JSON there', async () => {
    server = await startLoopback({});
    expect(await detectHub(server.url, fetchHttpClient())).toBeUndefined();
    server.routes.set('/api/v3/datasets', { body: '{"result": []}' });
    expect(await detectHub(server.url, fetchHttpClient())).toBeUndefined();
  });

  it('rejects when the site cannot be reached', async () => {
    server = await startLoopback({});
    const url = server.url;
    await server.close();
    server = undefined;
    await expect(detectHub(url, fetchHttpClient())).rejects.toThrow();
  });
});
