import { describe, expect, it } from 'vitest';
import { recognizeLicence } from '../../../src/core/licences.js';
import { ckanEndpoint } from '../../../src/sources/ckan/api.js';
import { mapCkanPackage } from '../../../src/sources/ckan/map.js';
import type { SourceSettings } from '../../../src/sources/settings.js';
import type { MapResult, MappedRecord } from '../../../src/sources/source.js';
import { sourceConfig } from '../../helpers/source-config.js';

const NOTICE = "** Cet élément de métadonnées provenant d’une tierce partie a été traduit à l'aide d'un outil de traduction automatisée (Amazon Translate).**";

function settings(extra: Partial<SourceSettings> = {}): SourceSettings {
  return sourceConfig(extra);
}

function map(raw: unknown, extra: Partial<SourceSettings> = {}): MapResult {
  const s = settings(extra);
  return mapCkanPackage(raw, { settings: s, endpoint: ckanEndpoint(s.url) });
}

function record(raw: unknown, extra: Partial<SourceSettings> = {}): MappedRecord {
  const result = map(raw, extra);
  if (result.kind !== 'record') throw new Error(`expected a record, got ${result.kind}: ${result.reason}`);
  return result.record;
}

const plain = {
  id: 'p-1',
  name: 'road-collisions',
  title: '  Road   collisions ',
  notes: 'Collisions on **provincial** highways. See [the map](https://example.ca/map).',
  tags: [{ name: 'roads', display_name: 'roads' }, { name: 'safety' }, { name: 'Roads' }],
  license_id: 'cc-by',
  license_title: 'Creative Commons Attribution',
  license_url: 'http://www.opendefinition.org/licenses/cc-by',
  organization: { id: 'org-uuid', name: 'transportation', title: 'Transportation' },
  metadata_created: '2020-01-02T03:04:05.123456',
  metadata_modified: '2023-04-13T13:06:26.8742701',
  state: 'active',
  private: false,
  type: 'dataset',
  extras: [
    { key: 'frequency', value: 'Monthly' },
    { key: 'spatial', value: '{"type":"Polygon","coordinates":[[[-120,49],[-110,49],[-110,60],[-120,60],[-120,49]]]}' },
    { key: 'temporal_coverage-from', value: '["1982"]' },
    { key: 'temporal_coverage-to', value: '["1986"]' },
  ],
  resources: [
    { id: 'r-1', name: 'Collisions CSV', url: 'https://example.ca/c.csv', format: 'csv', mimetype: 'text/csv', size: '1,234', resource_type: 'Dataset' },
    { id: 'r-2', name: '', url: 'https://example.ca/files/guide%20book.pdf', format: 'PDF', size: null },
    { id: 'r-3', name: 'No URL', url: '' },
    { id: 'r-4', name: 'Deleted', url: 'https://example.ca/x', state: 'deleted' },
  ],
};

describe('mapCkanPackage: plain CKAN', () => {
  const r = record(plain);

  it('identifies the record and keeps its provenance', () => {
    expect(r.id).toBe('portal:p-1');
    expect(r.provenance).toEqual({
      sourceId: 'portal',
      remoteId: 'p-1',
      landingPage: 'https://data.example.ca/dataset/road-collisions',
      modifiedAtSource: '2023-04-13T13:06:26.874Z',
      raw: plain,
    });
  });

  it('tags plain text with the primary language and cleans it', () => {
    expect(r.title).toEqual({ en: 'Road collisions' });
    expect(r.description).toEqual({ en: 'Collisions on provincial highways. See the map.' });
    expect(r.keywords).toEqual({ en: ['roads', 'safety'] });
  });

  it('maps the organization as publisher and falls back to the source jurisdiction', () => {
    expect(r.publisher).toEqual({ id: 'transportation', name: { en: 'Transportation' } });
    expect(r.jurisdiction).toEqual({ level: 'provincial', code: 'CA-AB' });
  });

  it('reads extras: frequency, GeoJSON bbox, temporal coverage', () => {
    expect(r.frequency).toBe('P1M');
    expect(r.spatial).toEqual({ bbox: [-120, 49, -110, 60] });
    expect(r.temporal).toEqual({ start: '1982', end: '1986' });
  });

  it('reads dates as UTC', () => {
    expect(r.issued).toBe('2020-01-02T03:04:05.123Z');
    expect(r.modified).toBe('2023-04-13T13:06:26.874Z');
  });

  it('recognizes the licence through the vocabulary', () => {
    const known = recognizeLicence({ id: 'cc-by', title: 'Creative Commons Attribution', url: 'http://www.opendefinition.org/licenses/cc-by' });
    expect(known).toBeDefined();
    expect(r.licence?.id).toBe(known?.id);
  });

  it('maps active resources that have a URL as distributions', () => {
    expect(r.distributions.map((d) => d.id)).toEqual(['r-1', 'r-2']);
    expect(r.distributions[0]).toMatchObject({ title: { en: 'Collisions CSV' }, url: 'https://example.ca/c.csv', format: 'CSV', mediaType: 'text/csv', size: 1234, resourceType: 'dataset' });
    expect(r.distributions[1]?.title).toEqual({ und: 'guide book.pdf' });
    expect(r.distributions[1]?.size).toBeUndefined();
  });
});

describe('mapCkanPackage: languages of untagged text', () => {
  const frenchFirst = { id: 'q-1', title: 'Collisions routières', notes: 'Données de la SAAQ', tags: ['routes'] };

  it('reads untagged text as French on a French-first portal', () => {
    const r = record(frenchFirst, { primaryLanguage: 'fr' });
    expect(r.title).toEqual({ fr: 'Collisions routières' });
    expect(r.keywords).toEqual({ fr: ['routes'] });
  });

  it('reads untagged text as und on a bilingual portal without fluent fields', () => {
    expect(record(frenchFirst, { primaryLanguage: 'bilingual' }).title).toEqual({ und: 'Collisions routières' });
  });

  it('prefers fluent fields, given as objects or JSON strings, and keeps transform tags', () => {
    const r = record({
      id: 'f-1',
      title: 'ignored.pdf',
      title_translated: { en: 'Lakes', 'fr-t-en': 'Lacs' },
      notes_translated: '{"en": "All lakes", "fr": "Tous les lacs"}',
      keywords: { en: ['lake', 'water'], 'fr-t-en': ['lac', 'eau'] },
    });
    expect(r.title).toEqual({ en: 'Lakes', 'fr-t-en': 'Lacs' });
    expect(r.description).toEqual({ en: 'All lakes', fr: 'Tous les lacs' });
    expect(r.keywords).toEqual({ en: ['lake', 'water'], 'fr-t-en': ['lac', 'eau'] });
  });

  it('drops Translation-of placeholders and retags texts carrying the Amazon Translate notice', () => {
    const r = record({
      id: 'f-2',
      title_translated: { en: 'Lakes', fr: 'Translation of Lakes' },
      notes_translated: { en: 'All lakes.', fr: `Tous les lacs.\n\n${NOTICE}` },
      keywords: { en: ['lake'], 'fr-t-en': ['Translation of lake'] },
      resources: [{ id: 'r', url: 'https://x.ca/a.csv', name_translated: { en: 'Data', 'fr-t-en': 'Translation of Data' } }],
    });
    expect(r.title).toEqual({ en: 'Lakes' });
    expect(r.description).toEqual({ en: 'All lakes.', 'fr-t-en': 'Tous les lacs.' });
    expect(r.keywords).toEqual({ en: ['lake'] });
    expect(r.distributions[0]?.title).toEqual({ en: 'Data' });
  });
});

describe('mapCkanPackage: skips and problems', () => {
  it('skips deleted and private records with a reason', () => {
    expect(map({ id: 'd', state: 'deleted' })).toEqual({ kind: 'skip', reason: 'state: the record is deleted' });
    expect(map({ id: 'p', private: true })).toEqual({ kind: 'skip', reason: 'private: the record is not public' });
    expect(map({ id: 'p', private: 'True' }).kind).toBe('skip');
  });

  it('checks the configured filters again', () => {
    expect(map({ id: 'x', type: 'publication' }, { filters: { type: ['opendata'] } })).toEqual({
      kind: 'skip',
      reason: 'filter: type is "publication", not opendata',
    });
    expect(map({ id: 'x' }, { filters: { type: ['opendata'] } })).toEqual({ kind: 'skip', reason: 'filter: type is missing, not opendata' });
    expect(map({ id: 'x', type: 'OpenData' }, { filters: { type: ['opendata'] } }).kind).toBe('record');
  });

  it('names the record and the field when a field is malformed', () => {
    const result = map({ id: 'bad-1', resources: [{ id: 'r', url: 'https://x' }, 42] });
    expect(result.kind).toBe('problem');
    if (result.kind === 'problem') {
      expect(result.reason).toContain('"bad-1"');
      expect(result.reason).toContain('resources[1]');
    }
  });

  it('refuses a record whose resource link is a number or a boolean, naming the field (not a link "8080")', () => {
    for (const [field, value] of [['url', 8080], ['download_url', true], ['access_url', 443]] as const) {
      const result = map({ id: 'bad-2', resources: [{ id: 'r', url: 'https://x.ca/a.csv' }, { id: 's', [field]: value }] });
      expect(result).toEqual({ kind: 'problem', reason: `package "bad-2" is malformed at resources[1].${field}: expected a URL as text` });
    }
    // numbers stay welcome where CKAN portals send them for text: a size, a format, a tag
    const ok = record({ id: 'ok-1', tags: [{ name: 2019 }], resources: [{ id: 'r', url: 'https://x.ca/a.csv', format: 42, size: '12' }] });
    expect(ok.distributions.map((d) => d.url)).toEqual(['https://x.ca/a.csv']);
  });

  it('reports a record without id nor name', () => {
    expect(map({ title: 'Orphan' })).toEqual({ kind: 'problem', reason: 'package has no "id" (nor "name"): it cannot be identified' });
  });

  it('reports a value that is not an object', () => {
    expect(map(['a'])).toEqual({ kind: 'problem', reason: 'the record is not a JSON object (got an array)' });
    expect(map(null).kind).toBe('problem');
  });

  it('identifies a dump record without id by its name', () => {
    expect(record({ name: 'only-a-name', title: 'T' }).provenance.remoteId).toBe('only-a-name');
  });
});

describe('mapCkanPackage: publisher and jurisdiction', () => {
  it('splits open.canada.ca "English | Français" organization titles on a bilingual portal', () => {
    const r = record(
      { id: 'o-1', organization: { name: 'tc', title: 'Transport Canada | Transports Canada' } },
      { primaryLanguage: 'bilingual', url: 'https://open.canada.ca/data', jurisdiction: { level: 'federal', code: 'CA' } },
    );
    expect(r.publisher).toEqual({ id: 'tc', name: { en: 'Transport Canada', fr: 'Transports Canada' } });
    expect(r.provenance.landingPage).toBe('https://open.canada.ca/data/en/dataset/o-1');
  });

  it('uses the configured jurisdiction of the organization (cities on an aggregator)', () => {
    const montreal = { level: 'municipal' as const, code: 'CA-QC', municipality: 'Montréal' };
    const r = record(
      { id: 'm-1', organization: { name: 'ville-de-montreal', title: 'Ville de Montréal' } },
      { primaryLanguage: 'fr', jurisdiction: { level: 'provincial', code: 'CA-QC' }, organizationJurisdictions: { 'ville-de-montreal': montreal } },
    );
    expect(r.jurisdiction).toEqual(montreal);
    expect(r.publisher?.name).toEqual({ fr: 'Ville de Montréal' });
  });

  it('reads the record jurisdiction level of federated records and finds the province in the publisher', () => {
    const r = record(
      { id: 'j-1', jurisdiction: 'provincial', owner_org: 'uuid-1', org_title_at_publication: { en: 'Government and Municipalities of Québec', fr: 'Gouvernement et municipalités du Québec' } },
      { primaryLanguage: 'bilingual', jurisdiction: { level: 'federal', code: 'CA' } },
    );
    expect(r.jurisdiction).toEqual({ level: 'provincial', code: 'CA-QC' });
    expect(r.publisher).toEqual({ id: 'uuid-1', name: { en: 'Government and Municipalities of Québec', fr: 'Gouvernement et municipalités du Québec' } });
  });

  it('falls back to the configured publisher when the record names none', () => {
    const publisher = { id: 'city', name: { en: 'City of Example' } };
    expect(record({ id: 'n-1' }, { publisher }).publisher).toEqual(publisher);
  });
});

describe('mapCkanPackage: other fields', () => {
  it('reads contact_information sent as a JSON string', () => {
    const r = record({
      id: 'c-1',
      contact_information: '{"en": {"organization_name": "Health", "electronic_mail_address": "a@b.ca", "contact_form": "https://x.ca/contact"}, "fr": {"organization_name": "Santé"}}',
    });
    expect(r.contactPoint).toEqual({ name: { en: 'Health', fr: 'Santé' }, email: 'a@b.ca', url: 'https://x.ca/contact' });
  });

  it('falls back to the maintainer for contact', () => {
    expect(record({ id: 'c-2', maintainer: 'Data Team', maintainer_email: 'mailto:data@x.ca' }).contactPoint).toEqual({
      name: { en: 'Data Team' },
      email: 'data@x.ca',
    });
  });

  it('reads bbox extras and ignores projected coordinates', () => {
    const extras = [
      { key: 'bbox-east-long', value: '33.0' },
      { key: 'bbox-north-lat', value: '-15' },
      { key: 'bbox-south-lat', value: '-22' },
      { key: 'bbox-west-long', value: '25' },
    ];
    expect(record({ id: 's-1', extras }).spatial).toEqual({ bbox: [25, -22, 33, -15] });
    expect(record({ id: 's-2', spatial: { type: 'Point', coordinates: [500000, 5400000] } }).spatial).toBeUndefined();
  });

  it('drops placeholder dates and reads restrictions as access rights', () => {
    const r = record({ id: 't-1', time_period_coverage_start: '0001-01-01', time_period_coverage_end: '', restrictions: 'unrestricted' });
    expect(r.temporal).toBeUndefined();
    expect(r.accessRights).toBe('public');
  });

  it('gives resources without id a stable id derived from their URL', () => {
    const a = record({ id: 'x', resources: [{ url: 'https://x.ca/1.csv' }, { url: 'https://x.ca/2.csv' }] });
    const b = record({ id: 'x', resources: [{ url: 'https://x.ca/2.csv' }, { url: 'https://x.ca/1.csv' }] });
    expect(a.distributions[0]?.id).toMatch(/^url-[0-9a-f]{16}$/);
    expect(a.distributions[0]?.id).not.toBe(a.distributions[1]?.id);
    expect(b.distributions[1]?.id).toBe(a.distributions[0]?.id);
  });

  it('reads scheming fields at the top level like extras (data.ontario.ca style)', () => {
    const r = record({ id: 'on-1', update_frequency: 'yearly', geographic_coverage: 'Ontario', access_level: 'open' });
    expect(r.frequency).toBe('P1Y');
    expect(r.spatial).toEqual({ places: ['Ontario'] });
    expect(r.accessRights).toBe('public');
  });

  it('takes dataset languages from resources when the dataset declares none', () => {
    const r = record({ id: 'l-1', resources: [{ id: 'a', url: 'https://x/a', language: ['en'] }, { id: 'b', url: 'https://x/b', language: ['fr', 'en'] }] });
    expect(r.languages).toEqual(['en', 'fr']);
  });
});

describe('CKAN mapping: conformsTo', () => {
  it('reads conforms_to from the package, from a JSON list in extras (ckanext-dcat) and from resources', () => {
    const own = record({ ...plain, conforms_to: ['https://standards.example.ca/building-permits/1.0'] });
    expect(own.conformsTo).toEqual(['https://standards.example.ca/building-permits/1.0']);
    const fromExtras = record({ ...plain, extras: [{ key: 'conforms_to', value: '["https://a.example/s1", "https://a.example/s1", "https://a.example/s2"]' }] });
    expect(fromExtras.conformsTo).toEqual(['https://a.example/s1', 'https://a.example/s2']);
    const resource = record({ ...plain, resources: [{ id: 'r', url: 'https://example.ca/p.csv', conforms_to: 'https://a.example/s3' }] });
    expect(resource.distributions[0]?.conformsTo).toEqual(['https://a.example/s3']);
    expect(resource.conformsTo).toBeUndefined();
  });
});
