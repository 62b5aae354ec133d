import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.js';
import { FILTER_KEYS, type SearchResponse } from '../../src/search/types.js';
import { harvestedCatalogue, type HarvestedCatalogue } from '../helpers/harvested-catalogue.js';

let h: HarvestedCatalogue;
let app: FastifyInstance;

beforeAll(async () => {
  h = await harvestedCatalogue({ federal: 120, quebec: 90, city: 60 });
  app = await buildApi({ store: h.catalogue.store, search: (r) => h.catalogue.search(r) });
});
afterAll(async () => {
  await app?.close();
  await h?.close();
});

async function get(url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}

describe('GET /api/v1/datasets', () => {
  it('answers {total, page, size, results, facets} with bilingual facet labels', async () => {
    const { status, body } = await get('/api/v1/datasets');
    expect(status).toBe(200);
    const response = body as unknown as SearchResponse;
    // Every dataset once: the federal portal's copies of Québec records (one each) are not counted again.
    const republished = h.portals.portals.find((p) => p.id === 'demo-federal')!.republished!.records;
    expect(republished).toBeGreaterThan(0);
    expect(response.total).toBe(h.jobs.reduce((n, j) => n + j.counts.added, 0) - republished);
    expect(response.page).toBe(1);
    expect(response.size).toBe(20);
    expect(response.results).toHaveLength(20);
    for (const key of FILTER_KEYS) {
      expect(Array.isArray(response.facets[key]), key).toBe(true);
    }
    for (const value of response.facets.jurisdictionLevel ?? []) {
      expect(value).toEqual({ value: expect.any(String), label: { en: expect.any(String), fr: expect.any(String) }, count: expect.any(Number) });
    }
    const levels = Object.fromEntries((response.facets.jurisdictionLevel ?? []).map((f) => [f.value, f.count]));
    expect(Object.keys(levels).sort()).toEqual(['federal', 'municipal', 'provincial']);
  });

  it('takes repeatable filters: values of one key are alternatives', async () => {
    const all = (await get('/api/v1/datasets?size=0')).body as unknown as SearchResponse;
    const count = (v: string) => all.facets.jurisdictionLevel?.find((f) => f.value === v)?.count ?? 0;
    const both = (await get('/api/v1/datasets?jurisdictionLevel=provincial&jurisdictionLevel=municipal&size=100')).body as unknown as SearchResponse;
    for (const level of ['provincial', 'municipal']) {
      expect(((await get(`/api/v1/datasets?jurisdictionLevel=${level}&size=0`)).body as unknown as SearchResponse).total).toBe(count(level));
    }
    // A city's dataset the federal portal republishes as provincial is one dataset at both levels.
    expect(both.total).toBeGreaterThanOrEqual(Math.max(count('provincial'), count('municipal')));
    expect(both.total).toBeLessThanOrEqual(count('provincial') + count('municipal'));
    expect(both.results.every((r) => r.jurisdiction.level === 'provincial' || r.jurisdiction.level === 'municipal')).toBe(true);
    const narrowed = (await get('/api/v1/datasets?jurisdictionLevel=municipal&source=demo-city')).body as unknown as SearchResponse;
    expect(narrowed.total).toBeGreaterThan(0);
    expect(narrowed.total).toBeLessThanOrEqual(count('municipal'));
  });

  it('searches in French and pages', async () => {
    const first = (await get('/api/v1/datasets?q=donn%C3%A9es&lang=fr&size=5')).body as unknown as SearchResponse;
    expect(first.total).toBeGreaterThan(5);
    const second = (await get('/api/v1/datasets?q=donn%C3%A9es&lang=fr&size=5&page=2')).body as unknown as SearchResponse;
    expect(second.page).toBe(2);
    const ids = new Set(first.results.map((r) => r.id));
    expect(second.results.some((r) => ids.has(r.id))).toBe(false);
  });

  it('refuses invalid parameters with 400 naming them, in English and French', async () => {
    const cases: Array<[string, string]> = [
      ['size=101', 'size'],
      ['size=-1', 'size'],
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['sort=popularity', 'sort'],
      ['lang=de', 'lang'],
      ['open=maybe', 'open'],
      ['modifiedFrom=yesterday', 'modifiedFrom'],
      ['colour=blue', 'colour'],
      ['lang=en&lang=fr', 'lang'],
      ['format=', 'format'],
    ];
    for (const [query, parameter] of cases) {
      const { status, body } = await get(`/api/v1/datasets?${query}`);
      expect(status, query).toBe(400);
      expect(body.error, query).toMatchObject({ status: 400, code: 'invalid_parameter', parameter, message: { en: expect.stringContaining(parameter), fr: expect.stringContaining(parameter) } });
    }
  });

  it('refuses a query the parser cannot use, naming q', async () => {
    const { status, body } = await get('/api/v1/datasets?q=the%20of%20and&lang=en');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ parameter: 'q', message: { en: expect.any(String), fr: expect.any(String) } });
  });
});

describe('GET /api/v1/datasets/{id}', () => {
  it('gives the whole record with its provenance, and 404 for an unknown id', async () => {
    const list = (await get('/api/v1/datasets?size=1&source=demo-quebec')).body as unknown as SearchResponse;
    const id = list.results[0]!.id;
    const { status, body } = await get(`/api/v1/datasets/${encodeURIComponent(id)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, state: 'active', provenance: { sourceId: 'demo-quebec', remoteId: id.split(':')[1], contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect((body.provenance as { raw: { id: string } }).raw.id).toBe(id.split(':')[1]);
    const missing = await get('/api/v1/datasets/demo-quebec:nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', message: { en: expect.stringContaining('nope'), fr: expect.stringContaining('nope') } });
  });
});

describe('the same dataset from several sources', () => {
  it('gives any copy with its cluster: every member with its source and landing page, the preferred one first', async () => {
    const federal = h.portals.portals.find((p) => p.id === 'demo-federal')!;
    const quebec = h.portals.portals.find((p) => p.id === 'demo-quebec')!;
    const shared = h.catalogue.store;
    // A Québec record the federal portal republished under the same id.
    const quebecIds = (await h.catalogue.search({ filters: { source: ['demo-quebec'] }, size: 100 })).results.map((r) => r.id.split(':')[1]!);
    const remoteId = quebecIds.find((id) => federal.catalogue.get(id) !== undefined)!;
    expect(remoteId).toBeDefined();
    const { status, body } = await get(`/api/v1/datasets/${encodeURIComponent(`demo-federal:${remoteId}`)}`);
    expect(status).toBe(200);
    const cluster = body.cluster as { id: string; preferred: string; members: { id: string; source: string; landingPage?: string }[] };
    expect(cluster.members.map((m) => m.source).sort()).toEqual(['demo-federal', 'demo-quebec']);
    expect(cluster.members.find((m) => m.source === 'demo-quebec')?.landingPage).toMatch(new RegExp(`^${quebec.url}/dataset/`));
    // The aggregator is the nearer copy (the federal portal's priority is 200).
    expect(cluster.preferred).toBe(`demo-quebec:${remoteId}`);
    expect(cluster.members[0]!.id).toBe(cluster.preferred);
    expect((await get(`/api/v1/datasets/${encodeURIComponent(`demo-quebec:${remoteId}`)}`)).body.cluster).toEqual(cluster);
    expect((await shared.getDataset(`demo-federal:${remoteId}`))?.cluster).toEqual(cluster);
    // Search shows it once, with the other copy.
    const hits = (await get(`/api/v1/datasets?size=100&source=demo-quebec&source=demo-federal`)).body as unknown as SearchResponse;
    const hit = hits.results.find((r) => r.id.endsWith(remoteId));
    expect(hits.results.filter((r) => r.id.endsWith(remoteId))).toHaveLength(1);
    expect(hit?.alsoAvailableFrom).toEqual([
      { id: `demo-federal:${remoteId}`, source: 'demo-federal', sourceLabel: federal.name, landingPage: cluster.members[1]!.landingPage },
    ]);
  });

  it('gives a dataset no other source holds a cluster of one', async () => {
    const id = (await h.catalogue.search({ filters: { source: ['demo-city'] }, size: 1 })).results[0]!.id;
    expect((await get(`/api/v1/datasets/${encodeURIComponent(id)}`)).body.cluster).toMatchObject({ id, preferred: id, members: [{ id, source: 'demo-city' }] });
  });

  it('says in each job report how many clusters its records are in and how many it formed', async () => {
    const federal = h.jobs.find((j) => j.sourceId === 'demo-federal')!;
    const quebec = h.jobs.find((j) => j.sourceId === 'demo-quebec')!;
    const city = h.jobs.find((j) => j.sourceId === 'demo-city')!;
    const republished = h.portals.portals.find((p) => p.id === 'demo-federal')!.republished!.records;
    // Harvested at the same time: each cluster formed when its second copy landed, in one job or the
    // other, and the job that ended last saw them all.
    expect(federal.clusters!.formed + quebec.clusters!.formed).toBe(republished);
    expect(Math.max(federal.clusters!.total, quebec.clusters!.total)).toBe(republished);
    expect(city.clusters).toEqual({ total: 0, formed: 0 });
    const { body } = await get(`/api/v1/jobs/${federal.id}`);
    expect(body.clusters).toEqual(federal.clusters);
    const sources = (await get('/api/v1/sources')).body.results as Array<{ id: string; priority: number; lastJob: { clusters: unknown } }>;
    expect(sources.find((s) => s.id === 'demo-federal')).toMatchObject({ priority: 200, lastJob: { clusters: federal.clusters } });
    expect(sources.find((s) => s.id === 'demo-quebec')?.priority).toBe(100);
  });
});

describe('sources, jobs, health', () => {
  it('lists sources with their last job, and their jobs newest first', async () => {
    const { status, body } = await get('/api/v1/sources');
    expect(status).toBe(200);
    const results = body.results as Array<{ id: string; datasets: number; lastJob: { id: string; status: string; counts: { added: number } } }>;
    expect(results.map((s) => s.id).sort()).toEqual(['demo-city', 'demo-federal', 'demo-quebec']);
    for (const source of results) {
      const job = h.jobs.find((j) => j.sourceId === source.id)!;
      expect(source.lastJob).toMatchObject({ id: job.id, status: 'succeeded', counts: { added: job.counts.added } });
      expect(source.datasets).toBe(job.counts.added);
    }
    const jobs = await get('/api/v1/sources/demo-city/jobs');
    expect(jobs.status).toBe(200);
    expect((jobs.body.results as Array<{ id: string }>)[0]?.id).toBe(h.jobs.find((j) => j.sourceId === 'demo-city')!.id);
    expect((await get('/api/v1/sources/demo-city/jobs?limit=0')).status).toBe(400);
    expect((await get('/api/v1/sources/nowhere/jobs')).status).toBe(404);
    expect((await get('/api/v1/sources/nowhere')).status).toBe(404);
  });

  it('shows a job, 404 for an unknown one', async () => {
    const job = h.jobs[0]!;
    const { status, body } = await get(`/api/v1/jobs/${job.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: job.id, sourceId: job.sourceId, counts: job.counts, problems: [] });
    expect((await get('/api/v1/jobs/nope')).status).toBe(404);
  });

  it('answers /health and unknown routes', async () => {
    const health = await get('/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', datasets: h.jobs.reduce((n, j) => n + j.counts.added, 0) } });
    // the portal applied the type filter itself (fq): its open information records were never listed
    expect(h.jobs.find((j) => j.sourceId === 'demo-federal')!.counts.seen).toBeLessThan(120);
    const unknown = await get('/api/v1/nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'not_found' });
  });
});
