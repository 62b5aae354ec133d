import { afterEach, describe, expect, it } from 'vitest';
import { catalogueUrl, createDataJsonSource } from '../../../src/sources/datajson/source.js';
import type { SourcePage } from '../../../src/sources/source.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { startLoopback, type Loopback } from './helpers/loopback.js';
import { manitobaSettings } from './helpers/settings.js';

const dataset = (i: number) => JSON.stringify({ identifier: `d${i}`, title: `Dataset ${i}`, description: 'x'.repeat(200) });

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('data.json listing', () => {
  it('hands pages over while the document is still arriving', async () => {
    let finish: (() => void) | undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    server = await startLoopback({
      '/data.json': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(`{"conformsTo":"https://project-open-data.cio.gov/v1.1/schema","dataset":[${Array.from({ length: 120 }, (_, i) => dataset(i)).join(',')}`);
        // The rest comes only once the client has had its first page.
        void finished.then(() => res.end(`,${Array.from({ length: 30 }, (_, i) => dataset(120 + i)).join(',')}]}`));
      },
    });
    const source = createDataJsonSource(manitobaSettings(`${server.url}/data.json`), fetchHttpClient(), { pageSize: 50 });
    const pages: SourcePage[] = [];
    for await (const page of source.list({})) {
      pages.push(page);
      if (pages.length === 1) finish?.();
    }
    expect(pages[0]?.items.length).toBeGreaterThanOrEqual(50);
    expect(pages.flatMap((p) => p.items.map((i) => i.remoteId))).toEqual(Array.from({ length: 150 }, (_, i) => `d${i}`));
    expect(pages.at(-1)?.total).toBe(150);
    expect(pages.slice(0, -1).every((p) => p.total === undefined)).toBe(true);
  });

  it('reports entries that are not datasets or have no identifier under their position, and goes on', async () => {
    server = await startLoopback({ '/data.json': { body: JSON.stringify({ dataset: [{ identifier: 'a' }, 'oops', { title: 'no id' }, { identifier: 'b' }] }) } });
    const pages: SourcePage[] = [];
    for await (const page of createDataJsonSource(manitobaSettings(`${server.url}/data.json`), fetchHttpClient()).list({})) pages.push(page);
    expect(pages.flatMap((p) => p.items.map((i) => i.remoteId))).toEqual(['a', 'b']);
    expect(pages.flatMap((p) => p.problems)).toEqual([
      { remoteId: 'dataset[1]', reason: 'dataset[1] is a string, not a dataset object' },
      { remoteId: 'dataset[2]', reason: 'dataset[2] has no "identifier" (nor "landingPage"): it cannot be identified' },
    ]);
  });

  it('rejects a document cut short, after handing over what it could read', async () => {
    server = await startLoopback({
      '/data.json': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"dataset":[${Array.from({ length: 60 }, (_, i) => dataset(i)).join(',')},{"identifier":"cut`);
      },
    });
    const seen: string[] = [];
    const listing = (async () => {
      for await (const page of createDataJsonSource(manitobaSettings(`${server!.url}/data.json`), fetchHttpClient(), { pageSize: 50 }).list({})) seen.push(...page.items.map((i) => i.remoteId));
    })();
    await expect(listing).rejects.toThrow(/ends before the JSON does .*the document was cut short/);
    expect(seen.length).toBeGreaterThanOrEqual(50);
  });

  it('rejects an HTML page where the catalogue should be, naming the URL', async () => {
    server = await startLoopback({ '/data.json': { body: '<!DOCTYPE html><html><body>Sign in</body></html>', type: 'text/html' } });
    const listing = (async () => {
      for await (const _ of createDataJsonSource(manitobaSettings(`${server!.url}/data.json`), fetchHttpClient()).list({})) void _;
    })();
    await expect(listing).rejects.toThrow(`${server.url}/data.json is not JSON (it is HTML or XML)`);
  });

  it('takes the document URL as configured, or /data.json of a site root', () => {
    expect(catalogueUrl('https://open.ottawa.ca/api/feed/dcat-us/1.1.json')).toBe('https://open.ottawa.ca/api/feed/dcat-us/1.1.json');
    expect(catalogueUrl('https://data.edmonton.ca')).toBe('https://data.edmonton.ca/data.json');
    expect(() => catalogueUrl('not a url')).toThrow(/not a valid URL/);
  });
});
