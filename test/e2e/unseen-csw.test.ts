// The "Done when" for CSW on catalogues no other test has seen, written by hand in the
// shapes of real servers (test/e2e/unseen/csw): a GeoNetwork 4 INSPIRE geoportal (French records
// translated through PT_FreeText with locale ids "NL", "DE", "EN", gmx:Anchor keywords, protocols
// and licences, GML 3.2 periods, a view service among the datasets, a nextRecord past the total)
// and a pycsw server asked by POST (ISO 19115-2 records, lxml's ns0 prefixes and a default
// namespace, a WFS service, a record that is not well-formed, nextRecord="0" at the end).
// Served from loopback, detected and harvested with the built CLI, read back from the database.
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/search/types.js';
import { runCli } from '../helpers/cli.js';
import type { RouteAnswer, RouteServer } from '../helpers/route-server.js';
import { harvestUnseen, startUnseenPortal, summary, unseenFile, type UnseenHarvest } from '../helpers/unseen-portal.js';

const XML = 'application/xml; charset=UTF-8';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function hits(matched: number): RouteAnswer {
  return {
    contentType: XML,
    body: `<?xml version="1.0"?><csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"><csw:SearchStatus timestamp="2024-05-02T10:11:12Z"/><csw:SearchResults numberOfRecordsMatched="${matched}" numberOfRecordsReturned="0" nextRecord="1" elementSet="full"/></csw:GetRecordsResponse>`,
  };
}

function exception(text: string): RouteAnswer {
  return {
    status: 400,
    contentType: XML,
    body: `<?xml version="1.0"?><ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" version="1.2.0"><ows:Exception exceptionCode="InvalidParameterValue"><ows:ExceptionText>${text}</ows:ExceptionText></ows:Exception></ows:ExceptionReport>`,
  };
}

/** A CSW endpoint over page files: GetCapabilities, hits, and result pages by start position (the
 * page size the source is configured with, or an exception as a server would answer a stray one). */
function csw(name: string, params: Record<string, string>, base: string, pages: Record<string, string>, pageSize: string, matched: number): RouteAnswer {
  const request = params['request'] ?? '';
  if (/^GetCapabilities$/i.test(request)) return { contentType: XML, body: unseenFile('csw', `${name}-capabilities.xml`, base) };
  if (!/^GetRecords$/i.test(request)) return exception(`request ${request} is not supported`);
  if (params['resultType'] === 'hits') return hits(matched);
  const page = pages[params['startPosition'] ?? '1'];
  if (params['maxRecords'] !== pageSize || page === undefined) return exception(`no page at ${params['startPosition']} of ${params['maxRecords']}`);
  return { contentType: XML, body: unseenFile('csw', page, base), chunkSize: 4096 };
}

/** The parameters of a KVP request, or of a POSTed GetRecords document. */
async function paramsOf(url: URL, req: IncomingMessage): Promise<Record<string, string>> {
  if (req.method !== 'POST') return Object.fromEntries([...url.searchParams.entries()]);
  const body = await readBody(req);
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(body)?.[1];
  return {
    request: /<(?:\w+:)?GetRecords\b/.test(body) ? 'GetRecords' : '',
    resultType: attr('resultType') ?? 'results',
    startPosition: attr('startPosition') ?? '1',
    maxRecords: attr('maxRecords') ?? '10',
  };
}

// Every step runs the built CLI in its own process, which takes seconds on a busy machine.
const CLI_TIMEOUT = 180_000;

let portal: RouteServer;

beforeAll(async () => {
  portal = await startUnseenPortal(async (url, base, _index, req) => {
    if (url.pathname === '/') return { contentType: 'text/html', body: '<!DOCTYPE html><html><body>Géoportail</body></html>' };
    if (url.pathname === '/geonetwork/srv/eng/csw') {
      return csw('geonetwork', await paramsOf(url, req), base, { '1': 'geonetwork-page-1.xml', '4': 'geonetwork-page-2.xml' }, '3', 5);
    }
    if (url.pathname === '/pycsw/csw') return csw('pycsw', await paramsOf(url, req), base, { '1': 'pycsw-page-1.xml', '3': 'pycsw-page-2.xml' }, '2', 4);
    return undefined;
  });
});

afterAll(async () => {
  await portal?.close();
});

async function detect(url: string): Promise<string> {
  const result = await runCli(['sources', 'detect', url]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

function source(id: string, url: string, options: string): string[] {
  return [`id: ${id}`, `name: { en: ${id}, fr: ${id} }`, 'type: csw', `url: ${url}`, 'jurisdiction: { level: international, code: BE }', 'primaryLanguage: bilingual', `options: ${options}`];
}

describe('a GeoNetwork 4 INSPIRE geoportal', () => {
  const ids = ['2b8a5c3e-7d54-4f0e-9a51-1f2c3d4e5f60', '9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', 'c0ffee00-1111-2222-3333-444455556666', '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', 'ortho-2023-wallonie'] as const;
  let run: UnseenHarvest;
  let endpoint: string;

  beforeAll(async () => {
    endpoint = `${portal.url}/geonetwork/srv/eng/csw`;
    run = await harvestUnseen(source('wallonie', endpoint, `{ maxRecords: 3, recordUrl: "${portal.url}/geonetwork/srv/fre/catalog.search#/metadata/{id}" }`), ids);
  }, CLI_TIMEOUT);

  it('is detected under the site root, with its title and count', async () => {
    const out = await detect(`${portal.url}/`);
    expect(out).toContain(`${portal.url}/: a csw portal ("Géoportail de la Wallonie (exemple) - catalogue CSW"), 5 record(s)`);
    expect(out).toMatch(/\n {2}type: csw\n/);
    expect(out).toContain(`url: ${endpoint}\n`);
  }, CLI_TIMEOUT);

  it('pages to the end, keeps the service, and names the record without identification', () => {
    expect(run.cli.code, run.cli.stderr).toBe(0);
    expect(run.job.counts.seen).toBe(5);
    expect(run.job.counts.added).toBe(4);
    expect([...run.records.keys()].sort()).toEqual([ids[0], ids[1], ids[3], ids[4]].sort());
    expect(run.job.problems).toContainEqual(expect.objectContaining({ recordId: ids[2], reason: `record "${ids[2]}" has no gmd:identificationInfo` }));
    // Two GetRecords pages of 3 (start 1 and 4), nothing asked past the announced total.
    const pages = portal.requests.filter((u) => u.pathname === '/geonetwork/srv/eng/csw' && u.searchParams.get('resultType') === 'results');
    expect(pages.map((u) => u.searchParams.get('startPosition'))).toEqual(['1', '4']);
  });

  it('maps a French record with Dutch, German and English translations, anchors and an open-ended period', () => {
    expect(summary(run.records.get(ids[0])!)).toEqual({
      title: { fr: 'Réseau hydrographique wallon', nl: 'Waals hydrografisch netwerk', de: 'Wallonisches Gewässernetz', en: 'Walloon hydrographic network' },
      description: {
        fr: "Cours d'eau et plans d'eau de Wallonie.\n\nLe réseau est mis à jour en continu par le gestionnaire.",
        nl: 'Waterlopen en watervlakken van Wallonië.',
        en: 'Watercourses and water bodies of Wallonia.\n\nThe network is updated continuously.',
      },
      keywords: { fr: ['Belgique', 'Hydrographie', 'Wallonie'], nl: ['Hydrografie'], de: ['Gewässernetz'], en: ['Hydrography'] },
      subjects: ['nature_and_environment'],
      languages: ['fr'],
      publisher: {
        id: 'public-service-of-wallonia-spw',
        name: { fr: 'Service public de Wallonie (SPW)', nl: 'Waalse Overheidsdienst (SPW)', de: 'Öffentlicher Dienst der Wallonie (SPW)', en: 'Public Service of Wallonia (SPW)' },
      },
      licence: { id: 'CC-BY-4.0', url: expect.stringContaining('creativecommons.org/licenses/by/4.0') },
      frequency: 'continual',
      issued: '2006-01-01',
      modified: '2023-11-30',
      temporal: { start: '2006-01-01' },
      spatial: { bbox: [2.84, 49.45, 6.41, 50.85], places: ['Belgique', 'Wallonie'] },
      contactPoint: { name: { fr: 'Helpdesk géomatique' }, email: 'helpdesk.carto@spw.wallonie.example' },
      landingPage: `${portal.url}/geonetwork/srv/fre/catalog.search#/metadata/${ids[0]}`,
      distributions: [
        { url: 'https://geoportail.wallonie.example/telechargement/ressource/2b8a5c3e', title: { fr: 'Téléchargement direct', en: 'Direct download' }, format: 'GPKG', resourceType: 'dataset' },
        { url: 'https://geoservices.wallonie.example/arcgis/services/EAU/HYDRO/MapServer/WMSServer?request=GetCapabilities&service=WMS', title: { fr: 'Service de visualisation WMS' }, format: 'WMS', resourceType: 'web_service' },
      ],
    });
    expect(run.records.get(ids[0])!.provenance.modifiedAtSource).toBe('2024-03-14T09:26:41.000Z');
  });

  it('maps a view service: its connect point and capabilities link, its extent, a licence URL inside a sentence', () => {
    expect(summary(run.records.get(ids[1])!)).toEqual({
      title: { fr: 'Service de visualisation WMS du réseau hydrographique', en: 'WMS view service of the hydrographic network' },
      description: { fr: 'Ce service permet de visualiser le réseau hydrographique wallon.' },
      keywords: { fr: ['Service d’accès aux cartes'] },
      subjects: [],
      languages: [],
      publisher: { id: 'service-public-de-wallonie-spw', name: { fr: 'Service public de Wallonie (SPW)' } },
      licence: { id: 'CC-BY-4.0', url: expect.stringContaining('creativecommons.org/licenses/by/4.0') },
      issued: '2019-05-06',
      modified: '2024-01-22T16:02:00.000Z',
      spatial: { bbox: [2.84, 49.45, 6.41, 50.85] },
      contactPoint: { name: { fr: 'Service public de Wallonie (SPW)' }, email: 'geoservices@spw.wallonie.example' },
      landingPage: `${portal.url}/geonetwork/srv/fre/catalog.search#/metadata/${ids[1]}`,
      distributions: [
        { url: 'https://geoservices.wallonie.example/arcgis/services/EAU/HYDRO/MapServer/WMSServer', title: { und: 'WMSServer' }, format: 'WMS', resourceType: 'web_service' },
        { url: 'https://geoservices.wallonie.example/arcgis/services/EAU/HYDRO/MapServer/WMSServer?request=GetCapabilities&service=WMS', title: { und: 'WMSServer' }, format: 'WMS', resourceType: 'web_service' },
      ],
    });
  });

  it('reads a translation whose locale is never declared, a time instant and a CC0 anchor', () => {
    expect(summary(run.records.get(ids[3])!)).toEqual({
      title: { nl: 'Natura 2000-gebieden', fr: 'Sites Natura 2000', en: 'Natura 2000 sites' },
      description: { nl: 'Afbakening van de Natura 2000-gebieden.', fr: 'Délimitation des sites Natura 2000.', en: 'Boundaries of the Natura 2000 sites.' },
      keywords: { nl: ['Beschermde gebieden'], fr: ['Sites protégés'], en: ['Protected sites'] },
      subjects: ['nature_and_environment'],
      languages: ['nl'],
      publisher: { id: 'research-institute-for-nature-and-forest', name: { nl: 'Instituut voor Natuur- en Bosonderzoek', en: 'Research Institute for Nature and Forest' } },
      licence: { id: 'CC0-1.0', url: expect.stringContaining('creativecommons.org/publicdomain/zero/1.0') },
      frequency: 'as_needed',
      issued: '2021-06-30',
      modified: '2023-07-04',
      temporal: { start: '2021-06-30', end: '2021-06-30' },
      spatial: { bbox: [2.54, 50.68, 5.92, 51.51] },
      contactPoint: { name: { nl: 'Instituut voor Natuur- en Bosonderzoek', en: 'Research Institute for Nature and Forest' } },
      landingPage: `${portal.url}/geonetwork/srv/fre/catalog.search#/metadata/${ids[3]}`,
      distributions: [
        { url: 'https://downloads.natuur.example/natura2000/natura2000_2021.zip', title: { und: 'natura2000_2021.zip' }, format: 'ZIP', resourceType: 'dataset' },
        { url: 'https://geo.natuur.example/geoserver/ows?service=WFS&request=GetCapabilities', title: { nl: 'ps:natura2000' }, format: 'WFS', resourceType: 'web_service' },
      ],
    });
  });

  it('makes an HTML abstract safe text, and leaves out a licence the record does not state', () => {
    expect(summary(run.records.get(ids[4])!)).toEqual({
      title: { fr: 'Orthophotos 2023' },
      description: { fr: 'Orthophotoplans couleur de la Wallonie, résolution 25 cm.\n\n- Printemps 2023\n- Proche infrarouge' },
      keywords: { fr: ['imagerie', 'orthophotos'] },
      subjects: ['science_and_technology'],
      languages: [],
      modified: '2024-04-18T11:00:00.000Z',
      spatial: { bbox: [2.84, 49.45, 6.41, 50.85] },
      landingPage: `${portal.url}/geonetwork/srv/fre/catalog.search#/metadata/${ids[4]}`,
      distributions: [
        { url: 'https://geoservices.wallonie.example/arcgis/rest/services/IMAGERIE/ORTHO_2023/MapServer', title: { fr: 'Service REST ArcGIS' }, format: 'ESRI REST', resourceType: 'web_service' },
      ],
    });
  });

  it('finds the records in search in French and in English', async () => {
    const search = async (args: string[]) => {
      const result = await runCli(['search', '--json', '--db', run.dbPath, ...args]);
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as SearchResponse;
    };
    const fr = await search(['hydrographique', '--lang', 'fr']);
    expect(fr.results.map((r) => r.title.text).sort()).toEqual(['Réseau hydrographique wallon', 'Service de visualisation WMS du réseau hydrographique']);
    const en = await search(['Natura', '--lang', 'en']);
    expect(en.results.map((r) => r.title.text)).toEqual(['Natura 2000 sites']);
  }, CLI_TIMEOUT);
});

describe('a pycsw server asked by POST', () => {
  const ids = ['gov.noaa.ncei:crm-southeast-atlantic', 'geoserver-ows-wfs-transport', 'lakes-survey-2019', 'spaignbtn25_2024'] as const;
  let run: UnseenHarvest;
  let endpoint: string;

  beforeAll(async () => {
    endpoint = `${portal.url}/pycsw/csw`;
    run = await harvestUnseen(source('pycsw-sample', endpoint, '{ method: POST, maxRecords: 2 }'), ids);
  }, CLI_TIMEOUT);

  it('is detected from a pasted GetCapabilities URL', async () => {
    const out = await detect(`${endpoint}?service=CSW&version=2.0.2&request=GetCapabilities`);
    expect(out).toContain(`: a csw portal ("pycsw Geospatial Catalogue"), 4 record(s)`);
    expect(out).toContain(`url: ${endpoint}\n`);
  }, CLI_TIMEOUT);

  it('pages by POST to nextRecord="0", and names the record that is not well-formed', () => {
    expect(run.cli.code, run.cli.stderr).toBe(0);
    expect(run.job.counts.added).toBe(3);
    expect([...run.records.keys()].sort()).toEqual([ids[0], ids[1], ids[3]].sort());
    const broken = run.job.problems.find((p) => p.recordId === 'lakes-survey-2019');
    expect(broken?.reason).toMatch(/^record "lakes-survey-2019" of .*\/pycsw\/csw \(POST GetRecords startPosition=3\) is not well-formed XML and was skipped: /);
  });

  it('maps an ISO 19115-2 record: distributor links, GML 3.1.1 instants, public domain by its URL', () => {
    expect(summary(run.records.get(ids[0])!)).toEqual({
      title: { en: 'U.S. Coastal Relief Model - Southeast Atlantic' },
      description: { en: 'The Coastal Relief Model provides a comprehensive view of the\nU.S. coastal zone integrating land topography with ocean bathymetry.' },
      keywords: { en: ['EARTH SCIENCE > OCEANS > BATHYMETRY/SEAFLOOR TOPOGRAPHY > BATHYMETRY', 'Southeast Atlantic', 'coastal relief'] },
      subjects: ['nature_and_environment', 'science_and_technology'],
      languages: ['en'],
      publisher: { id: 'noaa-national-centers-for-environmental-information', name: { en: 'NOAA National Centers for Environmental Information' } },
      licence: { id: 'other-pd', url: 'https://www.usa.gov/government-works' },
      issued: '1999-01-01',
      modified: '2023-12-01',
      temporal: { start: '1933-01-01', end: '1998-12-31' },
      spatial: { bbox: [-85, 24, -75, 36], places: ['Southeast Atlantic'] },
      contactPoint: { name: { en: 'DOC/NOAA/NESDIS/NCEI > National Centers for Environmental Information' }, email: 'ncei.info@noaa.example' },
      distributions: [
        { url: 'https://www.ncei.noaa.example/products/coastal-relief-model', title: { en: 'Product page' } },
        { url: 'https://www.ngdc.noaa.example/thredds/fileServer/crm/crm_vol2.nc', title: { en: 'NetCDF download' }, format: 'NetCDF', resourceType: 'dataset' },
      ],
    });
  });

  it('maps a WFS service written with ns0/ns1 prefixes, its repeated connect point once', () => {
    expect(summary(run.records.get(ids[1])!)).toEqual({
      title: { en: 'Transport network - Web Feature Service' },
      description: { en: 'Road and rail segments served by GeoServer as WFS 2.0.' },
      keywords: { en: ['WFS', 'railways', 'roads'] },
      subjects: [],
      languages: [],
      publisher: { id: 'open-transport-data-lab', name: { en: 'Open Transport Data Lab' } },
      licence: { id: 'ODbL-1.0', url: expect.stringContaining('opendatacommons.org/licenses/odbl') },
      modified: '2024-02-29T12:00:00.000Z',
      spatial: { bbox: [-10.5, 34.8, 31.6, 71.2] },
      contactPoint: { name: { en: 'Open Transport Data Lab' } },
      distributions: [{ url: 'https://geo.transportlab.example/geoserver/ows?service=WFS', title: { und: 'ows' }, format: 'WFS', resourceType: 'web_service' }],
    });
  });

  it('maps a Spanish record in a default namespace, its download named by the record’s one distribution format', () => {
    expect(summary(run.records.get(ids[3])!)).toEqual({
      title: { es: 'Base Topográfica Nacional 1:25.000 (BTN25)', en: 'National Topographic Base 1:25,000 (BTN25)' },
      description: { es: 'Base de datos topográfica de España a escala 1:25.000.', en: 'Topographic database of Spain at 1:25,000 scale.' },
      keywords: { es: ['BTN25', 'Topografía'], en: ['Topography'] },
      subjects: ['science_and_technology'],
      languages: ['es'],
      publisher: { id: 'instituto-geografico-nacional', name: { es: 'Instituto Geográfico Nacional' } },
      licence: { id: 'CC-BY-4.0', url: expect.stringContaining('creativecommons.org/licenses/by/4.0') },
      frequency: 'P1Y',
      modified: '2024-02-15',
      spatial: { bbox: [-18.17, 27.64, 4.32, 43.79] },
      contactPoint: { name: { es: 'Instituto Geográfico Nacional' }, email: 'consulta@cnig.example' },
      distributions: [
        { url: 'https://centrodedescargas.cnig.example/CentroDescargas/catalogo.do?Serie=BTN25', title: { es: 'Centro de Descargas del CNIG' }, format: 'SHP', resourceType: 'dataset' },
        { url: 'https://www.ign.example/wms-inspire/ign-base?request=GetCapabilities&service=WMS', title: { es: 'IGNBaseTodo' }, format: 'WMS', resourceType: 'web_service' },
      ],
    });
    expect(run.records.get(ids[3])!.provenance.modifiedAtSource).toBe('2024-03-01T07:30:00.000Z');
  });
});
