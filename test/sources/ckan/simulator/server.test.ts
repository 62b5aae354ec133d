import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CkanPackage } from '../../../../src/sources/ckan/simulator/ckan-types.js';
import { GeneratedCatalogue } from '../../../../src/sources/ckan/simulator/generated-catalogue.js';
import { startCkanServer, type CkanServer } from '../../../../src/sources/ckan/simulator/server.js';
import { StaticCatalogue } from '../../../../src/sources/ckan/simulator/static-catalogue.js';
import { parseInstant } from '../../../../src/sources/simulator/timestamps.js';

interface SearchResult {
  count: number;
  results: CkanPackage[];
  sort: string;
}

interface Envelope<T> {
  help: string;
  success: boolean;
  result?: T;
  error?: { __type: string; message: string };
}

async function call<T>(server: CkanServer, action: string, params: Record<string, string | number> = {}): Promise<{ status: number; body: Envelope<T> }> {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]));
  const response = await fetch(`${server.url}/api/3/action/${action}?${query}`);
  return { status: response.status, body: (await response.json()) as Envelope<T> };
}

async function search(server: CkanServer, params: Record<string, string | number>): Promise<SearchResult> {
  const { status, body } = await call<SearchResult>(server, 'package_search', params);
  expect(status).toBe(200);
  if (!body.result) throw new Error('no result');
  return body.result;
}

/** Pages through a listing the way a harvester does. */
async function allPages(server: CkanServer, params: Record<string, string>, rows: number): Promise<CkanPackage[]> {
  const out: CkanPackage[] = [];
  for (let start = 0; ; start += rows) {
    const page = await search(server, { ...params, rows, start });
    out.push(...page.results);
    if (page.results.length < rows) return out;
  }
}

function modifiedMs(pkg: CkanPackage): number {
  return parseInstant(String(pkg.metadata_modified));
}

describe('CKAN Action API over a generated catalogue', () => {
  let server: CkanServer;
  let catalogue: GeneratedCatalogue;

  beforeAll(async () => {
    catalogue = new GeneratedCatalogue({ profile: 'federal', records: 2345, seed: 3, now: () => new Date('2030-01-01T00:00:00Z') });
    server = await startCkanServer(catalogue);
  });
  afterAll(() => server.close());
  afterEach(() => {
    server.settings.ignoreStart = false;
    server.resetRequests();
  });

  it('listens on loopback', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('pages through every id exactly once, in id order, counting the calls', async () => {
    const packages = await allPages(server, { q: '*:*', sort: 'id asc' }, 1000);
    const ids = packages.map((p) => p.id);
    expect(ids).toHaveLength(2345);
    expect(new Set(ids).size).toBe(2345);
    expect(ids).toEqual([...ids].sort());
    expect(server.requestCount('/api/3/action/package_search')).toBe(3);
  });

  it('sorts by metadata_modified ascending and descending', async () => {
    const ascending = await allPages(server, { sort: 'metadata_modified asc' }, 1000);
    const times = ascending.map(modifiedMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const descending = await search(server, { sort: 'metadata_modified desc', rows: 5 });
    expect(descending.results.map((p) => p.id)).toEqual(ascending.slice(-5).reverse().map((p) => p.id));
    expect(descending.sort).toBe('metadata_modified desc');
  });

  it('caps rows at 1000', async () => {
    const page = await search(server, { rows: 5000 });
    expect(page.results).toHaveLength(1000);
    expect(page.count).toBe(2345);
  });

  it('ignores start when asked to, like an old CKAN', async () => {
    server.settings.ignoreStart = true;
    const first = await search(server, { sort: 'id asc', rows: 100, start: 0 });
    const second = await search(server, { sort: 'id asc', rows: 100, start: 100 });
    expect(second.results.map((p) => p.id)).toEqual(first.results.map((p) => p.id));
  });

  it('filters by modification date for incremental runs', async () => {
    const everything = await allPages(server, { sort: 'id asc' }, 1000);
    const cutoff = '2023-01-01T00:00:00Z';
    const expected = everything.filter((p) => modifiedMs(p) >= Date.parse(cutoff)).map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(everything.length);
    const recent = await allPages(server, { sort: 'id asc', fq: `metadata_modified:[${cutoff} TO *]` }, 1000);
    expect(recent.map((p) => p.id)).toEqual(expected);
  });

  it('filters by type, and by its negation', async () => {
    const info = await search(server, { fq: 'type:info', rows: 1000 });
    const datasets = await search(server, { fq: '-type:info', rows: 0 });
    expect(info.count).toBeGreaterThan(0);
    expect(info.results.every((p) => p.type === 'info')).toBe(true);
    expect(info.count + datasets.count).toBe(2345);
    expect((await search(server, { fq: 'type:dataset', rows: 0 })).count).toBe(datasets.count);
  });

  it('filters on nested fields such as the organization', async () => {
    const page = await search(server, { fq: 'organization:statcan AND type:dataset', rows: 1000 });
    expect(page.count).toBeGreaterThan(0);
    for (const pkg of page.results) {
      expect(pkg.type).toBe('dataset');
      expect(pkg.organization).toMatchObject({ name: 'statcan' });
    }
  });

  it('shows a package by id and by name, with 404 for unknown ids and 409 without an id', async () => {
    const pkg = catalogue.at(17);
    if (!pkg) throw new Error('no package');
    const byId = await call<CkanPackage>(server, 'package_show', { id: pkg.id });
    expect(byId.body.result).toEqual(pkg);
    const unknown = await call<CkanPackage>(server, 'package_show', { id: 'no-such-dataset' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ success: false, error: { __type: 'Not Found Error' } });
    const missing = await call<CkanPackage>(server, 'package_show');
    expect(missing.status).toBe(409);
    expect(missing.body.error?.__type).toBe('Validation Error');
  });

  it('answers unknown actions and paths with CKAN errors', async () => {
    const unknown = await call(server, 'package_delete', { id: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.success).toBe(false);
    const bad = await call(server, 'package_search', { fq: 'title:a OR title:b' });
    expect(bad.status).toBe(409);
    expect(bad.body.error?.__type).toBe('Search Query Error');
    expect((await fetch(`${server.url}/dataset/x`)).status).toBe(404);
  });

  it("serves each record's landing page as HTML, so that a link to the original record can be followed", async () => {
    const pkg = catalogue.at(5);
    if (!pkg) throw new Error('no package');
    const page = await fetch(`${server.url}/dataset/${encodeURIComponent(String(pkg.name))}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const body = await page.text();
    expect(body).toContain(`<h1>${String(pkg.title).replace(/[&<>"']/g, (c: string) => `&#${c.charCodeAt(0)};`)}</h1>`);
    expect((await fetch(`${server.url}/dataset/no-such-dataset`)).status).toBe(404);
    expect((await fetch(`${server.url}/dataset/%E0%A4%A`)).status).toBe(404);
    expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404);
  });

  it('lists package names, organizations and its status', async () => {
    const names = (await call<string[]>(server, 'package_list')).body.result ?? [];
    expect(names).toHaveLength(catalogue.count());
    expect(names).toEqual([...names].sort());
    const organizations = (await call<string[]>(server, 'organization_list')).body.result ?? [];
    expect(organizations).toContain('statcan');
    expect(organizations).toContain('bc-cb');
    const full = (await call<{ name: string; title: string }[]>(server, 'organization_list', { all_fields: 'true' })).body.result ?? [];
    expect(full.find((o) => o.name === 'statcan')?.title).toBe('Statistics Canada | Statistique Canada');
    const status = (await call<{ ckan_version: string; site_url: string }>(server, 'status_show')).body.result;
    expect(status?.ckan_version).toMatch(/^2\./);
    expect(status?.site_url).toBe(server.url);
  });

  it('counts requests per path until reset', async () => {
    await call(server, 'status_show');
    await call(server, 'status_show');
    await call(server, 'package_list');
    expect(server.requestCount('/api/3/action/status_show')).toBe(2);
    expect(server.requestCount()).toBe(3);
    expect(server.requestCounts()).toEqual({ '/api/3/action/status_show': 2, '/api/3/action/package_list': 1 });
    expect(server.requestLog()).toEqual(['/api/3/action/status_show?', '/api/3/action/status_show?', '/api/3/action/package_list?'].map((u) => u.replace(/\?$/, '')));
    server.resetRequests();
    expect(server.requestCount()).toBe(0);
  });
});

describe('mutations are visible on the next request', () => {
  let server: CkanServer;
  let catalogue: GeneratedCatalogue;
  let clock = Date.parse('2031-05-01T12:00:00Z');

  beforeAll(async () => {
    catalogue = new GeneratedCatalogue({ profile: 'quebec', records: 120, now: () => new Date(clock) });
    server = await startCkanServer(catalogue);
  });
  afterAll(() => server.close());

  it('removes a record from search, show and list', async () => {
    const victim = catalogue.at(5);
    if (!victim) throw new Error('no package');
    expect(catalogue.remove(victim.id)).toBe(true);
    const ids = (await allPages(server, { sort: 'id asc' }, 50)).map((p) => p.id);
    expect(ids).toHaveLength(119);
    expect(ids).not.toContain(victim.id);
    expect((await call(server, 'package_show', { id: victim.id })).status).toBe(404);
    expect((await call<string[]>(server, 'package_list')).body.result).not.toContain(victim.name);
    expect(catalogue.remove(victim.id)).toBe(false);
  });

  it('updates content and metadata_modified, so that an incremental window finds it', async () => {
    const target = catalogue.at(7);
    if (!target) throw new Error('no package');
    const before = (await call<CkanPackage>(server, 'package_show', { id: target.id })).body.result;
    catalogue.update(target.id);
    const after = (await call<CkanPackage>(server, 'package_show', { id: target.id })).body.result;
    expect(after?.notes).not.toEqual(before?.notes);
    expect(String(after?.notes)).toMatch(/Révision 1\u00a0: données corrigées\.$/);
    expect(after?.metadata_modified).toBe('2031-05-01T12:00:00.000000');
    const recent = await search(server, { fq: 'metadata_modified:[2031-01-01T00:00:00Z TO *]', rows: 10 });
    expect(recent.results.map((p) => p.id)).toEqual([target.id]);

    clock += 60_000;
    catalogue.update(target.id, { title: 'Titre corrigé' });
    const patched = catalogue.get(target.id);
    expect(patched?.title).toBe('Titre corrigé');
    expect(patched?.metadata_modified).toBe('2031-05-01T12:01:00.000000');
    expect(String(patched?.notes)).toMatch(/Révision 1/);
  });

  it('keeps modification instants moving forward even when the clock does not', () => {
    const target = catalogue.at(9);
    if (!target) throw new Error('no package');
    catalogue.update(target.id);
    const first = catalogue.get(target.id)?.metadata_modified;
    catalogue.update(target.id);
    expect(String(catalogue.get(target.id)?.metadata_modified) > String(first)).toBe(true);
  });

  it('shows a change on the next page even when that page was prepared before the change', async () => {
    const target = (await search(server, { sort: 'id asc', rows: 1, start: 10 })).results[0];
    if (!target) throw new Error('no package');
    // Serving the first page prepares the second one.
    await search(server, { sort: 'id asc', rows: 10, start: 0 });
    await tick();
    clock += 1000;
    catalogue.update(target.id, { title: 'Changé entre deux pages' });
    const second = await search(server, { sort: 'id asc', rows: 10, start: 10 });
    expect(second.results[0]?.id).toBe(target.id);
    expect(second.results[0]?.title).toBe('Changé entre deux pages');
  });

  it('adds records, generated or given', async () => {
    clock += 60_000;
    const generated = catalogue.add();
    const given: CkanPackage = { id: 'added-by-test', name: 'ajoute-par-un-test', title: 'Ajouté par un test', type: 'dataset', metadata_modified: '2031-06-01T00:00:00' };
    catalogue.add(given);
    expect((await call<CkanPackage>(server, 'package_show', { id: generated.id })).body.result).toEqual(generated);
    expect((await call<CkanPackage>(server, 'package_show', { id: 'ajoute-par-un-test' })).body.result).toEqual(given);
    const newest = await search(server, { sort: 'metadata_modified desc', rows: 2 });
    expect(newest.results.map((p) => p.id)).toEqual(['added-by-test', generated.id]);
    expect(() => catalogue.add(given)).toThrow(/already/);
  });
});

describe('ties in metadata_modified', () => {
  it('are broken by id (ascending, in both directions), so that paging never skips nor repeats', async () => {
    const stamp = '2024-01-01T00:00:00';
    const packages = ['d', 'b', 'a', 'e', 'c'].map((id) => ({ id, name: id, metadata_modified: stamp }));
    const server = await startCkanServer(new StaticCatalogue([...packages, { id: 'z', metadata_modified: '2020-01-01T00:00:00' }]));
    try {
      const ascending = await allPages(server, { sort: 'metadata_modified asc' }, 2);
      expect(ascending.map((p) => p.id)).toEqual(['z', 'a', 'b', 'c', 'd', 'e']);
      const descending = await allPages(server, { sort: 'metadata_modified desc' }, 2);
      expect(descending.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'z']);
    } finally {
      await server.close();
    }
  });
});

describe('a catalogue that keeps its JSON', () => {
  it('serves the same pages as one that does not, and an update replaces the kept JSON', async () => {
    const cached = new GeneratedCatalogue({ profile: 'city', records: 60, cacheJson: true });
    cached.warm();
    const plain = new GeneratedCatalogue({ profile: 'city', records: 60 });
    const a = await startCkanServer(cached);
    const b = await startCkanServer(plain);
    try {
      const first = await allPages(a, { sort: 'id asc' }, 25);
      expect(first).toEqual(await allPages(b, { sort: 'id asc' }, 25));
      expect(await allPages(a, { sort: 'id asc' }, 25)).toEqual(first);
      const target = first[10]!;
      cached.update(target.id, { title: 'Corrected title' });
      const after = await allPages(a, { sort: 'id asc' }, 25);
      expect(after.find((p) => p.id === target.id)?.title).toBe('Corrected title');
      expect(after.filter((p) => p.id !== target.id)).toEqual(first.filter((p) => p.id !== target.id));
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('listing fields and id groups', () => {
  let server: CkanServer;
  let catalogue: GeneratedCatalogue;
  beforeAll(async () => {
    catalogue = new GeneratedCatalogue({ profile: 'federal', records: 40 });
    server = await startCkanServer(catalogue);
  });
  afterAll(() => server.close());

  it('returns only the fields asked with fl, dates the way Solr writes them', async () => {
    const full = await search(server, { sort: 'id asc', rows: 40 });
    const light = await search(server, { sort: 'id asc', rows: 40, fl: 'id,name,metadata_modified' });
    expect(light.count).toBe(full.count);
    light.results.forEach((pkg, i) => {
      expect(Object.keys(pkg).sort()).toEqual(['id', 'metadata_modified', 'name']);
      expect(pkg.id).toBe(full.results[i]!.id);
      expect(pkg.name).toBe(full.results[i]!.name);
      expect(String(pkg.metadata_modified)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Math.abs(modifiedMs(pkg) - modifiedMs(full.results[i]!))).toBeLessThan(1);
    });
    const withTitle = await search(server, { sort: 'id asc', rows: 3, fl: 'id title' });
    expect(withTitle.results.map((p) => p.title)).toEqual(full.results.slice(0, 3).map((p) => p.title));
  });

  it('filters on a group of alternatives: id:("a" OR "b")', async () => {
    const all = await search(server, { sort: 'id asc', rows: 40 });
    const wanted = [all.results[3]!.id, all.results[17]!.id, 'no-such-id'];
    const found = await search(server, { fq: `id:(${wanted.map((id) => `"${id}"`).join(' OR ')})`, rows: 10, sort: 'id asc' });
    expect(found.results.map((p) => p.id)).toEqual([all.results[3]!.id, all.results[17]!.id]);
    const negated = await search(server, { fq: `-id:("${all.results[0]!.id}" OR "${all.results[1]!.id}")`, rows: 40 });
    expect(negated.count).toBe(38);
    expect((await call(server, 'package_search', { fq: 'id:(a AND b)' })).status).toBe(409);
    expect((await call(server, 'package_search', { fq: 'id:(a OR b' })).status).toBe(409);
  });
});
