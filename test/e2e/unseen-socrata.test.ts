// The "Done when" for Socrata catalogues no other test has seen: a US city's Discovery
// API catalogue (datasets, a map, a chart, a file, an external link, a malformed asset) and a
// bilingual province's (French titles and descriptions in its own metadata fields, a filtered
// view, an asset without id), written by hand after the real ones (test/e2e/unseen/socrata),
// served from loopback with the API's paging and type filter, detected and harvested through
// the built CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRouteServer, type Route, type RouteServer } from '../helpers/route-server.js';
import { detect, formatsAndUrls, harvestFull, homePage, stored, unseenJson, type Harvested, type Stored } from './unseen/harvest-unseen.js';

interface Result {
  resource: { id?: string; type?: string };
}

/** The Discovery API over a site's results: `only=` types, `offset`/`limit` within the first
 * 10,000, `scroll_id` (results after that id, in id order) beyond. */
function discoveryApi(file: string, title: string): Route {
  const all = unseenJson<{ results: Result[] }>('socrata', file).results;
  return (url) => {
    if (url.pathname === '/') return homePage(title);
    if (url.pathname !== '/api/catalog/v1') return undefined;
    const only = (url.searchParams.get('only') ?? '').split(',').filter((t) => t !== '');
    const matching = only.length === 0 ? all : all.filter((r) => only.includes(r.resource.type ?? ''));
    const limit = Number(url.searchParams.get('limit') ?? '100');
    const scroll = url.searchParams.get('scroll_id');
    let results: Result[];
    if (scroll !== null) {
      results = matching
        .filter((r) => r.resource.id !== undefined && r.resource.id > scroll)
        .sort((a, b) => ((a.resource.id ?? '') < (b.resource.id ?? '') ? -1 : 1))
        .slice(0, limit);
    } else {
      const offset = Number(url.searchParams.get('offset') ?? '0');
      if (offset + limit > 10_000) return { status: 400, body: JSON.stringify({ error: 'offset + limit may not exceed 10000: use scroll_id' }) };
      results = matching.slice(offset, offset + limit);
    }
    return { body: JSON.stringify({ results, resultSetSize: matching.length, timings: { serviceMillis: 12, searchMillis: [4, 3] } }) };
  };
}

describe('done when: unseen Socrata catalogues are detected and harvested into the right records', () => {
  let nyc: RouteServer;
  let gnb: RouteServer;
  let harvested: Harvested;

  beforeAll(async () => {
    nyc = await startRouteServer(discoveryApi('nyc-catalog.json', 'NYC Open Data'));
    gnb = await startRouteServer(discoveryApi('gnb-catalog.json', 'New Brunswick Open Data / Données ouvertes Nouveau-Brunswick'));
    harvested = await harvestFull(
      [
        {
          id: 'nyc',
          name: { en: 'NYC Open Data', fr: 'Données ouvertes de New York' },
          type: 'socrata',
          url: nyc.url,
          jurisdiction: { level: 'international', code: 'US' },
          primaryLanguage: 'en',
          options: { types: ['dataset', 'map', 'chart', 'file', 'href'] },
        },
        {
          id: 'gnb',
          name: { en: 'New Brunswick Open Data', fr: 'Données ouvertes Nouveau-Brunswick' },
          type: 'socrata',
          url: `${gnb.url}/api/catalog/v1`,
          jurisdiction: { level: 'provincial', code: 'CA-NB' },
          primaryLanguage: 'bilingual',
          options: { types: ['dataset', 'map', 'filter'] },
        },
      ],
      // Three results a page: each catalogue takes two.
      { pageSize: 3 },
    );
  });
  afterAll(async () => {
    await nyc?.close();
    await gnb?.close();
  });

  it('detects each site from its root or its catalogue URL, counting its datasets', async () => {
    const city = await detect(nyc.url);
    expect(city.result.code, city.result.stderr).toBe(0);
    expect(city.kind).toBe('socrata');
    expect(city.result.stdout).toContain('("NYC Open Data"), 2 record(s)');
    expect(city.result.stdout).toContain('answered a Socrata Discovery API catalogue (resultSetSize 2)');
    const province = await detect(`${gnb.url}/api/catalog/v1`);
    expect(province.kind).toBe('socrata');
    expect(province.result.stdout).toContain('3 record(s)');
  });

  it('pages by offset through the asked types; broken assets are named problems, the others kept', async () => {
    expect(harvested.result.code, harvested.result.stderr).toBe(0);
    const city = await stored(harvested.db, 'nyc');
    expect(city.total).toBe(5);
    expect(city.job.problems).toContainEqual(expect.objectContaining({ recordId: 'zz9z-k0rq', reason: expect.stringMatching(/^asset "zz9z-k0rq" is malformed at resource\.name: /) }));
    const asked = nyc.requests.filter((u) => u.pathname === '/api/catalog/v1' && u.searchParams.get('only') === 'dataset,map,chart,file,href');
    expect(asked.map((u) => [u.searchParams.get('offset'), u.searchParams.get('limit')])).toEqual([
      ['0', '3'],
      ['3', '3'],
    ]);
    const province = await stored(harvested.db, 'gnb');
    expect(province.total).toBe(4);
    expect(province.job.problems).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/^result 0 of the page at offset 3 \(\S+\) was skipped: it has no resource id/) }));
  });

  describe('a US city', () => {
    let city: Stored;
    beforeAll(async () => {
      city = await stored(harvested.db, 'nyc');
    });

    it('maps a dataset: texts, domain tags, the agency field as publisher, the frequency field, the exports and the SODA endpoint', () => {
      const r = city.get('h9gi-nx95');
      expect(r.title).toEqual({ en: 'Motor Vehicle Collisions - Crashes' });
      expect(r.description).toEqual({
        en: 'The Motor Vehicle Collisions crash table contains details on the crash event. Each row represents a crash event.\n\nThe data is collected by the NYPD through the MV-104AN form, completed for every crash with an injury, a death or at least $1000 of damage.',
      });
      expect(r.keywords).toEqual({ en: ['traffic', 'collisions', 'vision zero', 'big apps'] });
      expect(r.publisher).toEqual({ id: 'police-department-nypd', name: { en: 'Police Department (NYPD)' } });
      expect(r.frequency).toBe('P1D');
      expect(r.licence).toBeUndefined();
      expect(r.provenance.landingPage).toBe('https://data.cityofnewyork.us/d/h9gi-nx95');
      expect(formatsAndUrls(r)).toEqual([
        ['CSV', 'https://data.cityofnewyork.us/api/views/h9gi-nx95/rows.csv?accessType=DOWNLOAD'],
        ['JSON', 'https://data.cityofnewyork.us/api/views/h9gi-nx95/rows.json?accessType=DOWNLOAD'],
        ['API', 'https://data.cityofnewyork.us/resource/h9gi-nx95.json'],
        ['GEOJSON', 'https://data.cityofnewyork.us/resource/h9gi-nx95.geojson'],
      ]);
    });

    it('maps a map with its geospatial exports, a Markdown description as text', () => {
      const r = city.get('s5uu-3ajy');
      expect(r.description).toEqual({ en: 'Bike lanes, protected lanes and greenways of the New York City bike network. See the NYC Bike Map for the printed edition.' });
      expect(r.keywords).toEqual({ en: ['bike lanes', 'cycling', 'greenways'] });
      expect(r.frequency).toBe('P1Y');
      expect(formatsAndUrls(r)).toEqual([
        ['GEOJSON', 'https://data.cityofnewyork.us/api/geospatial/s5uu-3ajy?method=export&format=GeoJSON'],
        ['SHP', 'https://data.cityofnewyork.us/api/geospatial/s5uu-3ajy?method=export&format=Shapefile'],
        ['KML', 'https://data.cityofnewyork.us/api/geospatial/s5uu-3ajy?method=export&format=KML'],
      ]);
    });

    it('maps a file with its download, a chart and an external link with their page only', () => {
      expect(formatsAndUrls(city.get('3qem-6v3v'))).toEqual([['PDF', 'https://data.cityofnewyork.us/download/3qem-6v3v/application%2Fpdf']]);
      const chart = city.get('8ewt-kvhn');
      expect(chart.keywords).toEqual({ en: ['charts'] });
      expect(chart.distributions).toEqual([]);
      const link = city.get('uczf-rk3c');
      expect(link.title).toEqual({ en: 'Bicycle Counts' });
      expect(link.provenance.landingPage).toBe('https://data.cityofnewyork.us/d/uczf-rk3c');
    });
  });

  describe('a bilingual province', () => {
    let province: Stored;
    beforeAll(async () => {
      province = await stored(harvested.db, 'gnb');
    });

    it('takes the French title and description from the site’s own fields, and its coverage, contact and licence', () => {
      const r = province.get('k4pz-2yq8');
      expect(r.title).toEqual({ en: 'Air Quality Monitoring Stations', fr: 'Stations de surveillance de la qualité de l’air' });
      expect(r.description).toEqual({
        en: 'Location of the stations of the provincial air quality monitoring network, with the pollutants each one measures.',
        fr: 'Emplacement des stations du réseau provincial de surveillance de la qualité de l’air, avec les polluants que chacune mesure.',
      });
      expect(r.keywords).toEqual({ und: ['air quality', "qualité de l'air", 'monitoring'] });
      expect(r.licence?.id).toBe('OGL-NB');
      expect(r.spatial).toEqual({ places: ['New Brunswick'] });
      expect(r.temporal).toEqual({ start: '2010-01-01', end: '2023-12-31' });
      expect(r.contactPoint?.email).toBe('opendata-donneesouvertes@gnb.ca');
      expect(r.publisher).toEqual({ id: 'environment-and-local-government', name: { und: 'Environment and Local Government' } });
      expect(r.frequency).toBe('P1Y');
      expect(formatsAndUrls(r).map(([format]) => format)).toEqual(['CSV', 'JSON', 'API', 'GEOJSON']);
    });

    it('maps a map, a dataset without French and a filtered view', () => {
      const map = province.get('m2xn-8c4r');
      expect(map.title).toEqual({ en: 'Watercourses', fr: 'Cours d’eau' });
      expect(formatsAndUrls(map).map(([format]) => format)).toEqual(['GEOJSON', 'SHP', 'KML']);
      const closures = province.get('p7fd-3k2w');
      expect(closures.title).toEqual({ und: 'Road Closures' });
      expect(closures.licence?.id).toBe('CC-BY-4.0');
      expect(formatsAndUrls(closures)).toEqual([
        ['CSV', 'https://data.gnb.ca/api/views/p7fd-3k2w/rows.csv?accessType=DOWNLOAD'],
        ['JSON', 'https://data.gnb.ca/api/views/p7fd-3k2w/rows.json?accessType=DOWNLOAD'],
        ['API', 'https://data.gnb.ca/resource/p7fd-3k2w.json'],
      ]);
      const view = province.get('r5tq-9m1v');
      expect(view.title).toEqual({ en: 'Road Closures - Bridges Only', fr: 'Fermetures de routes – ponts seulement' });
      expect(view.keywords).toEqual({ und: ['roads', 'closures', 'bridges'] });
      expect(formatsAndUrls(view).map(([format]) => format)).toEqual(['CSV', 'JSON', 'API']);
    });
  });
});
