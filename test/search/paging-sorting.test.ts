import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/search/analysis/fold.js';
import { openCatalogue, type Catalogue } from '../../src/search/catalogue.js';
import { QueryError, type SearchRequest } from '../../src/search/types.js';
import { CORPUS, record } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-paging-'));
let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = openCatalogue({ path: join(dir, 'paging.db') });
  await catalogue.store.write(CORPUS.map(record));
});
afterAll(async () => {
  await catalogue.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sorting', () => {
  it('sorts by title in the UI language, accents and case ignored', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const titles = (await catalogue.search({ sort: 'title', lang, size: 100 })).results.map((r) => r.title.text);
      expect(titles).toHaveLength(CORPUS.length);
      const keys = titles.map((t) => fold(t));
      expect(keys).toEqual([...keys].sort());
    }
    const fr = (await catalogue.search({ sort: 'title', lang: 'fr', size: 100 })).results.map((r) => r.title.text);
    // « Écoles » sorts among the E's, before « Hospital… » and after « Collisions… ».
    expect(fr.indexOf('Écoles et hôpitaux du Québec')).toBeGreaterThan(fr.indexOf('Collisions routières sur les autoroutes nationales'));
    expect(fr.indexOf('Écoles et hôpitaux du Québec')).toBeLessThan(fr.indexOf('Lits d’hôpitaux par province'));
  });

  it('sorts by modified date, newest first, undated last', async () => {
    const results = (await catalogue.search({ sort: 'modified', size: 100 })).results;
    const dates = results.map((r) => r.modified);
    expect(dates.at(-1)).toBeUndefined();
    const dated = dates.filter((d): d is string => d !== undefined);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it('sorts by relevance, best score first', async () => {
    const scores = (await catalogue.search({ q: 'collisions OR province OR routes', lang: 'en', size: 100 })).results.map((r) => r.score);
    expect(scores.length).toBeGreaterThan(2);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('pagination', () => {
  it('pages through every result once, total unchanged', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const response = await catalogue.search({ sort: 'title', lang: 'en', page, size: 3 });
      expect(response.total).toBe(CORPUS.length);
      expect(response.page).toBe(page);
      expect(response.size).toBe(3);
      seen.push(...response.results.map((r) => r.id));
    }
    expect(seen).toHaveLength(CORPUS.length);
    expect(new Set(seen).size).toBe(CORPUS.length);
    const all = (await catalogue.search({ sort: 'title', lang: 'en', size: 100 })).results.map((r) => r.id);
    expect(seen).toEqual(all);
    expect((await catalogue.search({ page: 9, size: 3 })).results).toEqual([]);
  });

  it('gives counts without results for size 0', async () => {
    const response = await catalogue.search({ size: 0 });
    expect(response.results).toEqual([]);
    expect(response.total).toBe(CORPUS.length);
  });
});

describe('invalid requests', () => {
  const field = async (request: SearchRequest): Promise<string | undefined> => {
    try {
      await catalogue.search(request);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).messageFr).toBeTruthy();
      return (error as QueryError).field;
    }
  };

  it('names the parameter it refuses', async () => {
    expect(await field({ size: 101 })).toBe('size');
    expect(await field({ size: -1 })).toBe('size');
    expect(await field({ size: 2.5 })).toBe('size');
    expect(await field({ page: 0 })).toBe('page');
    expect(await field({ page: 1000, size: 100 })).toBe('page');
    expect(await field({ sort: 'popularity' as SearchRequest['sort'] })).toBe('sort');
    expect(await field({ lang: 'de' as SearchRequest['lang'] })).toBe('lang');
    expect(await field({ filters: { colour: ['red'] } as SearchRequest['filters'] })).toBe('colour');
    expect(await field({ filters: { open: ['maybe'] } })).toBe('open');
    expect(await field({ filters: { jurisdictionLevel: ['galactic'] } })).toBe('jurisdictionLevel');
    expect(await field({ modifiedFrom: 'yesterday' })).toBe('modifiedFrom');
    expect(await field({ modifiedTo: '2024-13-01' })).toBe('modifiedTo');
    expect(await field({ modifiedFrom: '2023-02-29' })).toBe('modifiedFrom');
    expect(await field({ modifiedFrom: '2024-02-29', modifiedTo: '2024-03-01T12:00:00-05:00' })).toBeUndefined();
    expect(await field({ modifiedFrom: '2024-02-01', modifiedTo: '2024-01-01' })).toBe('modifiedTo');
    expect(await field({ q: 'the', lang: 'en' })).toBe('q');
    expect(await field({ size: 100, page: 2 })).toBeUndefined();
  });
});
