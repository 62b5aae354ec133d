// The "Done when" for DCAT-US data.json catalogues no other test has seen: a US federal
// agency's data.json, a Canadian city's ArcGIS Hub feed and another's Socrata data.json, written
// by hand after the real ones
// (test/e2e/unseen/datajson), streamed from loopback in small chunks as a large document
// arrives, detected and harvested through the built CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRouteServer, type RouteServer } from '../helpers/route-server.js';
import { detect, formatsAndUrls, harvestFull, homePage, stored, unseenFile, type Harvested, type Stored } from './unseen/harvest-unseen.js';

const FEED = '/api/feed/dcat-us/1.1.json';

describe('done when: unseen DCAT-US catalogues are detected and harvested into the right records', () => {
  let usgs: RouteServer;
  let ottawa: RouteServer;
  let calgary: RouteServer;
  let harvested: Harvested;

  beforeAll(async () => {
    usgs = await startRouteServer((url) => {
      if (url.pathname === '/') return homePage('USGS Science Data Catalog');
      if (url.pathname === '/data.json') return { body: unseenFile('datajson', 'usgs-data.json'), chunkSize: 700 };
      return undefined;
    });
    ottawa = await startRouteServer((url) => {
      if (url.pathname === '/') return homePage('Open Ottawa');
      if (url.pathname === FEED) return { body: unseenFile('datajson', 'ottawa-hub-feed.json'), chunkSize: 500 };
      return undefined;
    });
    calgary = await startRouteServer((url) => (url.pathname === '/data.json' ? { body: unseenFile('datajson', 'calgary-socrata-data.json') } : undefined));
    harvested = await harvestFull([
      {
        id: 'usgs',
        name: { en: 'U.S. Geological Survey', fr: 'Institut d’études géologiques des États-Unis' },
        type: 'datajson',
        url: usgs.url,
        jurisdiction: { level: 'international', code: 'US' },
        primaryLanguage: 'en',
      },
      {
        id: 'ottawa',
        name: { en: 'Open Ottawa', fr: 'Ottawa ouvert' },
        type: 'datajson',
        url: `${ottawa.url}${FEED}`,
        jurisdiction: { level: 'municipal', code: 'CA-ON', municipality: 'Ottawa' },
        primaryLanguage: 'en',
      },
      {
        id: 'calgary',
        name: { en: 'Calgary Open Data', fr: 'Données ouvertes de Calgary' },
        type: 'datajson',
        url: `${calgary.url}/data.json`,
        jurisdiction: { level: 'municipal', code: 'CA-AB', municipality: 'Calgary' },
        publisher: { id: 'calgary', name: { en: 'City of Calgary', fr: 'Ville de Calgary' } },
        primaryLanguage: 'en',
      },
    ]);
  });
  afterAll(async () => {
    await usgs?.close();
    await ottawa?.close();
    await calgary?.close();
  });

  it('detects a federal agency data.json at its site root', async () => {
    const { kind, result } = await detect(usgs.url);
    expect(result.code, result.stderr).toBe(0);
    expect(kind).toBe('datajson');
    expect(result.stdout).toContain(`${usgs.url}/data.json is a DCAT-US catalogue (conformsTo https://project-open-data.cio.gov/v1.1/schema) of 4 datasets`);
    expect(result.stdout).toContain('type: datajson');
    expect(result.stdout).toContain(`url: ${usgs.url}/data.json`);
  });

  it('detects a city Hub feed from the site root', async () => {
    const { kind, result } = await detect(ottawa.url);
    expect(result.code, result.stderr).toBe(0);
    expect(kind).toBe('datajson');
    expect(result.stdout).toContain('("Open Ottawa")');
    expect(result.stdout).toContain(`url: ${ottawa.url}${FEED}`);
  });

  it('harvests both, each broken entry a problem under its position, the others kept', async () => {
    expect(harvested.result.code, harvested.result.stderr).toBe(0);
    const agency = await stored(harvested.db, 'usgs');
    expect(agency.total).toBe(3);
    // A run with problems is partial; the good records are kept.
    expect(agency.job.status).toBe('partial');
    expect(agency.job.problems).toContainEqual(expect.objectContaining({ recordId: 'dataset[3]', reason: 'dataset[3] has no "identifier" (nor "landingPage"): it cannot be identified' }));
    const city = await stored(harvested.db, 'ottawa');
    expect(city.total).toBe(3);
    expect(city.job.problems).toContainEqual(expect.objectContaining({ recordId: 'dataset[3]', reason: 'dataset[3] is null, not a dataset object' }));
  });

  describe('a US federal agency (DCAT-US 1.1)', () => {
    let agency: Stored;
    beforeAll(async () => {
      agency = await stored(harvested.db, 'usgs');
    });

    it('maps a full public record: texts, publisher chain, box, interval, licence and distributions by media type or format', () => {
      const r = agency.get('USGS:62a1f0c4d34e76103cd2a7b9');
      expect(r.title).toEqual({ en: 'Streamflow Statistics for Selected Gaging Stations in Vermont, Water Years 1991-2020' });
      expect(r.description).toEqual({
        en: 'This data release provides annual and monthly streamflow statistics for 73 continuous-record streamgages in Vermont.\n\nStatistics were computed with the Surface Water Toolbox for the 1991-2020 water years; stations with fewer than 10 years of record were excluded.',
      });
      expect(r.keywords).toEqual({ en: ['streamflow', 'hydrology', 'Vermont', 'USGS Science Data Catalog (SDC)', 'Water'] });
      expect(r.publisher).toEqual({ id: 'u-s-geological-survey', name: { en: 'U.S. Geological Survey' } });
      expect(r.jurisdiction).toEqual({ level: 'international', code: 'US' });
      // US Government works are in the public domain.
      expect(r.licence?.id).toBe('other-pd');
      expect(r.spatial).toEqual({ bbox: [-73.4377, 42.7269, -71.4651, 45.0167] });
      expect(r.temporal).toEqual({ start: '1990-10-01', end: '2020-09-30' });
      expect(r.frequency).toBe('irregular');
      expect(r.accessRights).toBe('public');
      expect(r.languages).toEqual(['en']);
      expect(r.contactPoint).toEqual({ name: { en: 'Scott A. Olson' }, email: 'saolson@usgs.gov' });
      expect(r.provenance.landingPage).toBe('https://doi.org/10.5066/P9VT2023');
      expect(formatsAndUrls(r)).toEqual([
        ['CSV', 'https://www.sciencebase.gov/catalog/file/get/62a1f0c4d34e76103cd2a7b9?name=vt_streamflow_stats.csv'],
        ['API', 'https://waterservices.usgs.gov/nwis/stat/?format=rdb&stateCd=vt&statReportType=annual'],
        ['XML', 'https://www.sciencebase.gov/catalog/file/get/62a1f0c4d34e76103cd2a7b9?f=__disk__4e%2F1a%2F77%2Fmetadata.xml'],
      ]);
      expect(r.distributions.map((d) => d.resourceType)).toEqual(['dataset', 'api', 'dataset']);
      expect(r.distributions[0]?.title).toEqual({ en: 'Streamflow statistics by station' });
    });

    it('keeps a place name as the coverage, a CC0 URL as CC0, a zipped Shapefile as a Shapefile, an untitled file by its format', () => {
      const r = agency.get('https://doi.org/10.14509/avo-eruptions');
      expect(r.title).toEqual({ en: 'Alaska Volcano Observatory Database of Historical Eruptions' });
      expect(r.keywords).toEqual({ en: ['volcanoes', 'eruptions', 'Aleutian Islands'] });
      expect(r.licence?.id).toBe('CC0-1.0');
      expect(r.spatial).toEqual({ places: ['Alaska'] });
      expect(r.temporal).toEqual({ start: '1760-01-01T00:00:00.000Z', end: '2021-12-31T23:59:59.000Z' });
      expect(r.frequency).toBe('P1Y');
      expect(r.provenance.landingPage).toBe('https://doi.org/10.14509/avo-eruptions');
      expect(formatsAndUrls(r)).toEqual([
        ['SHP', 'https://avo.alaska.edu/downloads/avo_eruptions_shp.zip'],
        ['GEOJSON', 'https://avo.alaska.edu/downloads/avo_eruptions.geojson'],
      ]);
      expect(r.distributions[1]?.title).toEqual({ en: 'GeoJSON' });
    });

    it('keeps a non-public record as non-public, without distributions or licence, under its own office', () => {
      const r = agency.get('USGS-OAG-2021-0007');
      expect(r.accessRights).toBe('non-public');
      expect(r.distributions).toEqual([]);
      expect(r.licence).toBeUndefined();
      expect(r.publisher).toEqual({ id: 'office-of-acquisition-and-grants', name: { en: 'Office of Acquisition and Grants' } });
    });
  });

  describe('a Canadian city’s ArcGIS Hub feed', () => {
    let city: Stored;
    beforeAll(async () => {
      city = await stored(harvested.db, 'ottawa');
    });

    it('makes the HTML description safe text, reads the licence from the HTML paragraph’s link, the box from the spatial text', () => {
      const r = city.get('https://www.arcgis.com/home/item.html?id=cfb079eaf9a94d5f9e3e1f4b5a7e2c11&sublayer=0');
      expect(r.title).toEqual({ en: 'Parks and Greenspace' });
      expect(r.description).toEqual({
        en: "Parks, parkettes and natural areas owned or maintained by the City of Ottawa.\n\nAccuracy: boundaries are digitized from 2019 orthophotos; Ottawa's parcel fabric takes precedence.\n\n- Update frequency: weekly\n- Contact: Open Data Ottawa",
      });
      expect(r.keywords).toEqual({ en: ['parks', 'greenspace', 'recreation'] });
      expect(r.licence?.id).toBe('ODL-Ottawa-2.0');
      expect(r.spatial).toEqual({ bbox: [-76.3555, 45.0027, -75.2466, 45.5376] });
      expect(r.publisher).toEqual({ id: 'city-of-ottawa', name: { en: 'City of Ottawa' } });
      expect(r.contactPoint?.email).toBe('opendata@ottawa.ca');
      expect(r.provenance.landingPage).toBe('https://open.ottawa.ca/datasets/ottawa::parks-and-greenspace');
      expect(formatsAndUrls(r)).toEqual([
        ['HTML', 'https://open.ottawa.ca/datasets/ottawa::parks-and-greenspace'],
        ['ESRI REST', 'https://maps.ottawa.ca/arcgis/rest/services/Parks_Inventory/MapServer/24'],
        ['CSV', 'https://open.ottawa.ca/api/download/v1/items/cfb079eaf9a94d5f9e3e1f4b5a7e2c11/csv?layers=0'],
        ['GEOJSON', 'https://open.ottawa.ca/api/download/v1/items/cfb079eaf9a94d5f9e3e1f4b5a7e2c11/geojson?layers=0'],
        ['SHP', 'https://open.ottawa.ca/api/download/v1/items/cfb079eaf9a94d5f9e3e1f4b5a7e2c11/shapefile?layers=0'],
      ]);
    });

    it('reads HTML escaped twice, a licence URL, a KML export', () => {
      const r = city.get('https://www.arcgis.com/home/item.html?id=6f3a2e0b8c9d4e1fa27b5c6d8e9f0a1b&sublayer=0');
      expect(r.description).toEqual({ en: 'Bike lanes, cycle tracks and multi-use pathways in the City of Ottawa.\n\nWinter-maintained routes are flagged.' });
      expect(r.licence?.id).toBe('OGL-Canada-2.0');
      expect(r.keywords).toEqual({ en: ['cycling', 'bike lanes', 'transportation'] });
      expect(r.spatial).toEqual({ bbox: [-76.0012, 45.1934, -75.4501, 45.4722] });
      expect(formatsAndUrls(r).map(([format]) => format)).toEqual(['HTML', 'ESRI REST', 'KML']);
    });

    it('keeps a document item without licence, box or keywords, its PDF a distribution', () => {
      const r = city.get('https://www.arcgis.com/home/item.html?id=0a9b8c7d6e5f44332211ffeeddccbbaa');
      expect(r.description).toEqual({ en: 'The plan adopted by Council in 2023.' });
      expect(r.licence).toBeUndefined();
      expect(r.spatial).toBeUndefined();
      expect(r.keywords).toEqual({});
      expect(formatsAndUrls(r)).toEqual([
        ['HTML', 'https://open.ottawa.ca/documents/ottawa::transportation-master-plan-2023'],
        ['PDF', 'https://www.arcgis.com/sharing/rest/content/items/0a9b8c7d6e5f44332211ffeeddccbbaa/data'],
      ]);
    });
  });

  describe('a Canadian city’s Socrata data.json', () => {
    let city: Stored;
    beforeAll(async () => {
      city = await stored(harvested.db, 'calgary');
    });

    it('takes the source’s publisher for the site’s host, untitled exports by their media type', () => {
      expect(city.total).toBe(3);
      const r = city.get('https://data.calgary.ca/api/views/c2es-76ed');
      expect(r.title).toEqual({ en: 'Building Permits' });
      expect(r.description).toEqual({ en: 'Building permits issued by The City of Calgary since 1999.\n\nUpdated daily from the permit system.' });
      expect(r.keywords).toEqual({ en: ['building', 'permits', 'construction'] });
      expect(r.publisher).toEqual({ id: 'calgary', name: { en: 'City of Calgary', fr: 'Ville de Calgary' } });
      expect(r.licence).toBeUndefined();
      expect(r.provenance.landingPage).toBe('https://data.calgary.ca/d/c2es-76ed');
      expect(formatsAndUrls(r)).toEqual([
        ['CSV', 'https://data.calgary.ca/api/views/c2es-76ed/rows.csv?accessType=DOWNLOAD'],
        ['RDF', 'https://data.calgary.ca/api/views/c2es-76ed/rows.rdf?accessType=DOWNLOAD'],
        ['JSON', 'https://data.calgary.ca/api/views/c2es-76ed/rows.json?accessType=DOWNLOAD'],
        ['XML', 'https://data.calgary.ca/api/views/c2es-76ed/rows.xml?accessType=DOWNLOAD'],
      ]);
      expect(r.distributions[0]?.title).toEqual({ und: 'CSV' });
    });

    it('reads the geospatial exports’ formats from their URLs, a licence’s legal code URL, a PDF blob', () => {
      const map = city.get('https://data.calgary.ca/api/views/bzsk-fkv5');
      expect(map.licence?.id).toBe('CC-BY-4.0');
      expect(formatsAndUrls(map).map(([format]) => format)).toEqual(['KML', 'SHP', 'GEOJSON']);
      const file = city.get('https://data.calgary.ca/api/views/k7p9-kppz');
      expect(file.description).toEqual({});
      expect(file.keywords).toEqual({});
      expect(formatsAndUrls(file)).toEqual([['PDF', 'https://data.calgary.ca/download/k7p9-kppz/application%2Fpdf']]);
    });
  });
});
