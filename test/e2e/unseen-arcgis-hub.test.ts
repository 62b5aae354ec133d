// The "Done when" for ArcGIS Hub v3 APIs no other test has seen: a city's Hub paged
// with a `page[key]` cursor on its canonical domain, and a provincial Hub whose items are
// English or French, paged with a relative `links.next` (test/e2e/unseen/arcgis-hub, written
// by hand after the real APIs), served from loopback, detected and harvested through the built CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRouteServer, type RouteServer } from '../helpers/route-server.js';
import { detect, formatsAndUrls, harvestFull, homePage, stored, unseenFile, type Harvested, type Stored } from './unseen/harvest-unseen.js';

const CURSOR = 'eyJodWIiOnsic2l6ZSI6MTAwLCJzdGFydCI6NH0sImFnbyI6eyJzaXplIjowLCJzdGFydCI6MX19';
const JSON_API = 'application/json; charset=utf-8';

/** Page 1 as the API gives it for `page[size]` (detection asks for one record). */
function firstPage(file: string, size: string | null): string {
  const page = JSON.parse(unseenFile('arcgis-hub', file)) as { data: unknown[] };
  const n = Number(size ?? '100');
  return JSON.stringify(n < page.data.length ? { ...page, data: page.data.slice(0, n) } : page);
}

describe('done when: unseen ArcGIS Hub sites are detected and harvested into the right records', () => {
  let guelph: RouteServer;
  let geonb: RouteServer;
  let harvested: Harvested;

  beforeAll(async () => {
    guelph = await startRouteServer((url) => {
      if (url.pathname === '/') return homePage('City of Guelph Open Data');
      if (url.pathname !== '/api/v3/datasets') return undefined;
      const key = url.searchParams.get('page[key]');
      if (key === CURSOR) return { body: unseenFile('arcgis-hub', 'guelph-page-2.json'), contentType: JSON_API };
      if (key !== null) return { status: 400, body: '{"error":"invalid page key"}' };
      return { body: firstPage('guelph-page-1.json', url.searchParams.get('page[size]')), contentType: JSON_API };
    });
    geonb = await startRouteServer((url) => {
      if (url.pathname === '/') return homePage('GeoNB');
      if (url.pathname !== '/api/v3/datasets') return undefined;
      if (url.searchParams.get('page[number]') === '2') return { body: unseenFile('arcgis-hub', 'geonb-page-2.json'), contentType: JSON_API };
      return { body: firstPage('geonb-page-1.json', url.searchParams.get('page[size]')), contentType: JSON_API };
    });
    harvested = await harvestFull([
      {
        id: 'guelph',
        name: { en: 'City of Guelph Open Data', fr: 'Données ouvertes de la Ville de Guelph' },
        type: 'arcgis-hub',
        url: guelph.url,
        jurisdiction: { level: 'municipal', code: 'CA-ON', municipality: 'Guelph' },
        primaryLanguage: 'en',
      },
      {
        id: 'geonb',
        name: { en: 'GeoNB', fr: 'GeoNB' },
        type: 'arcgis-hub',
        url: geonb.url,
        jurisdiction: { level: 'provincial', code: 'CA-NB' },
        primaryLanguage: 'bilingual',
      },
    ]);
  });
  afterAll(async () => {
    await guelph?.close();
    await geonb?.close();
  });

  it('detects each Hub from any page of the site', async () => {
    const city = await detect(`${guelph.url}/datasets/guelph::street-trees`);
    expect(city.result.code, city.result.stderr).toBe(0);
    expect(city.kind).toBe('arcgis-hub');
    expect(city.result.stdout).toContain('("City of Guelph Open Data"), 6 record(s)');
    expect(city.result.stdout).toContain(`url: ${guelph.url}\n`);
    const province = await detect(geonb.url);
    expect(province.kind).toBe('arcgis-hub');
    expect(province.result.stdout).toContain('(meta.stats.totalCount 4)');
  });

  it('follows the cursor and the relative next link to the last page; broken records are named problems, the others kept', async () => {
    expect(harvested.result.code, harvested.result.stderr).toBe(0);
    const city = await stored(harvested.db, 'guelph');
    expect(city.total).toBe(5);
    expect(city.job.problems).toContainEqual(
      expect.objectContaining({ recordId: 'ffeeddccbbaa49887766554433221100_0', reason: 'Hub record "ffeeddccbbaa49887766554433221100_0" has no "attributes" object' }),
    );
    expect(guelph.requests.filter((u) => u.pathname === '/api/v3/datasets' && u.searchParams.get('page[key]') === CURSOR)).toHaveLength(1);
    const province = await stored(harvested.db, 'geonb');
    expect(province.total).toBe(3);
    expect(province.job.problems).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/^data\[0\] of \S+ was skipped: it has no "id"$/) }));
  });

  describe('a city Hub', () => {
    let city: Stored;
    beforeAll(async () => {
      city = await stored(harvested.db, 'guelph');
    });

    it('maps a feature layer: texts, epoch dates, extent, licence named in the HTML link, the layer’s downloads', () => {
      const r = city.get('3f8c1e2d4b5a46c7989a0b1c2d3e4f50_0');
      const page = `${guelph.url}/datasets/guelph::street-trees`;
      expect(r.title).toEqual({ en: 'Street Trees' });
      expect(r.description).toEqual({ en: 'Trees on City boulevards and in parks, maintained by Forestry.\n\nAttributes include species, diameter at breast height (DBH) and condition.' });
      expect(r.keywords).toEqual({ en: ['trees', 'urban forest', 'forestry'] });
      expect(r.licence?.id).toBe('OGL-Guelph');
      expect(r.spatial).toEqual({ bbox: [-80.3124, 43.4905, -80.1528, 43.5862] });
      expect(r.issued).toBe('2019-01-03T21:00:00.000Z');
      expect(r.modified).toBe('2024-04-30T16:00:00.000Z');
      expect(r.publisher).toEqual({ id: 'city-of-guelph', name: { en: 'City of Guelph' } });
      expect(r.contactPoint?.email).toBe('opendata@guelph.ca');
      expect(r.languages).toEqual(['en']);
      expect(r.provenance.landingPage).toBe(page);
      const sr = '?outSR=%7B%22wkid%22%3A26917%2C%22latestWkid%22%3A26917%7D';
      expect(formatsAndUrls(r)).toEqual([
        ['HTML', page],
        ['ESRI REST', 'https://services1.arcgis.com/Ggo0JUpbc6Yb1cSU/arcgis/rest/services/Street_Trees/FeatureServer/0'],
        ['GEOJSON', `${page}.geojson${sr}`],
        ['CSV', `${page}.csv${sr}`],
        ['KML', `${page}.kml${sr}`],
        ['SHP', `${page}.zip${sr}`],
      ]);
    });

    it('maps a table: the snippet as description, the item extent as box, no geometry downloads', () => {
      const r = city.get('8a7b6c5d4e3f40a1b2c3d4e5f6a7b8c9_1');
      const page = `${guelph.url}/datasets/guelph::building-permits-issued`;
      expect(r.description).toEqual({ en: 'Permits issued by Building Services since 2015, updated monthly.' });
      expect(r.spatial).toEqual({ bbox: [-80.3301, 43.4812, -80.1402, 43.6013] });
      expect(r.licence?.id).toBe('OGL-Guelph');
      expect(formatsAndUrls(r)).toEqual([
        ['HTML', page],
        ['ESRI REST', 'https://services1.arcgis.com/Ggo0JUpbc6Yb1cSU/arcgis/rest/services/Building_Permits/FeatureServer/1'],
        ['GEOJSON', `${page}.geojson`],
        ['CSV', `${page}.csv`],
      ]);
    });

    it('maps file items (a file geodatabase, a PDF) with the file itself to download', () => {
      const gdb = city.get('c0ffee00112233445566778899aabbcc');
      expect(gdb.licence?.id).toBe('CC-BY-4.0');
      expect(gdb.spatial).toEqual({ bbox: [-80.3301, 43.4812, -80.1402, 43.6013] });
      expect(formatsAndUrls(gdb)).toEqual([
        ['HTML', `${guelph.url}/datasets/guelph::zoning-by-law-file-geodatabase`],
        ['FGDB/GDB', 'https://www.arcgis.com/sharing/rest/content/items/c0ffee00112233445566778899aabbcc/data'],
      ]);
      const pdf = city.get('d1e2f3a4b5c6478899aabbccddeeff00');
      expect(pdf.title).toEqual({ en: '2023 Annual Water Quality Report' });
      expect(pdf.description).toEqual({ en: 'Results of the drinking water sampling program for 2023, as filed under O. Reg. 170/03.' });
      expect(pdf.publisher).toEqual({ id: 'guelph-water-services', name: { en: 'Guelph Water Services' } });
      expect(pdf.spatial).toBeUndefined();
      expect(formatsAndUrls(pdf)).toEqual([
        ['HTML', `${guelph.url}/documents/guelph::2023-annual-water-quality-report`],
        ['PDF', 'https://www.arcgis.com/sharing/rest/content/items/d1e2f3a4b5c6478899aabbccddeeff00/data'],
      ]);
    });

    it('maps a web map: its page, no licence chosen, no box for an empty extent', () => {
      const r = city.get('e5d4c3b2a1f0498877665544332211aa');
      expect(r.licence).toBeUndefined();
      expect(r.spatial).toBeUndefined();
      expect(formatsAndUrls(r)).toEqual([['HTML', `${guelph.url}/maps/guelph::snow-plow-routes-map`]]);
    });
  });

  describe('a bilingual provincial Hub', () => {
    let province: Stored;
    beforeAll(async () => {
      province = await stored(harvested.db, 'geonb');
    });

    it('tags each item’s texts with its culture; an Esri envelope in degrees is a box', () => {
      const en = province.get('4a7e9c1d2b3f4e5a6b7c8d9e0f1a2b3c_0');
      expect(en.title).toEqual({ en: 'Provincial Parks' });
      expect(en.description).toEqual({ en: 'Boundaries of New Brunswick’s provincial parks and protected natural areas.' });
      expect(en.keywords).toEqual({ en: ['parks', 'protected areas', 'GeoNB'] });
      expect(en.licence?.id).toBe('GeoNB-ODL');
      expect(en.spatial).toEqual({ bbox: [-69.06, 44.6, -63.77, 48.07] });
      expect(en.languages).toEqual(['en']);
      const page = `${geonb.url}/datasets/geonb::provincial-parks`;
      const sr = `?outSR=${encodeURIComponent('{"wkid":2953}')}`;
      expect(formatsAndUrls(en)).toEqual([
        ['HTML', page],
        ['ESRI REST', 'https://geonb.snb.ca/arcgis/rest/services/GeoNB_DNR_ProvincialParks/MapServer/0'],
        ['GEOJSON', `${page}.geojson${sr}`],
        ['CSV', `${page}.csv${sr}`],
        ['KML', `${page}.kml${sr}`],
        ['SHP', `${page}.zip${sr}`],
      ]);

      const fr = province.get('5b8f0d2e3c4a4f6b7c8d9e0f1a2b3c4d_0');
      expect(fr.title).toEqual({ fr: 'Parcs provinciaux' });
      expect(fr.description).toEqual({ fr: 'Limites des parcs provinciaux et des aires naturelles protégées du Nouveau-Brunswick.\n\nMise à jour : annuelle.' });
      expect(fr.keywords).toEqual({ fr: ['parcs', 'aires protégées', 'GeoNB'] });
      expect(fr.licence?.id).toBe('GeoNB-ODL');
      expect(fr.publisher).toEqual({ id: 'ministere-des-ressources-naturelles-et-du-developpement-de-l-energie', name: { fr: 'Ministère des Ressources naturelles et du Développement de l’énergie' } });
      expect(fr.languages).toEqual(['fr']);
      // An envelope in projected metres gives no box rather than a wrong one.
      expect(fr.spatial).toBeUndefined();
    });

    it('reads tags given as one text, and names the organization when the item credits no one', () => {
      const r = province.get('6c9a1e3f4d5b4a7c8d9e0f1a2b3c4d5e_2');
      expect(r.title).toEqual({ fr: 'Stations hydrométriques' });
      expect(r.keywords).toEqual({ fr: ['hydrométrie', "cours d'eau"] });
      expect(r.publisher).toEqual({ id: 'geonb', name: { fr: 'GeoNB' } });
      expect(r.spatial).toEqual({ bbox: [-68.2, 45.1, -64.3, 47.9] });
      expect(formatsAndUrls(r).map(([format]) => format)).toEqual(['HTML', 'ESRI REST', 'GEOJSON', 'CSV']);
    });
  });
});
