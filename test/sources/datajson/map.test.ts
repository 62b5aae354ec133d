// The variety of DCAT-US records in the field, written here: 1.0 shapes, GeoJSON and place names,
// intervals and periodicities, publisher chains, escaped HTML, broken entries.
import { describe, expect, it } from 'vitest';
import { mapDataJsonDataset } from '../../../src/sources/datajson/map.js';
import type { MapResult, MappedRecord } from '../../../src/sources/source.js';
import { manitobaSettings } from './helpers/settings.js';

const settings = manitobaSettings('https://data.example.ca/data.json');

function map(dataset: Record<string, unknown>, extra: Parameters<typeof manitobaSettings>[1] = {}): MapResult {
  return mapDataJsonDataset({ identifier: 'id-1', title: 'A title', ...dataset }, { settings: { ...settings, ...extra } });
}

function record(dataset: Record<string, unknown>, extra: Parameters<typeof manitobaSettings>[1] = {}): MappedRecord {
  const result = map(dataset, extra);
  if (result.kind !== 'record') throw new Error(`${result.kind}: ${result.reason}`);
  return result.record;
}

describe('DCAT-US dataset mapping', () => {
  it('reads spatial coverage as a box, GeoJSON (object or text) or a place name', () => {
    expect(record({ spatial: '-97.3,49.7,-96.9,50.0' }).spatial).toEqual({ bbox: [-97.3, 49.7, -96.9, 50] });
    expect(record({ spatial: '-97.3 49.7 -96.9 50.0' }).spatial).toEqual({ bbox: [-97.3, 49.7, -96.9, 50] });
    const polygon = { type: 'Polygon', coordinates: [[[-80, 43], [-79, 43], [-79, 44], [-80, 44], [-80, 43]]] };
    expect(record({ spatial: polygon }).spatial).toEqual({ bbox: [-80, 43, -79, 44] });
    expect(record({ spatial: JSON.stringify(polygon) }).spatial).toEqual({ bbox: [-80, 43, -79, 44] });
    expect(record({ spatial: 'City of Ottawa' }).spatial).toEqual({ places: ['City of Ottawa'] });
    expect(record({ spatial: 'POLYGON ((-80 43, -79 43, -79 44, -80 44, -80 43))' }).spatial).toEqual({ bbox: [-80, 43, -79, 44] });
    expect(record({ spatial: 'ENVELOPE(-80, -79, 44, 43)' }).spatial).toEqual({ bbox: [-80, 43, -79, 44] });
    // Placeholders and projected metres make no box.
    for (const none of ['{{extent}}', '0,0,0,0', '500000,5400000,600000,5500000', '', null]) expect(record({ spatial: none }).spatial).toBeUndefined();
  });

  it('reads temporal intervals, periodicities and dates in their variants', () => {
    expect(record({ temporal: '2010-01-01/2020-12-31' }).temporal).toEqual({ start: '2010-01-01', end: '2020-12-31' });
    expect(record({ temporal: '2010/2015' }).temporal).toEqual({ start: '2010', end: '2015' });
    expect(record({ temporal: 'R/2015-01-01/P1Y' }).temporal).toEqual({ start: '2015-01-01' });
    expect(record({ temporal: 'sometime' }).temporal).toBeUndefined();
    expect(record({ accrualPeriodicity: 'R/P1Y' }).frequency).toBe('P1Y');
    expect(record({ accrualPeriodicity: 'irregular' }).frequency).toBe('irregular');
    // A repeating `modified` says how often the data changes.
    const daily = record({ modified: 'R/P1D' });
    expect(daily.frequency).toBe('P1D');
    expect(daily.modified).toBeUndefined();
    expect(record({ modified: 'R/2020-03-01/P1W' }).modified).toBe('2020-03-01');
    expect(record({ modified: '2022-01-21T18:28:00.308Z', issued: '2021-12-21' })).toMatchObject({ modified: '2022-01-21T18:28:00.308Z', issued: '2021-12-21' });
    expect(record({ modified: '2022-01-21T18:28:00.308Z' }).provenance.modifiedAtSource).toBe('2022-01-21T18:28:00.308Z');
  });

  it('reads contacts and publishers in DCAT-US 1.1 and 1.0 shapes', () => {
    expect(record({ contactPoint: { fn: 'Open Data Team', hasEmail: 'mailto: opendata@example.ca' } }).contactPoint).toEqual({ name: { en: 'Open Data Team' }, email: 'opendata@example.ca' });
    expect(record({ contactPoint: 'Jane Doe', mbox: 'jane@example.ca' }).contactPoint).toEqual({ name: { en: 'Jane Doe' }, email: 'jane@example.ca' });
    expect(record({ contactPoint: { fn: 'X', hasEmail: 'mailto:not an address' } }).contactPoint).toEqual({ name: { en: 'X' } });
    expect(record({ publisher: 'City of Example' }).publisher).toEqual({ id: 'city-of-example', name: { en: 'City of Example' } });
    expect(record({}).publisher).toEqual(settings.publisher);
    // Socrata's data.json names the site's host: the source's own publisher is meant.
    expect(record({ publisher: { '@type': 'org:Organization', name: 'data.calgary.ca' } }).publisher).toEqual(settings.publisher);
    expect(record({ publisher: { name: 'U.S. Geological Survey' } }).publisher).toEqual({ id: 'u-s-geological-survey', name: { en: 'U.S. Geological Survey' } });
  });

  it('reads what an export archive holds from its title or its URL’s format parameter', () => {
    const formats = (distribution: Array<Record<string, unknown>>): Array<string | undefined> => record({ distribution }).distributions.map((d) => d.format);
    expect(
      formats([
        { downloadURL: 'https://data.calgary.ca/api/geospatial/bzsk-fkv5?method=export&format=Shapefile', mediaType: 'application/zip' },
        { downloadURL: 'https://geo.example.ca/wfs?service=WFS&request=GetFeature&typeName=roads&outputFormat=GeoJSON', mediaType: 'application/zip' },
        { title: 'Esri Shapefile', downloadURL: 'https://x.ca/download?format=zip', mediaType: 'application/zip' },
        { downloadURL: 'https://x.ca/bundle.zip', mediaType: 'application/zip' },
      ]),
    ).toEqual(['SHP', 'GEOJSON', 'SHP', 'ZIP']);
  });

  it('finds the jurisdiction of a publisher or of the government above it', () => {
    const city = { level: 'municipal' as const, code: 'CA-MB', municipality: 'Winnipeg' };
    const publisher = { '@type': 'org:Organization', name: 'Transit Department', subOrganizationOf: { name: 'City of Winnipeg', subOrganizationOf: { name: 'Province of Manitoba' } } };
    const r = record({ publisher }, { organizationJurisdictions: { 'city-of-winnipeg': city } });
    expect(r.publisher).toEqual({ id: 'transit-department', name: { en: 'Transit Department' } });
    expect(r.jurisdiction).toEqual(city);
    expect(record({ publisher }).jurisdiction).toEqual(settings.jurisdiction);
  });

  it('cleans titles, descriptions and keywords whatever their markup', () => {
    const r = record({
      title: '  Parks &amp; Recreation  ',
      description: '&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Second paragraph&lt;/p&gt;',
      keyword: 'parks, recreation ,Parks',
    });
    expect(r.title).toEqual({ en: 'Parks & Recreation' });
    expect(r.description).toEqual({ en: 'Escaped HTML\n\nSecond paragraph' });
    expect(r.keywords).toEqual({ en: ['parks', 'recreation'] });
    expect(record({ description: '**Markdown** with [a link](https://x.ca)' }).description).toEqual({ en: 'Markdown with a link' });
    expect(record({ title: '' }).title).toEqual({ en: 'id-1' });
  });

  it('tags text with the dataset language on a bilingual portal, else the primary language', () => {
    expect(record({ language: ['fr-CA'] }, { primaryLanguage: 'bilingual' }).title).toEqual({ fr: 'A title' });
    expect(record({ language: ['en', 'fr'] }, { primaryLanguage: 'bilingual' }).title).toEqual({ und: 'A title' });
    const fr = record({ language: 'en-US' }, { primaryLanguage: 'fr' });
    expect(fr.title).toEqual({ fr: 'A title' });
    expect(fr.languages).toEqual(['en']);
  });

  it('maps access levels, themes and licences', () => {
    expect(record({ accessLevel: 'restricted public' }).accessRights).toBe('restricted');
    expect(record({ accessLevel: 'non-public' }).accessRights).toBe('non-public');
    expect(record({ theme: ['Transportation', 'Health'] }).subjects).toEqual(['transport', 'health_and_safety']);
    expect(record({ license: 'https://creativecommons.org/licenses/by/4.0/' }).licence).toMatchObject({ id: 'CC-BY-4.0' });
    expect(record({ license: '<p>See <a href="https://open.canada.ca/en/open-government-licence-canada">the licence</a></p>' }).licence?.id).toBe('OGL-Canada-2.0');
    const unknown = map({ license: 'https://example.ca/our-terms.pdf' });
    expect(unknown.kind === 'record' && unknown.record.licence).toEqual({ original: 'https://example.ca/our-terms.pdf', url: 'https://example.ca/our-terms.pdf' });
    expect(unknown.kind === 'record' && unknown.notes).toEqual([expect.stringMatching(/^licence not recognized/)]);
  });

  it('reads distributions: a single object, download or access URL, and skips broken entries with a note', () => {
    const one = record({ distribution: { downloadURL: 'https://x.ca/f.csv', mediaType: 'text/csv' } });
    expect(one.distributions).toMatchObject([{ url: 'https://x.ca/f.csv', format: 'CSV', title: { und: 'CSV' }, resourceType: 'dataset' }]);
    const socrata = record({ distribution: [{ '@type': 'dcat:Distribution', downloadURL: 'https://data.example.ca/api/views/abcd-1234/rows.xml?accessType=DOWNLOAD', mediaType: 'text/xml' }] });
    expect(socrata.distributions).toMatchObject([{ format: 'XML', title: { und: 'XML' } }]);
    expect(record({ distribution: [{ accessURL: 'https://x.ca/files/report-2020' }] }).distributions[0]?.title).toEqual({ und: 'report-2020' });
    const result = map({
      distribution: [
        { title: 'Shapefile', format: 'ZIP', accessURL: 'https://x.ca/a.zip' },
        { title: 'Service', format: 'Esri REST', accessURL: 'https://x.ca/arcgis/rest/services/A/MapServer' },
        { title: 'No URL' },
        'https://x.ca/bare-string',
        { title: 'Same URL', accessURL: 'https://x.ca/a.zip' },
        { title: 7, accessURL: 'https://x.ca/b.json', description: '<p>JSON <i>export</i></p>' },
      ],
    });
    if (result.kind !== 'record') throw new Error(result.kind);
    expect(result.record.distributions.map((d) => [d.format, d.resourceType, d.title])).toEqual([
      ['SHP', undefined, { en: 'Shapefile' }],
      ['ESRI REST', 'api', { en: 'Service' }],
      ['ZIP', undefined, { en: 'Same URL' }],
      ['JSON', undefined, { en: '7' }],
    ]);
    expect(new Set(result.record.distributions.map((d) => d.id)).size).toBe(4);
    expect(result.record.distributions[3]?.description).toEqual({ en: 'JSON export' });
    expect(result.notes).toEqual(['distribution[3] is not a distribution object']);
  });

  it('applies the configured filters to the record', () => {
    expect(map({ accessLevel: 'public', publisher: { name: 'Parks' } }, { filters: { 'publisher.name': ['parks'] } }).kind).toBe('record');
    expect(map({ accessLevel: 'non-public' }, { filters: { accessLevel: ['public'] } })).toEqual({ kind: 'skip', reason: 'filter: accessLevel is "non-public", not public' });
    expect(map({}, { filters: { accessLevel: ['public'] } })).toEqual({ kind: 'skip', reason: 'filter: accessLevel is missing, not public' });
  });

  it('falls back on the landing page as id and reports what cannot be read', () => {
    expect(mapDataJsonDataset({ title: 'T', landingPage: 'https://x.ca/d/1' }, { settings }).kind).toBe('record');
    expect(mapDataJsonDataset({ title: 'T' }, { settings })).toEqual({ kind: 'problem', reason: expect.stringMatching(/no "identifier"/) as unknown as string });
    expect(mapDataJsonDataset(['x'], { settings })).toEqual({ kind: 'problem', reason: 'the dataset is an array, not a JSON object' });
  });

  it('leaves out a field that breaks the schema, says so, and maps the rest', () => {
    const result = map({ title: { en: 'x' }, license: ['https://creativecommons.org/licenses/by/4.0/'], keyword: ['ok', ['nested']], description: 'Kept' });
    if (result.kind !== 'record') throw new Error(result.kind);
    expect(result.record.title).toEqual({ en: 'id-1' });
    expect(result.record.description).toEqual({ en: 'Kept' });
    expect(result.record.licence).toBeUndefined();
    expect(result.notes).toEqual([
      'field left out, not as DCAT-US says: title: expected text, a number or a boolean',
      'field left out, not as DCAT-US says: keyword: expected a list of text or one text',
      'field left out, not as DCAT-US says: license: expected text, a number or a boolean',
    ]);
  });
});

describe('DCAT-US mapping: conformsTo', () => {
  it('keeps the dataset and distribution conformsTo (data standards), not the catalogue schema', () => {
    const r = record({
      identifier: 'permits-2024',
      title: 'Building permits',
      conformsTo: 'https://standards.example.ca/building-permits',
      distribution: [{ downloadURL: 'https://data.example.ca/permits.csv', conformsTo: 'https://standards.example.ca/building-permits/schema.json' }],
    });
    expect(r.conformsTo).toEqual(['https://standards.example.ca/building-permits']);
    expect(r.distributions[0]?.conformsTo).toEqual(['https://standards.example.ca/building-permits/schema.json']);
    expect(record({ identifier: 'x', title: 'X' }).conformsTo).toBeUndefined();
  });
});
