// Filters and disjunctive facet counts, checked against a brute-force count over the records.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../src/core/dataset.js';
import { licenceById } from '../../src/core/licences.js';
import { openCatalogue, type Catalogue } from '../../src/search/catalogue.js';
import { FILTER_KEYS, type FilterKey, type SearchRequest } from '../../src/search/types.js';
import { CORPUS, record } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-facets-'));
let catalogue: Catalogue;
const records = CORPUS.map(record);
const byId = new Map(records.map((r) => [r.id, r]));

beforeAll(async () => {
  catalogue = openCatalogue({ path: join(dir, 'facets.db') });
  await catalogue.store.write(records);
  await catalogue.store.saveSource(
    { id: 'quebec', name: { en: 'Quebec open data', fr: 'Données Québec' }, type: 'ckan', url: 'https://q.example.ca', jurisdiction: { level: 'provincial', code: 'CA-QC' }, primaryLanguage: 'fr', licenceGate: [], filters: {}, organizationJurisdictions: {} },
    { enabled: true },
  );
});
afterAll(async () => {
  await catalogue.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The values of a facet, read straight from the record (independently of the document builder). */
function valuesOf(r: DatasetRecord, key: FilterKey): string[] {
  switch (key) {
    case 'jurisdictionLevel':
      return [r.jurisdiction.level];
    case 'jurisdiction':
      return r.jurisdiction.municipality ? [r.jurisdiction.code, `${r.jurisdiction.code}/${r.jurisdiction.municipality}`] : [r.jurisdiction.code];
    case 'publisher':
      return r.publisher ? [r.publisher.id] : [];
    case 'source':
      return [r.provenance.sourceId];
    case 'format':
      return [...new Set(r.distributions.map((d) => d.format ?? ''))].filter(Boolean);
    case 'licence':
      return r.licence?.id ? [r.licence.id] : [];
    case 'open':
      return [r.licence?.id && licenceById(r.licence.id)?.open ? 'true' : 'false'];
    case 'subject':
      return r.subjects;
    case 'keyword':
      return [...new Set(Object.values(r.keywords).flat().map((k) => (k ?? '').toLowerCase()))];
    case 'language':
      return r.languages;
  }
}

async function checkAgainstBruteForce(request: SearchRequest): Promise<void> {
  const matched = (await catalogue.search({ q: request.q, lang: request.lang, size: 100 })).results.map((r) => byId.get(r.id)!);
  const filters = request.filters ?? {};
  const passes = (r: DatasetRecord, except?: FilterKey): boolean =>
    Object.entries(filters).every(([k, values]) => k === except || valuesOf(r, k as FilterKey).some((v) => values!.includes(v)));
  const response = await catalogue.search({ ...request, size: 100 });
  expect(response.total).toBe(matched.filter((r) => passes(r)).length);
  expect(response.results.map((r) => r.id).sort()).toEqual(matched.filter((r) => passes(r)).map((r) => r.id).sort());
  for (const key of FILTER_KEYS) {
    if (key === 'keyword' && request.lang) continue; // shown per language, checked elsewhere
    const expected = new Map<string, number>();
    for (const r of matched) {
      if (!passes(r, key)) continue;
      for (const v of valuesOf(r, key)) expected.set(v, (expected.get(v) ?? 0) + 1);
    }
    const got = new Map(response.facets[key]!.filter((f) => f.count > 0).map((f) => [f.value, f.count]));
    expect(got, `facet ${key} of ${JSON.stringify(request)}`).toEqual(expected);
  }
}

describe('filters and disjunctive facets', () => {
  it('counts facets like a brute-force count, with and without filters', async () => {
    await checkAgainstBruteForce({});
    await checkAgainstBruteForce({ filters: { jurisdictionLevel: ['municipal'] } });
    await checkAgainstBruteForce({ filters: { jurisdictionLevel: ['municipal', 'federal'], format: ['CSV'] } });
    await checkAgainstBruteForce({ q: 'collisions OR hospital OR snow', lang: 'en', filters: { subject: ['transport'], open: ['true'] } });
    await checkAgainstBruteForce({ filters: { jurisdiction: ['CA-QC'], licence: ['CC-BY-4.0'], language: ['fr'] } });
    await checkAgainstBruteForce({ filters: { publisher: ['ottawa'], source: ['ottawa', 'canada'], keyword: ['roads'] } });
  });

  it('filters each key', async () => {
    const ids = async (filters: SearchRequest['filters']): Promise<string[]> =>
      (await catalogue.search({ filters, size: 100 })).results.map((r) => r.id).sort();
    expect(await ids({ jurisdiction: ['CA-QC'] })).toEqual(['quebec:eau-laval', 'quebec:hopitaux-qc']);
    expect(await ids({ jurisdiction: ['CA-QC/Laval'] })).toEqual(['quebec:eau-laval']);
    expect(await ids({ jurisdiction: ['ca-qc/ Laval'] })).toEqual(['quebec:eau-laval']);
    expect(await ids({ open: ['false'] })).toEqual(['ottawa:bridges', 'ottawa:snow']);
    expect(await ids({ format: ['XLSX'] })).toEqual(['quebec:hopitaux-qc']);
    expect(await ids({ keyword: ['SÉCURITÉ'] })).toEqual(['canada:collisions']);
    expect(await ids({ language: ['iu'] })).toEqual(['nunavut:inuktitut']);
    expect(await ids({ publisher: ['no-such-publisher'] })).toEqual([]);
  });

  it('filters on a modified date range, bounds included, undated records out', async () => {
    const ids = async (request: SearchRequest): Promise<string[]> =>
      (await catalogue.search({ ...request, size: 100 })).results.map((r) => r.id).sort();
    expect(await ids({ modifiedFrom: '2023-06-01', modifiedTo: '2024-01-01' })).toEqual(['canada:hospital-beds', 'ottawa:snow']);
    expect(await ids({ modifiedFrom: '2024-02-01T00:00:00Z' })).toEqual(['canada:collisions']);
    expect(await ids({ modifiedTo: '2019-12-31' })).toEqual(['nunavut:inuktitut']);
  });

  it('labels every value in both languages and sorts by count then label', async () => {
    const response = await catalogue.search({ lang: 'fr' });
    const level = response.facets.jurisdictionLevel!;
    expect(level[0]).toEqual({ value: 'municipal', label: { en: 'Municipal', fr: 'Municipal' }, count: 4 });
    expect(level.find((v) => v.value === 'federal')?.label).toEqual({ en: 'Federal', fr: 'Fédéral' });
    const counts = level.map((v) => v.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(response.facets.open).toEqual([
      { value: 'true', label: { en: 'Open licence', fr: 'Licence ouverte' }, count: 6 },
      { value: 'false', label: { en: 'Not open or unknown licence', fr: 'Licence non ouverte ou inconnue' }, count: 2 },
    ]);
    expect(response.facets.source!.find((v) => v.value === 'quebec')?.label).toEqual({ en: 'Quebec open data', fr: 'Données Québec' });
    expect(response.facets.publisher!.find((v) => v.value === 'hc')?.label).toEqual({ en: 'Health Canada', fr: 'Santé Canada' });
    expect(response.facets.jurisdiction!.find((v) => v.value === 'CA-QC')?.label.fr).toBe('Québec');
    expect(response.facets.licence!.find((v) => v.value === 'OGL-Canada-2.0')?.label.fr).toMatch(/Licence du gouvernement ouvert/);
    expect(response.facets.language!.find((v) => v.value === 'fr')?.label.fr).toMatch(/^[Ff]rançais$/);
    for (const list of Object.values(response.facets)) {
      for (const v of list) expect(v.label.en !== '' && v.label.fr !== '').toBe(true);
    }
    // Ties by label in the UI language, accents ignored: "routes" count 1 before "sécurité" count 1.
    const keywords = response.facets.keyword!;
    const ones = keywords.filter((k) => k.count === 1).map((k) => k.label.fr);
    expect(ones).toEqual([...ones].sort((a, b) => a.localeCompare(b, 'fr-CA', { sensitivity: 'base' })));
    // French keywords only for a French user (plus those of unknown language).
    expect(keywords.map((k) => k.value)).not.toContain('winter');
    expect(keywords.map((k) => k.value)).toContain('santé');
  });

  it('always lists the selected values, even when nothing has them', async () => {
    const response = await catalogue.search({ filters: { publisher: ['no-such-publisher'] } });
    expect(response.facets.publisher).toContainEqual({ value: 'no-such-publisher', label: { en: 'no-such-publisher', fr: 'no-such-publisher' }, count: 0 });
    // Disjunctive: the other publishers are still counted.
    expect(response.facets.publisher!.find((v) => v.value === 'ottawa')?.count).toBe(3);
  });
});
