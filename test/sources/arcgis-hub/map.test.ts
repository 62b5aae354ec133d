import { describe, expect, it } from 'vitest';
import { hubSite } from '../../../src/sources/arcgis-hub/api.js';
import { landingPageOf, mapHubRecord } from '../../../src/sources/arcgis-hub/map.js';
import { trimRecord } from '../../../src/sources/arcgis-hub/record.js';
import type { MapResult, MappedRecord } from '../../../src/sources/source.js';
import { hubSettings } from './helpers/settings.js';

const SITE = 'https://open.ottawa.ca';

function map(attributes: Record<string, unknown>, extra: Parameters<typeof hubSettings>[1] = {}): MapResult {
  return mapHubRecord({ id: 'abc_0', type: 'dataset', attributes: { name: 'Bike lanes', slug: 'ottawa::bike-lanes', ...attributes } }, { settings: hubSettings(SITE, extra), site: hubSite(SITE) });
}

function record(attributes: Record<string, unknown>, extra: Parameters<typeof hubSettings>[1] = {}): MappedRecord {
  const result = map(attributes, extra);
  if (result.kind !== 'record') throw new Error(`${result.kind}: ${result.reason}`);
  return result.record;
}

describe('Hub v3 record mapping', () => {
  it('reads epoch-millisecond dates and stamps the latest of data and item changes', () => {
    const r = record({ created: 1513717574000, modified: 1616436196133, itemModified: 1642795627000 });
    expect(r.issued).toBe('2017-12-19T21:06:14.000Z');
    expect(r.modified).toBe('2021-03-22T18:03:16.133Z');
    expect(r.provenance.modifiedAtSource).toBe('2022-01-21T20:07:07.000Z');
  });

  it('reads licences from a vocabulary id, a structured URL or HTML, and "none" when nothing else is said', () => {
    expect(record({ license: 'CC-BY-4.0' }).licence?.id).toBe('CC-BY-4.0');
    expect(record({ license: 'custom', structuredLicense: { type: 'custom', url: 'https://ottawa.ca/en/city-hall/get-know-your-city/open-data#open-data-licence-version-2-0' } }).licence?.id).toBe('ODL-Ottawa-2.0');
    expect(record({ license: 'custom', licenseInfo: "<a href='https://ottawa.ca/en/city-hall/get-know-your-city/open-data'>Licence</a>" }).licence?.id).toBe('ODL-Ottawa-2.0');
    // Hub's "none": no licence chosen, as its DCAT-US feed says with an empty licence.
    expect(record({ license: 'none' }).licence).toBeUndefined();
    expect(record({ license: 'custom' }).licence).toBeUndefined();
  });

  it('takes subjects from categories, paths included, and the language from the culture on a bilingual portal', () => {
    expect(record({ categories: ['/Categories/Transportation/Cycling', 'Health'] }).subjects).toEqual(['transport', 'health_and_safety']);
    const fr = record({ culture: 'fr-ca', description: '<p>Pistes <b>cyclables</b></p>' }, { primaryLanguage: 'bilingual' });
    expect(fr.title).toEqual({ fr: 'Bike lanes' });
    expect(fr.description).toEqual({ fr: 'Pistes cyclables' });
    expect(fr.languages).toEqual(['fr']);
    expect(record({ culture: 'en-us' }, { primaryLanguage: 'fr' }).title).toEqual({ fr: 'Bike lanes' });
  });

  it('reads the extent, skipping placeholders and projected coordinates', () => {
    expect(record({ extent: { coordinates: [[-76.35, 44.96], [-75.25, 45.54]], type: 'envelope' } }).spatial).toEqual({ bbox: [-76.35, 44.96, -75.25, 45.54] });
    expect(record({ extent: { coordinates: [[0, 0], [0, 0]] } }).spatial).toBeUndefined();
    expect(record({ extent: { coordinates: [[-8500000, 5600000], [-8300000, 5700000]] } }).spatial).toBeUndefined();
    expect(record({ extent: null, itemExtent: [[-76, 45], [-75, 46]] }).spatial).toEqual({ bbox: [-76, 45, -75, 46] });
    expect(record({ extent: { xmin: -76, ymin: 45, xmax: -75, ymax: 46, spatialReference: { wkid: 4326 } } }).spatial).toEqual({ bbox: [-76, 45, -75, 46] });
    expect(record({ extent: { xmin: -8500000, ymin: 5600000, xmax: -8300000, ymax: 5700000, spatialReference: { wkid: 102100 } } }).spatial).toBeUndefined();
  });

  it('names the publisher the item credits, else its organization, and finds its jurisdiction by either or by the owner', () => {
    expect(record({ source: 'Parks Branch', orgName: 'City of Ottawa' }).publisher).toEqual({ id: 'parks-branch', name: { en: 'Parks Branch' } });
    const r = record({ orgName: 'City of Ottawa', owner: 'ottawa_gis' }, { organizationJurisdictions: { ottawa_gis: { level: 'municipal', code: 'CA-ON', municipality: 'Ottawa' } } });
    expect(r.publisher).toEqual({ id: 'city-of-ottawa', name: { en: 'City of Ottawa' } });
    expect(r.jurisdiction).toEqual({ level: 'municipal', code: 'CA-ON', municipality: 'Ottawa' });
    expect(record({ orgContactEmail: 'mailto: opendata@ottawa.ca', orgName: 'City of Ottawa' }).contactPoint).toEqual({ name: { en: 'City of Ottawa' }, email: 'opendata@ottawa.ca' });
  });

  it('builds the Hub downloads of layers and tables only', () => {
    const layer = record({ type: 'Feature Layer', geometryType: 'esriGeometryPolyline', url: 'https://services.arcgis.com/x/arcgis/rest/services/Bike/FeatureServer/0' });
    expect(layer.distributions.map((d) => d.format)).toEqual(['HTML', 'ESRI REST', 'GEOJSON', 'CSV', 'KML', 'SHP']);
    expect(layer.distributions[2]?.url).toBe('https://open.ottawa.ca/datasets/ottawa::bike-lanes.geojson');
    const table = record({ type: 'Table', url: 'https://services.arcgis.com/x/arcgis/rest/services/T/FeatureServer/1' });
    expect(table.distributions.map((d) => d.format)).toEqual(['HTML', 'ESRI REST', 'GEOJSON', 'CSV']);
    const doc = record({ type: 'PDF', url: 'https://x.ca/report.pdf' });
    expect(doc.distributions.map((d) => d.format)).toEqual(['HTML', 'HTML']);
    expect(doc.provenance.landingPage).toBe('https://open.ottawa.ca/documents/ottawa::bike-lanes');
  });

  it('gives file items their file, from the portal the item lives on, and services, maps and apps none', () => {
    const context = { settings: hubSettings(SITE), site: hubSite(SITE) };
    const file = (id: string, type: string, links?: Record<string, unknown>): Array<[string | undefined, string]> => {
      const result = mapHubRecord({ id, type: 'dataset', attributes: { name: 'Item', slug: 'ottawa::item', type, url: null }, ...(links ? { links } : {}) }, context);
      if (result.kind !== 'record') throw new Error(result.reason);
      return result.record.distributions.slice(1).map((d) => [d.format, d.url]);
    };
    const id = '0A9B8C7D6E5F44332211FFEEDDCCBBAA';
    expect(file(id, 'PDF')).toEqual([['PDF', 'https://www.arcgis.com/sharing/rest/content/items/0a9b8c7d6e5f44332211ffeeddccbbaa/data']]);
    expect(file(id, 'File Geodatabase')).toEqual([['FGDB/GDB', 'https://www.arcgis.com/sharing/rest/content/items/0a9b8c7d6e5f44332211ffeeddccbbaa/data']]);
    // An Enterprise portal's item is downloaded from that portal.
    const esriRest = 'https://gis.example.ca/portal/sharing/rest/content/items/0a9b8c7d6e5f44332211ffeeddccbbaa';
    expect(file(id, 'Microsoft Excel', { esriRest })).toEqual([[undefined, `${esriRest}/data`]]);
    expect(file(id, 'Web Map')).toEqual([]);
    expect(file(`${id}_0`, 'Feature Layer')).toEqual([]);
    // No item id to build the URL from: nothing rather than a wrong link.
    expect(file('report-2023', 'PDF')).toEqual([]);
  });

  it('names a record whose attributes are not an object, once trimmed as the listing keeps it', () => {
    const kept = trimRecord({ id: 'a1_0', type: 'dataset', attributes: null });
    expect(mapHubRecord(kept, { settings: hubSettings(SITE), site: hubSite(SITE) })).toEqual({ kind: 'problem', reason: 'Hub record "a1_0" has no "attributes" object' });
  });

  it('puts each kind of item under the page Hub gives it', () => {
    const site = hubSite(SITE);
    expect(landingPageOf(site, 'Web Map', 's')).toBe(`${SITE}/maps/s`);
    expect(landingPageOf(site, 'Dashboard', 's')).toBe(`${SITE}/apps/s`);
    expect(landingPageOf(site, 'Hub Page', 's')).toBe(`${SITE}/pages/s`);
    expect(landingPageOf(site, 'Feature Layer', 's')).toBe(`${SITE}/datasets/s`);
  });

  it('applies filters to the attributes and reports malformed records', () => {
    expect(map({ openData: false }, { filters: { openData: ['true'] } })).toEqual({ kind: 'skip', reason: 'filter: openData is "false", not true' });
    expect(map({ access: 'private' }).kind === 'record' && (map({ access: 'private' }) as { record: MappedRecord }).record.accessRights).toBe('non-public');
    const odd = map({ tags: { a: 1 }, description: 'Kept' });
    expect(odd.kind === 'record' && [odd.record.keywords, odd.record.description, odd.notes]).toEqual([{}, { en: 'Kept' }, ['attribute left out, not as the Hub API gives it: tags: expected a list of text']]);
    expect(mapHubRecord({ id: 'x', attributes: 'none' }, { settings: hubSettings(SITE), site: hubSite(SITE) })).toEqual({ kind: 'problem', reason: 'Hub record "x" has no "attributes" object' });
    expect(mapHubRecord({ attributes: {} }, { settings: hubSettings(SITE), site: hubSite(SITE) })).toEqual({ kind: 'problem', reason: 'the Hub record has no "id": it cannot be identified' });
  });
});
