import { describe, expect, it } from 'vitest';
import type { MappedRecord, MapResult } from '../../../src/sources/source.js';
import { socrataEndpoint } from '../../../src/sources/socrata/endpoint.js';
import { mapSocrataResult } from '../../../src/sources/socrata/map.js';
import { parseSocrataOptions } from '../../../src/sources/socrata/options.js';
import type { SourceSettings } from '../../../src/sources/settings.js';
import { fixtureResults, socrataSettings } from './helpers/fixtures.js';

const [campgrounds, lobster, watercourses] = fixtureResults('catalog-offset-0.json');
const [airReport, permits] = fixtureResults('catalog-offset-3.json');

function map(raw: unknown, extra: Partial<SourceSettings> = {}, options: Record<string, unknown> = { types: ['dataset', 'map', 'file', 'filter'] }): MapResult {
  const settings = socrataSettings('https://data.novascotia.ca', { ...extra, options });
  return mapSocrataResult(raw, { settings, endpoint: socrataEndpoint(settings.url, undefined), options: parseSocrataOptions(options) });
}

function record(raw: unknown, extra: Partial<SourceSettings> = {}, options?: Record<string, unknown>): MappedRecord {
  const result = options ? map(raw, extra, options) : map(raw, extra);
  if (result.kind !== 'record') throw new Error(`expected a record, got ${result.kind}: ${result.reason}`);
  return result.record;
}

describe('Socrata mapping', () => {
  it('maps a dataset: texts, keywords, site metadata by meaning, dates and landing page', () => {
    const r = record(campgrounds);
    expect(r.id).toBe('ns:9rbm-ye3u');
    expect(r.title).toEqual({ en: 'Provincial Campgrounds' });
    expect(r.description.en).toContain('Locations, services and season dates');
    expect(r.description.en).toContain('\n\nUpdated every spring');
    // domain tags first, repeats in another case dropped
    expect(r.keywords).toEqual({ en: ['camping', 'parks', 'recreation'] });
    expect(r.publisher).toEqual({ id: 'department-of-natural-resources-and-renewables', name: { en: 'Department of Natural Resources and Renewables' } });
    expect(r.contactPoint).toEqual({ name: { en: 'Provincial Parks Program' }, email: 'parks@novascotia.ca' });
    expect(r.frequency).toBe('P1Y');
    expect(r.temporal).toEqual({ start: '2016-01-01', end: '2023-12-31' });
    expect(r.spatial).toEqual({ places: ['Nova Scotia'] });
    expect(r.languages).toEqual(['en']);
    expect(r.licence?.id).toBe('OGL-NS');
    expect(r.issued).toBe('2016-03-02T15:27:31.000Z');
    expect(r.modified).toBe('2023-08-14T17:41:02.000Z');
    expect(r.provenance.modifiedAtSource).toBe('2023-08-14T17:41:02.000Z');
    expect(r.provenance.landingPage).toBe('https://data.novascotia.ca/d/9rbm-ye3u');
    expect(r.provenance.raw).toBe(campgrounds);
    expect(r.accessRights).toBe('public');
    expect(r.jurisdiction).toEqual({ level: 'provincial', code: 'CA-NS' });
  });

  it('gives a tabular asset CSV, JSON, the SODA endpoint and GeoJSON when a column holds points', () => {
    const r = record(campgrounds);
    expect(r.distributions.map((d) => [d.format, d.url, d.resourceType])).toEqual([
      ['CSV', 'https://data.novascotia.ca/api/views/9rbm-ye3u/rows.csv?accessType=DOWNLOAD', 'dataset'],
      ['JSON', 'https://data.novascotia.ca/api/views/9rbm-ye3u/rows.json?accessType=DOWNLOAD', 'dataset'],
      ['API', 'https://data.novascotia.ca/resource/9rbm-ye3u.json', 'api'],
      ['GEOJSON', 'https://data.novascotia.ca/resource/9rbm-ye3u.geojson', 'dataset'],
    ]);
    expect(r.distributions[0]?.title).toEqual({ en: 'Data (CSV)', fr: 'Données (CSV)' });
    expect(r.distributions[0]?.modified).toBe('2023-06-01T12:00:13.000Z');
    expect(new Set(r.distributions.map((d) => d.id)).size).toBe(4);
  });

  it('keeps a record with no description, no tags and a licence nobody knows', () => {
    const r = record(lobster);
    expect(r.title).toEqual({ en: 'Lobster Landings by Fishing Area' });
    expect(r.description).toEqual({});
    expect(r.keywords).toEqual({});
    expect(r.subjects).toEqual([]);
    expect(r.licence).toEqual({ original: 'Fisheries Data Use Agreement (internal)' });
    // no site publisher, no attribution: the source's
    expect(r.publisher?.id).toBe('government-of-nova-scotia');
    expect(r.distributions.map((d) => d.format)).toEqual(['CSV', 'JSON', 'API']);
  });

  it('exports a map as GeoJSON, Shapefile and KML, and reads a department field as the publisher', () => {
    const r = record(watercourses);
    expect(r.distributions.map((d) => d.url)).toEqual([
      'https://data.novascotia.ca/api/geospatial/ucz5-jh8r?method=export&format=GeoJSON',
      'https://data.novascotia.ca/api/geospatial/ucz5-jh8r?method=export&format=Shapefile',
      'https://data.novascotia.ca/api/geospatial/ucz5-jh8r?method=export&format=KML',
    ]);
    expect(r.distributions.map((d) => d.format)).toEqual(['GEOJSON', 'SHP', 'KML']);
    expect(r.publisher?.name).toEqual({ en: 'Service Nova Scotia and Internal Services' });
    expect(r.frequency).toBe('as_needed');
    expect(r.keywords.en).toEqual(['rivers', 'water', 'hydrography']);
  });

  it('downloads a file by its media type and makes its HTML description safe text', () => {
    const r = record(airReport);
    expect(r.distributions).toHaveLength(1);
    expect(r.distributions[0]).toMatchObject({ url: 'https://data.novascotia.ca/download/w3y7-2dcb/application%2Fpdf', format: 'PDF', mediaType: 'application/pdf' });
    expect(r.description.en).toContain('The province’s annual air quality report.');
    expect(r.description.en).toContain('- Ozone');
    expect(r.description.en).not.toMatch(/<|track\(\)/);
    expect(r.contactPoint).toEqual({ email: 'air@novascotia.ca' });
    expect(r.licence).toBeUndefined();
  });

  it('reads French fields of a site as French, the asset name as English, and the site of the asset for URLs', () => {
    const r = record(permits, { jurisdiction: { level: 'municipal', code: 'CA-AB', municipality: 'Calgary' } });
    expect(r.title).toEqual({ en: 'Building Permits - Current Year', fr: 'Permis de construire – année en cours' });
    expect(r.description).toEqual({ en: 'Building permits issued this year, from the full permit dataset.', fr: 'Permis de construire délivrés cette année.' });
    expect(r.publisher).toEqual({ id: 'planning-development', name: { en: 'Planning & Development' } });
    expect(r.frequency).toBe('P1D');
    expect(r.licence?.id).toBe('OGL-Calgary');
    expect(r.distributions[0]?.url).toBe('https://data.calgary.ca/api/views/c2es-76ed/rows.csv?accessType=DOWNLOAD');
    // the latest of its dates
    expect(r.provenance.modifiedAtSource).toBe('2024-05-02T06:12:40.000Z');
  });

  it('puts a publisher in its configured jurisdiction', () => {
    const halifax = { level: 'municipal' as const, code: 'CA-NS', municipality: 'Halifax' };
    const r = record(watercourses, { organizationJurisdictions: { 'service-nova-scotia-and-internal-services': halifax } });
    expect(r.jurisdiction).toEqual(halifax);
  });

  it('names the configured publisher when the site names the government itself', () => {
    const raw = structuredClone(lobster) as { resource: Record<string, unknown> };
    raw.resource['attribution'] = 'Government of Nova Scotia';
    expect(record(raw).publisher?.name).toEqual({ en: 'Government of Nova Scotia', fr: 'Gouvernement de la Nouvelle-Écosse' });
  });

  it('gives records that name no licence the licence of the options', () => {
    expect(record(airReport, {}, { types: ['file'], licence: 'OGL-NS' }).licence).toEqual({ id: 'OGL-NS', url: 'https://novascotia.ca/opendata/licence.asp' });
    // a licence the record names wins, even unknown
    expect(record(lobster, {}, { licence: 'OGL-NS' }).licence?.id).toBeUndefined();
  });

  it('skips types not asked for and records the filters reject, saying why', () => {
    expect(map(watercourses, {}, {})).toEqual({ kind: 'skip', reason: 'type: the asset is a map, not a dataset' });
    expect(map(campgrounds, { filters: { category: ['Transportation'] } })).toEqual({ kind: 'skip', reason: 'filter: category is "Nature and Wildlife", not Transportation' });
    expect(map(campgrounds, { filters: { provenance: ['official'], 'Common-Core_Spatial': ['nova scotia'] } }).kind).toBe('record');
    expect(map(campgrounds, { filters: { 'resource.lens_view_type': ['geo'] } }).kind).toBe('skip');
  });

  it('reports a malformed result with its id and where it is wrong', () => {
    const [noId, notObject, stringTags] = fixtureResults('catalog-odd-results.json');
    expect(map(noId)).toMatchObject({ kind: 'problem', reason: expect.stringContaining('asset (no id) is malformed at resource.id') });
    expect(map(notObject)).toMatchObject({ kind: 'problem', reason: expect.stringContaining('resource') });
    expect(map(stringTags)).toMatchObject({ kind: 'problem', reason: expect.stringMatching(/asset "t9gs-4str" is malformed at classification\.domain_tags/) });
    expect(map([])).toEqual({ kind: 'problem', reason: 'the result is not a JSON object (got an array)' });
  });
});

describe('Socrata mapping notes', () => {
  it('notes a licence it does not recognize, without failing the record', () => {
    const result = map(lobster);
    expect(result.kind === 'record' && result.notes).toEqual(['licence not recognized, kept as the source gives it: "Fisheries Data Use Agreement (internal)"']);
    const known = map(campgrounds);
    expect(known.kind === 'record' && known.notes).toBeUndefined();
  });
});
