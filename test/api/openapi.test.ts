// The OpenAPI document: valid OpenAPI 3.1, and every route the app registers (with every optional
// part switched on) is in it with its methods, and nothing else is, so the two cannot drift apart.
import { validate } from '@readme/openapi-parser';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.js';
import { Tracker } from '../../src/community/tracker.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { CoverageService } from '../../src/standards/coverage/service.js';
import { stubDocument } from '../store/stub-document.js';

type Doc = { paths: Record<string, Record<string, { description?: string; 'x-description-fr'?: string; summary?: string; 'x-summary-fr'?: string; parameters?: { name: string; in: string }[] }>> };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
// Fastify's `:id` is OpenAPI's `{id}`.
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

let store: SqliteStore;
let app: Awaited<ReturnType<typeof buildApi>>;
const routes: { method: string; path: string }[] = [];
let doc: Doc;

beforeAll(async () => {
  store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
  const onRoute = (route: RouteOptions) => {
    for (const method of [route.method].flat()) routes.push({ method: method.toLowerCase(), path: openApiPath(route.url) });
  };
  app = await buildApi(
    {
      store,
      tracker: new Tracker(store),
      search: async () => ({}) as never,
      complete: async () => [],
      startHarvest: async () => ({ status: 'unknown' }),
      editSources: { put: async () => ({ status: 'invalid', issues: [] }), patch: async () => ({ status: 'unknown' }) },
      standards: { list: () => [], coverage: new CoverageService({ store, search: async () => ({}) as never, standards: () => [] }) },
    },
    { onRoute },
  );
  const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(response.statusCode).toBe(200);
  doc = response.json() as Doc;
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('GET /api/v1/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(doc) as never);
    const problems = 'errors' in result ? result.errors : [];
    expect(problems, JSON.stringify(problems).slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator does look: a reference to a schema that is not there is refused.
    const broken = structuredClone(doc) as unknown as { components: { schemas: Record<string, unknown> } };
    delete broken.components.schemas.ProgressReport;
    expect((await validate(broken as never)).valid).toBe(false);
    expect((doc as unknown as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('has every route the app registers, with its methods, and no other', () => {
    const registered = new Set(routes.filter((r) => METHODS.includes(r.method)).map((r) => `${r.method} ${r.path}`));
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => METHODS.includes(m)).map((m) => `${m} ${path}`)));
    expect(registered.size).toBeGreaterThan(40);
    expect([...registered].filter((r) => !documented.has(r)).sort(), 'registered but not documented').toEqual([]);
    expect([...documented].filter((r) => !registered.has(r)).sort(), 'documented but not registered').toEqual([]);
    for (const needed of ['get /api/v1/community/indicators/{code}', 'post /api/v1/community/indicators/{code}/progress', 'get /events.ics', 'get /api/v1/datasets']) {
      expect(registered.has(needed), needed).toBe(true);
    }
  });

  it('declares each tag once, and every tag an operation uses', () => {
    const tags = (doc as unknown as { tags: { name: string }[] }).tags.map((t) => t.name);
    expect(new Set(tags).size).toBe(tags.length);
    const used = new Set(Object.values(doc.paths).flatMap((item) => Object.values(item).flatMap((op) => (op as { tags?: string[] }).tags ?? [])));
    expect([...used].filter((t) => !tags.includes(t))).toEqual([]);
  });

  it('names every path parameter and gives each operation a summary in English and French', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(item)) {
        const inPath = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(inPath.sort(), `${method} ${path}`).toEqual([...names].sort());
        expect(op.summary && op['x-summary-fr'], `${method} ${path}`).toBeTruthy();
      }
    }
  });
});
