import { afterEach, describe, expect, it } from 'vitest';
import { detectDataJson } from '../../../src/sources/datajson/detect.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { startLoopback, type Loopback } from './helpers/loopback.js';

const catalogue = (n: number, language?: string[]) =>
  JSON.stringify({
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    dataset: Array.from({ length: n }, (_, i) => ({ identifier: `d${i}`, title: `Dataset ${i}`, keyword: ['k'], ...(language ? { language } : {}) })),
  });
const home = { body: '<html><head><title>City of Example Open Data</title></head></html>', type: 'text/html' };

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('data.json detection', () => {
  it('finds a Hub feed from the site root, with its count and the site title', async () => {
    server = await startLoopback({ '/api/feed/dcat-us/1.1.json': { body: catalogue(3, ['en-US']) }, '/': home });
    const found = await detectDataJson(`${server.url}/datasets/some-page`, fetchHttpClient());
    expect(found).toEqual({
      kind: 'datajson',
      url: `${server.url}/api/feed/dcat-us/1.1.json`,
      title: 'City of Example Open Data',
      count: 3,
      languages: ['en'],
      evidence: expect.stringContaining('is a DCAT-US catalogue (conformsTo https://project-open-data.cio.gov/v1.1/schema) of 3 datasets') as unknown as string,
    });
  });

  it('follows the legacy /data.json redirect and configures the document it leads to', async () => {
    server = await startLoopback({ '/data.json': { redirect: '/api/feed/dcat-us/1.1.json' }, '/api/feed/dcat-us/1.1.json': { body: catalogue(2) } });
    const found = await detectDataJson(`${server.url}/data.json`, fetchHttpClient());
    expect(found?.url).toBe(`${server.url}/api/feed/dcat-us/1.1.json`);
    expect(found?.evidence).toContain(`(redirected from ${server.url}/data.json)`);
    expect(found?.count).toBe(2);
    expect(found?.title).toBeUndefined();
  });

  it('recognizes a Project Open Data 1.0 list of datasets', async () => {
    server = await startLoopback({ '/data.json': { body: JSON.stringify([{ identifier: 'x', title: 'X', keyword: ['k'] }]) } });
    const found = await detectDataJson(server.url, fetchHttpClient());
    expect(found?.evidence).toMatch(/a list of DCAT-US datasets/);
  });

  it('answers no for JSON that is not a catalogue, HTML pages and missing documents', async () => {
    server = await startLoopback({
      '/data.json': { body: '{"success": true, "result": {"count": 3}}' },
      '/api/feed/dcat-us/1.1.json': { body: '<html>Not found</html>', type: 'text/html' },
    });
    expect(await detectDataJson(server.url, fetchHttpClient())).toBeUndefined();
    server.routes.delete('/data.json');
    expect(await detectDataJson(server.url, fetchHttpClient())).toBeUndefined();
    server.routes.set('/data.json', { body: JSON.stringify([{ a: 1 }]) });
    expect(await detectDataJson(server.url, fetchHttpClient())).toBeUndefined();
  });

  it('rejects only when nothing answers at all', async () => {
    server = await startLoopback({});
    const url = server.url;
    await server.close();
    server = undefined;
    await expect(detectDataJson(url, fetchHttpClient())).rejects.toThrow();
  });
});
