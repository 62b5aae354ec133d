// The standards routes: the schemas as shipped, and CSV validation of a request body.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.js';
import { CoverageService } from '../../src/standards/coverage/service.js';
import { getStandard, listStandards } from '../../src/standards/registry.js';
import type { ValidationReport } from '../../src/standards/validate/report.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { stubDocument } from '../store/stub-document.js';
import { brokenPermits } from '../standards/broken-example.js';

let store: SqliteStore;
let app: Awaited<ReturnType<typeof buildApi>>;

beforeAll(async () => {
  store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
  const search = async () => ({ total: 0, page: 1, size: 0, results: [], facets: {} });
  app = await buildApi({ store, search, standards: { list: listStandards, coverage: new CoverageService({ store, search, standards: listStandards }), maxValidateBytes: 20_000 } });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const post = (url: string, payload: string | Buffer, contentType?: string) =>
  app.inject({ method: 'POST', url, payload, headers: contentType ? { 'content-type': contentType } : {} });

describe('GET /api/v1/standards', () => {
  it('lists the five standards with bilingual titles and links to their files and pages', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/standards' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { total: number; results: Array<{ name: string; title: { en: string; fr: string }; links: { schema: string; page: { fr: string } } }> };
    expect(body.results.map((s) => s.name).sort()).toEqual(['building-permits', 'food-inspections', 'grants-contributions', 'procurement-contracts', 'traffic-collisions']);
    for (const s of body.results) {
      expect(s.title.en).not.toBe('');
      expect(s.title.fr).not.toBe(s.title.en);
      expect((await app.inject({ method: 'GET', url: s.links.schema })).statusCode).toBe(200);
      expect(s.links.page.fr).toBe(`/fr/standards/${s.name}`);
    }
  });

  it('serves each schema exactly as shipped, its example as CSV, and 404 for an unknown name', async () => {
    const standard = getStandard('traffic-collisions')!;
    const schema = await app.inject({ method: 'GET', url: '/api/v1/standards/traffic-collisions/schema.json' });
    expect(schema.headers['content-type']).toMatch(/^application\/json/);
    expect(schema.body).toBe(readFileSync(standard.schemaPath, 'utf8'));
    const example = await app.inject({ method: 'GET', url: '/api/v1/standards/traffic-collisions/example.csv' });
    expect(example.headers['content-type']).toMatch(/^text\/csv/);
    expect(example.body).toBe(readFileSync(standard.examplePath, 'utf8'));
    const missing = await app.inject({ method: 'GET', url: '/api/v1/standards/parking-tickets/schema.json' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message.fr).toContain('parking-tickets');
  });

  it('gives the coverage of every standard (none found in an empty catalogue)', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/standards/coverage' });
    const body = response.json() as { results: Array<{ name: string; status: string; jurisdictions: unknown[] }> };
    expect(body.results).toHaveLength(5);
    expect(body.results.every((s) => s.status === 'no-files' && s.jurisdictions.length === 0)).toBe(true);
  });
});

describe('POST /api/v1/validate', () => {
  it('reports every shipped example valid, whatever the body’s content type', async () => {
    for (const standard of listStandards()) {
      for (const type of ['text/csv', 'application/octet-stream', 'text/plain; charset=utf-8']) {
        const response = await post(`/api/v1/validate?schema=${standard.name}`, readFileSync(standard.examplePath), type);
        expect(response.statusCode, `${standard.name} ${type}`).toBe(200);
        const report = response.json() as ValidationReport;
        expect(report.errors, standard.name).toEqual([]);
        expect(report.valid).toBe(true);
      }
    }
  });

  it('names the rows of wrong types and of a duplicated key, in the language asked', async () => {
    const broken = brokenPermits();
    const report = (await post('/api/v1/validate?schema=building-permits&lang=fr', broken.csv, 'text/csv')).json() as ValidationReport;
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => [e.type, e.rowNumber])).toEqual([
      ['type-error', broken.rows.cost],
      ['type-error', broken.rows.area],
      ['primary-key-error', broken.rows.duplicate],
    ]);
    expect(report.errors.slice(0, 2).map((e) => e.fieldName)).toEqual(['estimated_cost', 'floor_area']);
    expect(report.errors[0]?.cell).toBe('lots');
    expect(report.errors[0]?.message).toMatch(/ligne|colonne|valeur/i);
  });

  it('refuses a missing or unknown schema by name, and a body over the limit, with a bilingual error', async () => {
    const none = await post('/api/v1/validate', 'a,b\n1,2\n', 'text/csv');
    expect(none.statusCode).toBe(400);
    expect(none.json().error.parameter).toBe('schema');
    const unknown = await post('/api/v1/validate?schema=../../etc/passwd', 'a,b\n1,2\n', 'text/csv');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message.en).toContain('building-permits');
    const large = await post('/api/v1/validate?schema=building-permits', `${readFileSync(getStandard('building-permits')!.examplePath, 'utf8')}${'x'.repeat(25_000)}`, 'text/csv');
    expect(large.statusCode).toBe(413);
    expect(large.json().error.message.fr).toContain('federa validate');
  });
});
