import { afterEach, describe, expect, it } from 'vitest';
import { SocrataCatalogue, SIMULATED_TYPES, startSocrataPortal, startSocrataServer, type SocrataServer } from '../../../../src/sources/socrata/simulator/index.js';
import { createSocrataSource } from '../../../../src/sources/socrata/source.js';
import { socrataResult } from '../../../../src/sources/socrata/types.js';
import type { SourcePage } from '../../../../src/sources/source.js';
import { fetchHttpClient } from '../../../helpers/http-client.js';
import { socrataSettings } from '../helpers/fixtures.js';

let server: SocrataServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server?.url ?? ''}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function listAll(source: ReturnType<typeof createSocrataSource>): Promise<SourcePage[]> {
  const pages: SourcePage[] = [];
  for await (const page of source.list({})) pages.push(page);
  return pages;
}

describe('simulated Socrata site', () => {
  it('serves Discovery API results in the documented shape, the same for the same seed', async () => {
    server = await startSocrataServer(new SocrataCatalogue({ records: 40, seed: 7 }));
    const { status, body } = await get('/api/catalog/v1?only=dataset,map,file,filter,chart,href,story&limit=40');
    expect(status).toBe(200);
    expect(body['resultSetSize']).toBe(40);
    const results = body['results'] as unknown[];
    expect(results).toHaveLength(40);
    for (const result of results) expect(socrataResult.safeParse(result).success).toBe(true);
    const again = new SocrataCatalogue({ records: 40, seed: 7 });
    const first = results[0] as { resource: { id: string } };
    expect(again.asset(first.resource.id)).toEqual(first);
    expect(new SocrataCatalogue({ records: 40, seed: 8 }).asset(first.resource.id)).toBeUndefined();
  });

  it('has the odd records real sites have', () => {
    const catalogue = new SocrataCatalogue({ records: 600 });
    const assets = catalogue.select(undefined, 'natural');
    const results = Array.from(assets, (slot) => JSON.parse(catalogue.assetJson(slot)) as { resource: Record<string, unknown>; classification: { domain_tags: string[] }; metadata: { license?: string } });
    const types = new Set(results.map((r) => r.resource['type']));
    for (const type of ['dataset', 'map', 'file', 'filter', 'chart']) expect(types).toContain(type);
    expect(results.some((r) => r.resource['description'] === null)).toBe(true);
    expect(results.some((r) => String(r.resource['description']).startsWith('<p>'))).toBe(true);
    expect(results.some((r) => r.classification.domain_tags.length === 0)).toBe(true);
    expect(results.some((r) => r.metadata.license === undefined)).toBe(true);
    expect(results.some((r) => r.metadata.license === 'Crown Copyright, Province of Nova Scotia')).toBe(true);
  });

  it('refuses offset + limit past 10,000, filters by type and by domain', async () => {
    server = await startSocrataServer(new SocrataCatalogue({ records: 30 }));
    expect(await get('/api/catalog/v1?offset=9900&limit=500')).toMatchObject({ status: 400, body: { error: expect.stringContaining('offset + limit may not exceed 10000') } });
    expect((await get('/api/catalog/v1?only=charts&limit=0')).body['resultSetSize']).toBeLessThan(30);
    expect((await get('/api/catalog/v1?only=datasetz')).status).toBe(400);
    expect((await get('/api/catalog/v1?domains=data.elsewhere.example')).body['resultSetSize']).toBe(0);
    expect((await get('/api/catalog/v1?domains=data.novascotia.example&limit=0')).body['resultSetSize']).toBe(30);
  });

  it('lists a catalogue past the 10,000 wall by scrolling, every record once', async () => {
    const catalogue = new SocrataCatalogue({ records: 10_250 });
    server = await startSocrataServer(catalogue);
    const source = createSocrataSource(socrataSettings(server.url, { options: { types: [...SIMULATED_TYPES] } }), fetchHttpClient(), { limit: 1000 });
    const pages = await listAll(source);
    const ids = pages.flatMap((p) => p.items.map((i) => i.remoteId));
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
    expect(ids).toHaveLength(10_250);
    expect(new Set(ids).size).toBe(10_250);
    const log = server.requestLog();
    expect(log[0]).toContain('offset=0');
    expect(log[1]).toMatch(/scroll_id=(&|$)/);
    expect(log.slice(1).every((line) => line.includes('scroll_id=') && !line.includes('offset='))).toBe(true);
    // 1 offset page + 11 scroll pages (the last one short)
    expect(log).toHaveLength(12);
  });

  it('keeps scrolling right when records are removed and added while it pages', async () => {
    const catalogue = new SocrataCatalogue({ records: 10_100 });
    server = await startSocrataServer(catalogue);
    const source = createSocrataSource(socrataSettings(server.url, { options: { types: [...SIMULATED_TYPES] } }), fetchHttpClient(), { limit: 1000 });
    const listed: string[] = [];
    const removed: string[] = [];
    let page = 0;
    for await (const p of source.list({})) {
      listed.push(...p.items.map((i) => i.remoteId));
      if (++page === 3) {
        // remove records not listed yet, and listed ones
        const ordered = catalogue.select(undefined, 'id');
        for (const at of [ordered.length - 1, ordered.length - 2, 5]) removed.push(catalogue.idAt(ordered[at] ?? 0));
        for (const id of removed) catalogue.remove(id);
        catalogue.add();
      }
    }
    const everyLive = new Set(Array.from(catalogue.select(undefined, 'id'), (slot) => catalogue.idAt(slot)));
    const missed = [...everyLive].filter((id) => !listed.includes(id));
    // only the record added behind the scroll's position may be missed
    expect(missed.length).toBeLessThanOrEqual(1);
    expect(listed).not.toContain(removed[0]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('stops with a problem, not a loop, when scroll_id is ignored', async () => {
    server = await startSocrataServer(new SocrataCatalogue({ records: 10_050 }), { ignoreScroll: true });
    const source = createSocrataSource(socrataSettings(server.url, { options: { types: [...SIMULATED_TYPES] } }), fetchHttpClient(), { limit: 1000 });
    const pages = await listAll(source);
    const problems = pages.flatMap((p) => p.problems.map((q) => q.reason));
    expect(problems).toEqual([
      expect.stringContaining('is not in id order after its scroll_id'),
      expect.stringMatching(/does not move past its scroll_id \(the site ignores "scroll_id"\?\): the listing stopped after \d+ of 10050 records/),
    ]);
    expect(server.requestLog().length).toBeLessThanOrEqual(3);
  });

  it('describes itself as a source with its jurisdiction, publishers and licence', async () => {
    const portal = await startSocrataPortal({ records: 12 });
    try {
      expect(portal.description).toMatchObject({ type: 'socrata', records: 12, jurisdiction: { level: 'provincial', code: 'CA-NS' }, options: { licence: 'OGL-NS' } });
      expect(portal.description.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const html = await (await fetch(`${portal.description.url}/`)).text();
      expect(html).toContain('<title>Nova Scotia Open Data (simulated)');
      expect(portal.requestCount('/')).toBe(1);
    } finally {
      await portal.close();
    }
  });
});
