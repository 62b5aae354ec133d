import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalogue, type Catalogue } from '../../src/search/catalogue.js';
import { QueryError, type SearchRequest } from '../../src/search/types.js';
import { CORPUS, record } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-search-'));
let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = openCatalogue({ path: join(dir, 'search.db') });
  await catalogue.store.write(CORPUS.map(record));
  // A withdrawn record must never show.
  await catalogue.store.write([record({ id: 'old-collisions', source: 'archive', title: { en: 'Collisions archive' }, licence: 'OGL-Canada-2.0' })]);
  await catalogue.store.withdrawMissing('archive', new Set(), '2024-06-01T00:00:00.000Z');
});
afterAll(async () => {
  await catalogue.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = async (request: SearchRequest): Promise<string[]> =>
  (await catalogue.search({ size: 100, ...request })).results.map((r) => r.id.split(':')[1]!);

describe('full-text search', () => {
  it('returns everything active for an empty query, newest first', async () => {
    const response = await catalogue.search({});
    expect(response.total).toBe(CORPUS.length);
    expect(response.results.map((r) => r.id.split(':')[1])).toEqual([
      'collisions', 'snow', 'hospital-beds', 'eau-laval', 'hopitaux-qc', 'bike-collisions', 'inuktitut', 'bridges',
    ]);
  });

  it('requires every word', async () => {
    expect(await ids({ q: 'collisions province', lang: 'en' })).toEqual(['collisions']);
    expect(await ids({ q: 'collisions winter', lang: 'en' })).toEqual([]);
  });

  it('finds singular and plural forms, accents or not', async () => {
    expect((await ids({ q: 'collision', lang: 'en' })).sort()).toEqual(['bike-collisions', 'collisions']);
    for (const q of ['hopital', 'hôpital', 'hôpitaux', 'hopitaux']) {
      expect((await ids({ q, lang: 'fr' })).sort()).toEqual(['hopitaux-qc', 'hospital-beds']);
    }
  });

  it('matches phrases in order', async () => {
    expect(await ids({ q: '"hospital beds"', lang: 'en' })).toEqual(['hospital-beds']);
    expect(await ids({ q: '"beds hospital"', lang: 'en' })).toEqual([]);
    expect(await ids({ q: '"eau potable"', lang: 'fr' })).toEqual(['eau-laval']);
  });

  it('excludes words and phrases', async () => {
    expect(await ids({ q: 'collisions -bicycles', lang: 'en' })).toEqual(['collisions']);
    expect(await ids({ q: 'collisions -"reports for bicycles"', lang: 'en' })).toEqual(['collisions']);
    // Stemmed phrases: "collisions reported" contains the phrase "collision reports".
    expect(await ids({ q: 'collisions -"collision reports"', lang: 'en' })).toEqual([]);
  });

  it('answers exclusions alone with everything else', async () => {
    const found = await ids({ q: '-transport -collisions -roads -bridges', lang: 'en' });
    expect(found).not.toContain('collisions');
    expect(found).not.toContain('snow');
    expect(found).toContain('hospital-beds');
  });

  it('takes OR as alternatives', async () => {
    expect((await ids({ q: 'bridges OR snow', lang: 'en' })).sort()).toEqual(['bridges', 'snow']);
    expect(await ids({ q: 'bridges OR snow winter', lang: 'en' })).toEqual(['snow']);
  });

  it('finds machine-translated French with a French query and flags it', async () => {
    const response = await catalogue.search({ q: 'lits', lang: 'fr' });
    expect(response.results.map((r) => r.id)).toEqual(['canada:hospital-beds']);
    const hit = response.results[0]!;
    expect(hit.machineTranslated).toBe(true);
    expect(hit.title).toEqual({ text: 'Lits d’hôpitaux par province', tag: 'fr-t-en', machineTranslated: true });
    expect(hit.snippet.text).toContain('<mark>Lits</mark>');
  });

  it('matches English text only for an English query, either language without one', async () => {
    expect(await ids({ q: 'eau', lang: 'en' })).toEqual([]);
    expect(await ids({ q: 'eau', lang: 'fr' })).toEqual(['eau-laval']);
    const response = await catalogue.search({ q: 'eau' });
    expect(response.results.map((r) => r.id)).toEqual(['quebec:eau-laval']);
    expect(response.results[0]!.title.tag).toBe('fr');
    expect((await catalogue.search({ q: 'collisions' })).results[0]!.title.tag).toBe('en');
  });

  it('indexes text of unknown language in both languages, syllabics included', async () => {
    expect(await ids({ q: 'ᐃᓄᒃᑎᑐᑦ', lang: 'en' })).toEqual(['inuktitut']);
    expect(await ids({ q: 'ᐃᓄᒃᑎᑐᑦ', lang: 'fr' })).toEqual(['inuktitut']);
  });

  it('ranks a title match above a description match', async () => {
    const response = await catalogue.search({ q: 'collisions', lang: 'en' });
    expect(response.results[0]!.score).toBeGreaterThan(0);
    // "bike-collisions" has it in the title once and the description once; "collisions" in the
    // title once and the description once too, but the withdrawn one never shows.
    expect(response.results.map((r) => r.id).sort()).toEqual(['canada:collisions', 'ottawa:bike-collisions']);
    const routes = await catalogue.search({ q: 'routes', lang: 'en' });
    expect(routes.results.map((r) => r.id)).toEqual(['ottawa:snow']);
    // "province" is in the title and the description of hospital-beds, in the description only of collisions.
    const province = await catalogue.search({ q: 'province', lang: 'en' });
    expect(province.results.map((r) => r.id)).toEqual(['canada:hospital-beds', 'canada:collisions']);
    expect(province.results[0]!.score).toBeGreaterThan(province.results[1]!.score);
  });

  it('refuses a query of stop words only', async () => {
    await expect(catalogue.search({ q: 'the of', lang: 'en' })).rejects.toMatchObject({ field: 'q' });
  });
});

describe('snippets', () => {
  it('marks matched words and escapes the rest', async () => {
    const hit = (await catalogue.search({ q: 'inspections', lang: 'en' })).results[0]!;
    expect(hit.snippet.text).toBe(
      'Bridges rated &lt; 3 &amp; overdue <mark>inspections</mark>, as &quot;raw&quot; text.',
    );
  });

  it('shows the description without marks when the query matched elsewhere', async () => {
    const hit = (await catalogue.search({ q: 'safety', lang: 'en' })).results[0]!;
    expect(hit.id).toBe('canada:collisions');
    expect(hit.snippet.text).toBe('Number of road collisions reported by police, by province and year.');
  });
});
