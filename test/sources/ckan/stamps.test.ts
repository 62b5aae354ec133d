// The cheap listing of a full run, against the simulated CKAN portal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCkanSource } from '../../../src/sources/ckan/source.js';
import { GeneratedCatalogue } from '../../../src/sources/ckan/simulator/generated-catalogue.js';
import { startCkanServer, type CkanServer } from '../../../src/sources/ckan/simulator/server.js';
import type { SourceSettings } from '../../../src/sources/settings.js';
import type { RemoteStamp, Source } from '../../../src/sources/source.js';
import { fetchHttpClient } from '../../helpers/http-client.js';

let server: CkanServer;
let catalogue: GeneratedCatalogue;
let source: Source;

beforeAll(async () => {
  catalogue = new GeneratedCatalogue({ profile: 'quebec', records: 250 });
  server = await startCkanServer(catalogue);
  const settings: SourceSettings = {
    id: 'qc',
    name: { en: 'Québec', fr: 'Québec' },
    type: 'ckan',
    url: server.url,
    jurisdiction: { level: 'provincial', code: 'CA-QC' },
    primaryLanguage: 'fr',
    licenceGate: [],
    filters: {},
    organizationJurisdictions: {},
  };
  source = createCkanSource(settings, fetchHttpClient(), { rows: 100 });
});
afterAll(() => server.close());

describe('CKAN stamps', () => {
  it('lists every id once with the same stamp the whole listing gives, asking for three fields only', async () => {
    server.resetRequests();
    const stamps: RemoteStamp[] = [];
    for await (const page of source.listStamps!({})) stamps.push(...page.stamps);
    expect(server.requestLog().every((line) => !line.includes('package_search') || line.includes('fl='))).toBe(true);
    const whole = new Map<string, string | undefined>();
    for await (const page of source.list({})) for (const item of page.items) whole.set(item.remoteId, item.modified);
    expect(stamps).toHaveLength(250);
    expect(new Set(stamps.map((s) => s.remoteId)).size).toBe(250);
    for (const stamp of stamps) {
      expect(stamp.modified).toBeDefined();
      expect(stamp.modified).toBe(whole.get(stamp.remoteId));
    }
  });

  it('fetches whole packages by id, only those asked, absent ones left out', async () => {
    const ids = [catalogue.at(3)!.id, catalogue.at(140)!.id, 'no-such-package'];
    const page = await source.fetch!(ids, {});
    expect(page.items.map((i) => i.remoteId).sort()).toEqual([ids[0], ids[1]].sort());
    const item = page.items.find((i) => i.remoteId === ids[0])!;
    expect((item.raw as { title?: string }).title).toBe(catalogue.at(3)!.title);
    expect(source.map(item).kind).toBe('record');
    await expect(source.fetch!(Array.from({ length: (source.fetchBatch ?? 100) + 1 }, (_, i) => `id-${i}`), {})).rejects.toThrow(/at most/);
  });
});

describe('CKAN fetch by id from a portal that ignores fq', () => {
  it('falls back to package_show for what the filter did not bring', async () => {
    const { createServer } = await import('node:http');
    // A proxy that drops fq, like a portal whose search ignores it.
    const proxy = createServer((req, res) => {
      const url = new URL(req.url ?? '/', server.url);
      url.searchParams.delete('fq');
      void fetch(url).then(async (r) => {
        res.writeHead(r.status, { 'content-type': 'application/json' });
        res.end(await r.text());
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (proxy.address() as { port: number }).port;
      const settings: SourceSettings = {
        id: 'odd',
        name: { en: 'Odd', fr: 'Bizarre' },
        type: 'ckan',
        url: `http://127.0.0.1:${port}`,
        jurisdiction: { level: 'provincial', code: 'CA-QC' },
        primaryLanguage: 'fr',
        licenceGate: [],
        filters: {},
        organizationJurisdictions: {},
      };
      const odd = createCkanSource(settings, fetchHttpClient(), { rows: 100 });
      const wanted = [catalogue.at(200)!.id, catalogue.at(201)!.id, 'vanished-id'];
      const page = await odd.fetch!(wanted, {});
      expect(page.items.map((i) => i.remoteId).sort()).toEqual([wanted[0], wanted[1]].sort());
      expect((page.items[0]!.raw as { id: string }).id).toBe(page.items[0]!.remoteId);
    } finally {
      proxy.close();
    }
  });
});
