import { describe, expect, it } from 'vitest';
import { odsEndpoint } from '../../../src/sources/opendatasoft/endpoint.js';
import { mapOdsDataset } from '../../../src/sources/opendatasoft/map.js';
import { parseOdsOptions } from '../../../src/sources/opendatasoft/options.js';
import type { SourceSettings } from '../../../src/sources/settings.js';
import type { MappedRecord, MapResult } from '../../../src/sources/source.js';
import { fixtureDatasets, odsSettings } from './helpers/fixtures.js';

const [trees, minutes, permis] = fixtureDatasets('catalog-offset-0.json');
const [meters, onlyTitle] = fixtureDatasets('catalog-offset-3.json');
const API = 'https://opendata.vancouver.ca/api/explore/v2.1/catalog/datasets';

function map(raw: unknown, extra: Partial<SourceSettings> = {}, options: Record<string, unknown> = {}): MapResult {
  const settings = odsSettings('https://opendata.vancouver.ca/explore/', { ...extra, options });
  return mapOdsDataset(raw, { settings, endpoint: odsEndpoint(settings.url), options: parseOdsOptions(options) });
}

function record(raw: unknown, extra: Partial<SourceSettings> = {}, options: Record<string, unknown> = {}): MappedRecord {
  const result = map(raw, extra, options);
  if (result.kind !== 'record') throw new Error(`expected a record, got ${result.kind}: ${result.reason}`);
  return result.record;
}

describe('Opendatasoft mapping', () => {
  it("maps metas.default and the DCAT template: texts in the dataset's language, licence, dates, place", () => {
    const r = record(trees);
    expect(r.id).toBe('vancouver:street-trees');
    expect(r.title).toEqual({ en: 'Street trees' });
    expect(r.description.en).toMatch(/^This dataset includes a listing of public trees/);
    expect(r.description.en).toContain('\n\nPrivate trees and park trees are not included.');
    expect(r.description.en).toContain('- Coordinates in WGS 84');
    expect(r.description.en).not.toMatch(/<|&nbsp;/);
    expect(r.keywords).toEqual({ en: ['trees', 'urban forest', 'boulevards'] });
    expect(r.subjects).toContain('nature_and_environment');
    expect(r.licence?.id).toBe('OGL-Vancouver');
    expect(r.languages).toEqual(['en']);
    expect(r.publisher).toEqual({ id: 'engineering-services', name: { en: 'Engineering Services' } });
    expect(r.contactPoint).toEqual({ name: { en: 'Urban Forestry' }, email: 'urbanforestry@vancouver.ca' });
    expect(r.frequency).toBe('P1W');
    expect(r.issued).toBe('2013-02-01T00:00:00.000Z');
    expect(r.modified).toBe('2024-05-13T09:12:44.000Z');
    // metadata processed later than modified: the stamp follows it
    expect(r.provenance.modifiedAtSource).toBe('2024-05-14T02:00:07.513Z');
    expect(r.temporal).toEqual({ start: '1990-01-01' });
    expect(r.spatial).toEqual({ bbox: [-123.224, 49.1989, -123.0233, 49.3141], places: ['Vancouver', 'Vancouver, British Columbia'] });
    expect(r.provenance.landingPage).toBe('https://opendata.vancouver.ca/explore/dataset/street-trees/');
    expect(r.jurisdiction).toEqual({ level: 'municipal', code: 'CA-BC', municipality: 'Vancouver' });
    expect(r.accessRights).toBe('public');
  });

  it('gives exports as distributions, GeoJSON only for datasets with geometry, and the records API', () => {
    const geo = record(trees).distributions;
    expect(geo.map((d) => [d.format, d.url])).toEqual([
      ['CSV', `${API}/street-trees/exports/csv`],
      ['JSON', `${API}/street-trees/exports/json`],
      ['GEOJSON', `${API}/street-trees/exports/geojson`],
      ['PARQUET', `${API}/street-trees/exports/parquet`],
      ['API', `${API}/street-trees/records`],
      ['HTML', 'https://vancouver.ca/home-property-development/street-trees.aspx'],
    ]);
    expect(geo[0]).toMatchObject({ title: { en: 'Records (CSV)', fr: 'Enregistrements (CSV)' }, mediaType: 'text/csv', resourceType: 'dataset', modified: '2024-05-13T09:12:44.000Z', languages: ['en'] });
    expect(geo[4]?.resourceType).toBe('api');
    expect(geo[5]?.title).toEqual({ en: 'Reference page', fr: 'Page de référence' });
    // a geo_point_2d field without the "geo" feature is geometry too
    expect(record(meters).distributions.map((d) => d.format)).toEqual(['CSV', 'JSON', 'GEOJSON', 'PARQUET', 'API']);
    expect(record(permis).distributions.map((d) => d.format)).toEqual(['CSV', 'JSON', 'PARQUET', 'API']);
  });

  it('maps a documents-only dataset to its attachments, and notes a licence nobody knows', () => {
    const result = map(minutes);
    expect(result.kind === 'record' && result.notes).toEqual(['licence not recognized, kept as the source gives it: "City of Vancouver Terms of Use for Records"']);
    const r = record(minutes);
    expect(r.description).toEqual({});
    expect(r.keywords).toEqual({});
    expect(r.subjects).toEqual([]);
    expect(r.licence).toEqual({ original: 'City of Vancouver Terms of Use for Records' });
    expect(r.publisher?.id).toBe('city-clerk-s-office');
    expect(r.distributions).toEqual([
      { id: 'council-meeting-minutes-attachment-minutes_2023_pdf', title: { en: 'Minutes 2023 (PDF)' }, url: `${API}/council-meeting-minutes/attachments/minutes_2023_pdf`, format: 'PDF', mediaType: 'application/pdf', resourceType: 'guide', languages: ['en'] },
      {
        id: 'council-meeting-minutes-attachment-index_xlsx',
        title: { en: 'Index of meetings' },
        url: `${API}/council-meeting-minutes/attachments/index_xlsx`,
        format: 'XLSX',
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        resourceType: 'guide',
        languages: ['en'],
      },
    ]);
  });

  it('tags a French dataset in French and reads keywords written as one text', () => {
    const r = record(permis);
    expect(r.title).toEqual({ fr: "Permis d'entreprise" });
    expect(r.description).toEqual({ fr: "Liste des permis d'entreprise délivrés.\n\nMise à jour quotidienne." });
    expect(r.keywords).toEqual({ fr: ['commerce', 'permis', 'entreprises'] });
    expect(r.languages).toEqual(['fr']);
    expect(r.licence?.id).toBe('etalab-2.0');
    expect(r.frequency).toBe('P1D');
    // the portal's own government, with its bilingual name
    expect(r.publisher).toEqual({ id: 'city-of-vancouver', name: { en: 'City of Vancouver', fr: 'Ville de Vancouver' } });
    expect(r.spatial).toEqual({ places: ['Vancouver'] });
    expect(r.provenance.modifiedAtSource).toBe('2024-05-20T06:00:00.000Z');
  });

  it('reads a domain template of its own, a plain-geometry box, a DCAT period, and the licence of the options', () => {
    const r = record(meters, {}, { licence: 'OGL-Vancouver' });
    expect(r.frequency).toBe('P1M');
    expect(r.contactPoint).toEqual({ email: 'parking@vancouver.ca' });
    expect(r.spatial?.bbox).toEqual([-123.19, 49.23, -123.05, 49.3]);
    expect(r.temporal).toEqual({ start: '2015-01-01', end: '2024-12-31' });
    expect(r.licence).toEqual({ id: 'OGL-Vancouver', url: 'https://opendata.vancouver.ca/pages/licence/' });
    expect(record(meters).licence).toBeUndefined();
  });

  it('dates a dataset by its publication, its creation only when no publication date is given', () => {
    const dataset = (dcat: Record<string, unknown>) => ({ dataset_id: 'velib', metas: { default: { title: 'Vélib' }, dcat } });
    expect(record(dataset({ created: '2017-12-14T10:00:00+00:00', issued: '2018-01-01' })).issued).toBe('2018-01-01');
    expect(record(dataset({ created: '2017-12-14', issued: null })).issued).toBe('2017-12-14');
  });

  it('maps a dataset with nothing but a title, in the source language', () => {
    const r = record(onlyTitle, { primaryLanguage: 'bilingual' });
    expect(r.title).toEqual({ und: 'Only a title' });
    expect(r.keywords).toEqual({});
    expect(r.licence).toBeUndefined();
    expect(r.publisher?.id).toBe('city-of-vancouver');
    expect(r.languages).toEqual([]);
    expect(r.distributions.map((d) => d.format)).toEqual(['CSV', 'JSON', 'PARQUET', 'API']);
    expect(r.provenance.modifiedAtSource).toBeUndefined();
  });

  it('puts a publisher in its configured jurisdiction and applies the filters', () => {
    const elsewhere = { level: 'regional' as const, code: 'CA-BC', municipality: 'Metro Vancouver' };
    expect(record(trees, { organizationJurisdictions: { 'engineering-services': elsewhere } }).jurisdiction).toEqual(elsewhere);
    expect(map(trees, { filters: { theme: ['transportation'] } })).toEqual({ kind: 'skip', reason: 'filter: theme is "Environment", "Parks and recreation", not transportation' });
    expect(map(trees, { filters: { publisher: ['engineering services'], features: ['geo'] } }).kind).toBe('record');
    expect(map(trees, { filters: { 'metas.dcat.creator': ['City of Vancouver'] } }).kind).toBe('record');
  });

  it('reports a malformed dataset with its id and where it is wrong', () => {
    const [noId, metasText, numeric] = fixtureDatasets('catalog-odd-datasets.json');
    expect(map(noId)).toMatchObject({ kind: 'problem', reason: expect.stringContaining('dataset (no dataset_id) is malformed at dataset_id') });
    expect(map(metasText)).toMatchObject({ kind: 'problem', reason: expect.stringContaining('dataset "metas-as-text" is malformed at metas') });
    expect(map(numeric)).toMatchObject({ kind: 'problem', reason: expect.stringContaining('dataset "numeric-keywords" is malformed at metas.default.keyword') });
    expect(map('x')).toEqual({ kind: 'problem', reason: 'the dataset is not a JSON object (got string)' });
  });
});
