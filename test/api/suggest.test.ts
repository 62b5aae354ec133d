// GET /api/v1/suggest over a harvested catalogue: completions of what is typed, in the requested
// language, and bilingual 400s for invalid parameters.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.js';
import { completionKey } from '../../src/search/completion/phrases.js';
import { harvestedCatalogue, type HarvestedCatalogue } from '../helpers/harvested-catalogue.js';

let h: HarvestedCatalogue;
let app: FastifyInstance;

beforeAll(async () => {
  h = await harvestedCatalogue({ federal: 60, quebec: 60, city: 30 });
  app = await buildApi({ store: h.catalogue.store, search: (r) => h.catalogue.search(r), complete: (r) => h.catalogue.complete(r) });
});
afterAll(async () => {
  await app?.close();
  await h?.close();
});

interface Suggestions {
  q: string;
  lang: string;
  suggestions: Array<{ text: string; count: number }>;
}

async function get(url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}

/** The first three letters of a word of a title the catalogue shows in `lang`. */
async function prefixFromTitles(lang: 'en' | 'fr'): Promise<string> {
  const { results } = await h.catalogue.search({ lang, size: 20, sort: 'title' });
  const hit = results.find((r) => r.title.tag.startsWith(lang) && /\p{L}{4}/u.test(r.title.text))!;
  return /\p{L}{4,}/u.exec(hit.title.text)![0].slice(0, 3);
}

describe('GET /api/v1/suggest', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`completes the start of a word with phrases of the catalogue in ${lang}, most used first`, async () => {
      const prefix = await prefixFromTitles(lang);
      const { status, body } = await get(`/api/v1/suggest?q=${encodeURIComponent(prefix)}&lang=${lang}`);
      expect(status).toBe(200);
      const { suggestions, q } = body as unknown as Suggestions;
      expect(q).toBe(prefix);
      expect(suggestions.length).toBeGreaterThan(0);
      expect(suggestions.length).toBeLessThanOrEqual(10);
      const key = completionKey(prefix);
      for (const s of suggestions) {
        expect(` ${completionKey(s.text)}`, s.text).toContain(` ${key}`);
        expect(s.count).toBeGreaterThan(0);
      }
      const counts = suggestions.map((s) => s.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      // Each suggestion, searched, finds at least as many datasets as it is said to be used by.
      for (const s of suggestions.slice(0, 3)) {
        const { total } = await h.catalogue.search({ q: `"${s.text.replace(/"/g, ' ')}"`, lang, size: 0 });
        expect(total, s.text).toBeGreaterThanOrEqual(s.count);
      }
    });
  }

  it('honours limit, and answers an empty prefix with no suggestion', async () => {
    const prefix = await prefixFromTitles('en');
    const two = (await get(`/api/v1/suggest?q=${prefix}&lang=en&limit=2`)).body as unknown as Suggestions;
    expect(two.suggestions.length).toBeLessThanOrEqual(2);
    const empty = await get('/api/v1/suggest?q=&lang=fr');
    expect(empty).toEqual({ status: 200, body: { q: '', lang: 'fr', suggestions: [] } });
    const nothing = await get('/api/v1/suggest?q=zzqxw&lang=en');
    expect((nothing.body as unknown as Suggestions).suggestions).toEqual([]);
  });

  it.each([
    ['/api/v1/suggest?lang=en', 'q'],
    ['/api/v1/suggest?q=eau', 'lang'],
    ['/api/v1/suggest?q=eau&lang=de', 'lang'],
    ['/api/v1/suggest?q=eau&lang=fr&limit=11', 'limit'],
    ['/api/v1/suggest?q=eau&lang=fr&limit=0', 'limit'],
    ['/api/v1/suggest?q=eau&q=air&lang=fr', 'q'],
    ['/api/v1/suggest?q=eau&lang=fr&size=3', 'size'],
    [`/api/v1/suggest?q=${'a'.repeat(201)}&lang=fr`, 'q'],
  ])('refuses %s naming the parameter in both languages', async (url, parameter) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    const error = (body as { error: { code: string; parameter: string; message: { en: string; fr: string } } }).error;
    expect(error.code).toBe('invalid_parameter');
    expect(error.parameter).toBe(parameter);
    expect(error.message.en).toContain(`"${parameter}"`);
    expect(error.message.fr).toContain(`« ${parameter} »`);
  });

  it('is absent from an API built without completion', async () => {
    const bare = await buildApi({ store: h.catalogue.store, search: (r) => h.catalogue.search(r) });
    expect((await bare.inject({ url: '/api/v1/suggest?q=eau&lang=fr' })).statusCode).toBe(404);
    await bare.close();
  });
});
