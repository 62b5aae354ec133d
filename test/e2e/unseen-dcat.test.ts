// The "Done when" for DCAT on catalogues no other test has seen, written by hand in the
// shapes of three real families (test/e2e/unseen/dcat): a data.europa.eu-style DCAT-AP 2 catalogue
// in RDF/XML (EU authority IRIs, IANA media types, five languages, Hydra PartialCollectionView),
// a GovData.de-style DCAT-AP.de catalogue in Turtle (dcterms:/dcatde: prefixes, untagged German,
// blank-node distributions, legacy Hydra paging with literal links), and an opendata.swiss-style
// JSON-LD catalogue (@graph, compact IRIs, @language maps, distributions as separate nodes).
// Served from loopback, detected and harvested with the built CLI, read back from the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/search/types.js';
import { runCli } from '../helpers/cli.js';
import type { RouteServer } from '../helpers/route-server.js';
import { harvestUnseen, startUnseenPortal, summary, unseenFile, type UnseenHarvest } from '../helpers/unseen-portal.js';

const EU = 'http://data.europa.example/88u/';
const GOVDATA = 'https://www.govdata.example/ckan/';
const SWISS = 'https://opendata.swiss.example/';

// Every step runs the built CLI in its own process, which takes seconds on a busy machine.
const CLI_TIMEOUT = 180_000;

let portal: RouteServer;

beforeAll(async () => {
  portal = await startUnseenPortal((url, base) => {
    const page = url.searchParams.get('page');
    if (url.pathname === '/api/hub/repo/catalogues/european-sample') {
      return { body: unseenFile('dcat', page === '1' ? 'eu-page-1.rdf' : 'eu-page-0.rdf', base), contentType: 'application/rdf+xml' };
    }
    // The CKAN site root is an HTML page; its catalogue is at /catalog.ttl.
    if (url.pathname === '/ckan/' || url.pathname === '/ckan') return { body: '<!DOCTYPE html><html><head><title>GovData</title></head><body><h1>GovData</h1></body></html>', contentType: 'text/html; charset=utf-8' };
    if (url.pathname === '/ckan/catalog.ttl') {
      return { body: unseenFile('dcat', page === '2' ? 'govdata-page-2.ttl' : 'govdata-page-1.ttl', base), contentType: 'text/turtle; charset=utf-8', chunkSize: 700 };
    }
    if (url.pathname === '/api/dcat/catalog.jsonld') {
      return { body: unseenFile('dcat', page === '2' ? 'swiss-page-2.jsonld' : 'swiss-page-1.jsonld', base), contentType: 'application/ld+json' };
    }
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

async function search(dbPath: string, args: string[]): Promise<SearchResponse> {
  const result = await runCli(['search', '--json', '--db', dbPath, ...args]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as SearchResponse;
}

function source(id: string, url: string, extra: string[] = []): string[] {
  return [`id: ${id}`, `name: { en: ${id}, fr: ${id} }`, 'type: dcat', `url: ${url}`, 'jurisdiction: { level: international, code: EU }', 'primaryLanguage: bilingual', ...extra];
}

describe('a data.europa.eu-style DCAT-AP 2 catalogue in RDF/XML, two Hydra pages', () => {
  const ids = ['luftguete-messstellen', 'stazioni-bike-sharing-milano', 'base-adresse-nationale', 'zwemwaterlocaties', 'parkeer-en-laadpunten'].map((s) => `${EU}dataset/${s}`);
  let run: UnseenHarvest;
  let start: string;

  beforeAll(async () => {
    start = `${portal.url}/api/hub/repo/catalogues/european-sample`;
    run = await harvestUnseen(source('eu-sample', start), ids);
  }, CLI_TIMEOUT);

  it('is detected as DCAT with its title and announced total', async () => {
    const out = await detect(start);
    expect(out).toContain(`${start}: a dcat portal ("European Sample Catalogue"), 5 record(s)`);
    expect(out).toContain('paged with Hydra');
    expect(out).toMatch(/\n {2}type: dcat\n/);
    expect(out).toContain(`url: ${start}\n`);
  }, CLI_TIMEOUT);

  it('harvests every page, keeps the datasets a broken one follows, and names the broken one', () => {
    expect(run.cli.code, run.cli.stderr).toBe(0);
    expect(run.job.counts.added).toBe(4);
    expect([...run.records.keys()].sort()).toEqual(ids.slice(0, 4).sort());
    // The bare "&" of its title swallows the rest of the page: it is named, not kept half read.
    const broken = run.job.problems.find((p) => p.recordId === ids[4]);
    expect(broken?.reason).toMatch(/^the document broke off while describing it: the RDF\/XML document at .*european-sample\?page=1 is malformed: /);
    // Nothing may be withdrawn on the strength of a listing that broke off.
    expect(run.job.complete).toBe(false);
  });

  it('maps EU authority IRIs, several languages, HTML descriptions, vCards, WKT boxes and periods', () => {
    expect(summary(run.records.get(ids[0]!)!)).toEqual({
      title: { de: 'Luftgütemessstellen in Österreich', en: 'Air quality monitoring stations in Austria', fr: 'Stations de mesure de la qualité de l’air en Autriche' },
      description: { de: 'Standorte und Messgrößen der Luftgütemessstellen.', en: 'Locations and measured pollutants of the air quality monitoring network.\n\nUpdated daily.' },
      keywords: { de: ['Feinstaub', 'Luftqualität'], en: ['air quality', 'particulate matter'], fr: ['qualité de l’air'] },
      subjects: ['nature_and_environment'],
      languages: ['de', 'en'],
      publisher: { id: `${EU}organisation/umweltbundesamt`, name: { de: 'Umweltbundesamt', en: 'Environment Agency Austria' } },
      licence: { id: 'CC-BY-4.0', url: expect.stringContaining('creativecommons.org/licenses/by/4.0') },
      frequency: 'P1D',
      issued: '2019-03-01',
      modified: '2024-02-10T23:00:00.000Z',
      temporal: { start: '2010-01-01', end: '2023-12-31' },
      spatial: { bbox: [9.53, 46.37, 17.16, 49.02], places: ['Austria'] },
      contactPoint: { name: { und: 'Umweltbundesamt – Luftreinhaltung' }, email: 'luft@umweltbundesamt.example' },
      accessRights: 'public',
      landingPage: 'https://www.umweltbundesamt.example/luft/messstellen',
      distributions: [
        { url: 'https://maps.umweltbundesamt.example/wms?SERVICE=WMS&REQUEST=GetCapabilities', title: { en: 'Map service' }, format: 'WMS' },
        { url: 'https://www.umweltbundesamt.example/luft/messstellen.csv', title: { en: 'Stations (CSV)', de: 'Messstellen (CSV)' }, format: 'CSV', mediaType: 'text/csv', size: 48213 },
      ],
    });
    // The catalogue record's stamp is the source's modification stamp.
    expect(run.records.get(ids[0]!)!.provenance.modifiedAtSource).toBe('2024-02-11T08:15:30.000Z');
  });

  it('reads GeoJSON geometries, blank-node publishers by identifier and distribution licences', () => {
    expect(summary(run.records.get(ids[1]!)!)).toEqual({
      title: { it: 'Stazioni del bike sharing', en: 'Bike sharing stations' },
      description: { it: 'Posizione e capienza delle stazioni BikeMi del Comune di Milano.', en: 'Location and capacity of the\nBikeMi stations of the City of Milan.' },
      keywords: { it: ['bicicletta', 'mobilità'], en: ['cycling'] },
      subjects: ['transport'],
      languages: [],
      publisher: { id: 'c_f205', name: { it: 'Comune di Milano' } },
      licence: { id: 'CC0-1.0', url: expect.stringContaining('creativecommons.org/publicdomain/zero/1.0') },
      frequency: 'irregular',
      modified: '2023-11-05',
      temporal: { start: '2018-06-01' },
      spatial: { bbox: [9.04, 45.38, 9.28, 45.54] },
      landingPage: `${EU}dataset/stazioni-bike-sharing-milano`,
      distributions: [
        { url: 'https://dati.comune.milano.example/dataset/bike-sharing/resource/stazioni.json', title: { und: 'stazioni.json' }, format: 'JSON', mediaType: 'application/json' },
        { url: 'https://dati.comune.milano.example/download/stazioni', title: { it: 'Stazioni (GeoJSON)' }, format: 'GEOJSON' },
      ],
    });
  });

  it('takes a dataset-level licence page IRI, CRS-prefixed WKT and an access service endpoint', () => {
    const ban = summary(run.records.get(ids[2]!)!);
    // The same keyword twice in another case is one keyword.
    expect((ban['keywords'] as { fr: string[] }).fr.map((k) => k.toLowerCase())).toEqual(['adresse', 'géocodage']);
    expect({ ...ban, keywords: undefined }).toEqual({
      title: { fr: 'Base Adresse Nationale' },
      description: { fr: 'La Base Adresse Nationale est l’une des neuf bases de données du service public des données de référence.' },
      keywords: undefined,
      subjects: ['society_and_culture'],
      languages: [],
      publisher: { id: `${EU}organisation/etalab`, name: { und: 'etalab' } },
      licence: { id: 'etalab-2.0', url: expect.stringContaining('etalab.gouv.fr') },
      frequency: 'P1W',
      spatial: { bbox: [-5.14, 41.33, 9.56, 51.09] },
      landingPage: `${EU}dataset/base-adresse-nationale`,
      distributions: [
        { url: 'https://adresse.data.gouv.example/data/ban/adresses/latest/csv/adresses-france.csv.gz', title: { fr: 'Export national (CSV compressé)' }, format: 'CSV' },
        { url: 'https://api-adresse.data.gouv.example/search/', title: { fr: 'API de géocodage' }, resourceType: 'api' },
      ],
    });
  });

  it('reads a latitude-first EPSG:4326 geometry, and media types by IANA IRI alone', () => {
    expect(summary(run.records.get(ids[3]!)!)).toEqual({
      title: { nl: 'Zwemwaterlocaties', en: 'Bathing water sites' },
      description: { nl: 'Officiële zwemwaterlocaties met de kwaliteitsklasse van het laatste seizoen.', en: 'Official bathing water sites with the quality class of the last season.' },
      keywords: { nl: ['zwemwater'], en: ['bathing water', 'water quality'] },
      subjects: ['health_and_safety', 'nature_and_environment'],
      languages: [],
      publisher: { id: `${EU}organisation/rijkswaterstaat`, name: { nl: 'Rijkswaterstaat' } },
      licence: { id: 'CC-BY-4.0', url: expect.stringContaining('creativecommons.org/licenses/by/4.0') },
      frequency: 'P1Y',
      temporal: { start: '2015-05-01', end: '2023-09-30' },
      spatial: { bbox: [3.36, 50.75, 7.23, 53.55] },
      landingPage: `${EU}dataset/zwemwaterlocaties`,
      distributions: [
        { url: 'https://service.pdok.example/rws/zwemwater/atom/downloads/zwemwater.gpkg', title: { nl: 'Zwemwater (GeoPackage)' }, format: 'GPKG', mediaType: 'application/geopackage+sqlite3' },
        { url: 'https://service.pdok.example/rws/zwemwater/wfs/v1_0?request=GetCapabilities&service=WFS', title: { nl: 'Zwemwater WFS' }, format: 'WFS' },
      ],
    });
  });

  it('finds the datasets in search, in either interface language', async () => {
    const fr = await search(run.dbPath, ['qualité', '--lang', 'fr']);
    expect(fr.results.map((r) => r.id)).toContain(`eu-sample:${ids[0]}`);
    expect(fr.results.find((r) => r.id === `eu-sample:${ids[0]}`)?.title.text).toBe('Stations de mesure de la qualité de l’air en Autriche');
    const en = await search(run.dbPath, ['bathing', '--lang', 'en']);
    expect(en.results.map((r) => r.title.text)).toEqual(['Bathing water sites']);
  }, CLI_TIMEOUT);
});

describe('a GovData.de-style DCAT-AP.de catalogue in Turtle, found under the site root', () => {
  const ids = ['bevoelkerungsstand-bundeslaender', 'radverkehrszaehlstellen-berlin', 'hochwassergefahrenkarten-sachsen', 'schulstandorte-hamburg'].map((s) => `${GOVDATA}dataset/${s}`);
  let run: UnseenHarvest;

  beforeAll(async () => {
    run = await harvestUnseen(source('govdata-sample', `${portal.url}/ckan/catalog.ttl`), ids);
  }, CLI_TIMEOUT);

  it('is detected at /catalog.ttl under the CKAN site root', async () => {
    const out = await detect(`${portal.url}/ckan/`);
    expect(out).toContain(`${portal.url}/ckan/: a dcat portal ("GovData Beispielkatalog"), 4 record(s) (${portal.url}/ckan/catalog.ttl answered Turtle`);
    expect(out).toContain(`url: ${portal.url}/ckan/catalog.ttl\n`);
  }, CLI_TIMEOUT);

  it('harvests both pages and names the dataset the broken Turtle was describing', () => {
    expect(run.cli.code, run.cli.stderr).toBe(0);
    expect(run.job.counts.added).toBe(3);
    expect([...run.records.keys()].sort()).toEqual(ids.slice(0, 3).sort());
    const broken = run.job.problems.find((p) => p.recordId === ids[3]);
    expect(broken?.reason).toMatch(/^the document broke off while describing it: the Turtle document at .*catalog\.ttl\?page=2 is malformed/);
  });

  it('maps untagged German text, Markdown, dcat-ap.de licences, GeoJSON literals and schema.org periods', () => {
    expect(summary(run.records.get(ids[0]!)!)).toEqual({
      title: { und: 'Bevölkerungsstand: Bundesländer, Stichtag' },
      description: { und: 'Bevölkerung nach Bundesländern zum Stichtag 31.12.\n\nQuelle: Statistisches Bundesamt, GENESIS-Online' },
      keywords: { und: ['Bevölkerung', 'Bundesländer', 'Demografie'] },
      subjects: ['government_and_politics', 'society_and_culture'],
      languages: [],
      publisher: { id: 'statistisches-bundesamt', name: { und: 'Statistisches Bundesamt' } },
      licence: { id: 'DL-DE-BY-2.0', url: 'https://www.govdata.de/dl-de/by-2-0' },
      frequency: 'P1Y',
      issued: '2024-06-20T10:12:00.000Z',
      modified: '2024-06-21T07:40:00.000Z',
      temporal: { start: '2023-12-31', end: '2023-12-31' },
      spatial: { bbox: [5.87, 47.27, 15.04, 55.06] },
      contactPoint: { name: { und: 'Destatis Auskunftsdienst' }, email: 'info@destatis.example', url: 'https://www.destatis.example/kontakt' },
      landingPage: ids[0],
      distributions: [
        { url: 'https://www-genesis.destatis.example/genesisWS/rest/2020/data/tablefile?name=12411-0010&format=ffcsv', title: { und: 'Bevölkerungsstand (CSV)' }, format: 'CSV', mediaType: 'text/csv', size: 12000 },
        { url: 'https://www-genesis.destatis.example/genesisWS/rest/2020/data/tablefile?name=12411-0010&format=xlsx', title: { und: 'Bevölkerungsstand (XLSX)' }, format: 'XLSX' },
      ],
    });
  });

  it('maps tagged literals, HTML lists, a publisher described elsewhere and a licence by its table code', () => {
    expect(summary(run.records.get(ids[1]!)!)).toEqual({
      title: { de: 'Radverkehrszählstellen Berlin', en: 'Bicycle counting stations in Berlin' },
      description: { de: 'Standorte und Stundenwerte der Zählstellen.\n\n- Dauerzählstellen\n- Zählstellen an Brücken' },
      keywords: { de: ['Fahrrad', 'Radverkehr', 'Verkehr'], en: ['cycling'] },
      subjects: ['transport'],
      languages: [],
      publisher: { id: `${GOVDATA}organization/senatsverwaltung-mobilitaet`, name: { und: 'Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt' } },
      licence: { id: 'CC-BY-4.0', url: expect.stringContaining('creativecommons.org/licenses/by/4.0') },
      frequency: 'continual',
      modified: '2024-01-15',
      spatial: { bbox: [13.08, 52.33, 13.77, 52.68] },
      landingPage: ids[1],
      distributions: [{ url: 'https://api.viz.berlin.example/daten/verkehr/radzaehler', title: { de: 'Zählstellen API' }, format: 'JSON' }],
    });
  });

  it('reads a GML envelope and keeps the datasets read before the page broke', () => {
    expect(summary(run.records.get(ids[2]!)!)).toEqual({
      title: { und: 'Hochwassergefahrenkarten Sachsen' },
      description: { und: 'Überflutungsflächen und Wassertiefen für Hochwasser mittlerer Wahrscheinlichkeit (HQ100).' },
      keywords: { und: ['Hochwasser', 'inspireidentifiziert'] },
      subjects: [],
      languages: [],
      publisher: { id: 'landesamt-fur-umwelt-landwirtschaft-und-geologie', name: { und: 'Landesamt für Umwelt, Landwirtschaft und Geologie' } },
      licence: { id: 'DL-DE-ZERO-2.0', url: 'https://www.govdata.de/dl-de/zero-2-0' },
      spatial: { bbox: [11.87, 50.17, 15.04, 51.68] },
      landingPage: ids[2],
      distributions: [
        { url: 'https://geodienste.sachsen.example/downloads/hwgk_hq100.zip', title: { und: 'hwgk_hq100.zip' }, format: 'ZIP' },
        { url: 'https://geodienste.sachsen.example/wms_geosn_hwgk/guest?SERVICE=WMS&REQUEST=GetCapabilities', title: { und: 'WMS Hochwassergefahrenkarten' }, format: 'WMS' },
      ],
    });
  });
});

describe('an opendata.swiss-style JSON-LD catalogue with @graph and @language maps', () => {
  const ids = ['perma/velozaehlstellen@stadt-zuerich', 'perma/gewaesserschutzbereiche@bafu', 'perma/lawinenbulletin@slf'].map((s) => `${SWISS}${s}`);
  let run: UnseenHarvest;
  let start: string;

  beforeAll(async () => {
    start = `${portal.url}/api/dcat/catalog.jsonld`;
    run = await harvestUnseen(source('swiss-sample', start), ids);
  }, CLI_TIMEOUT);

  it('is detected as DCAT in JSON-LD', async () => {
    const out = await detect(start);
    expect(out).toContain(`${start}: a dcat portal ("Swiss sample catalogue"), 4 record(s) (${start} answered JSON-LD`);
    expect(out).toContain('primaryLanguage: bilingual');
  }, CLI_TIMEOUT);

  it('harvests both pages and reports the dataset that cannot be identified, with its page', () => {
    expect(run.cli.code, run.cli.stderr).toBe(0);
    expect(run.job.counts.added).toBe(3);
    expect([...run.records.keys()].sort()).toEqual([...ids].sort());
    expect(run.job.problems.map((p) => p.reason)).toContainEqual(expect.stringMatching(/^a dataset of .*catalog\.jsonld\?page=2 is a blank node without dct:identifier: it cannot be identified and was skipped$/));
  });

  it('maps language maps, distributions given as separate nodes, Dublin Core frequencies and Swiss terms of use', () => {
    const zurich = summary(run.records.get(ids[0]!)!);
    expect((zurich['keywords'] as { fr: string[] }).fr.map((k) => k.toLowerCase()).sort()).toEqual(['circulation', 'vélo']);
    expect({ ...zurich, keywords: { ...(zurich['keywords'] as object), fr: undefined } }).toEqual({
      title: { de: 'Velozählstellen', fr: 'Stations de comptage de vélos', it: 'Stazioni di conteggio delle biciclette', en: 'Bicycle counting stations' },
      description: {
        de: 'Standorte und Zählwerte der automatischen Velozählstellen der Stadt Zürich.',
        fr: 'Emplacements et comptages des stations automatiques de comptage de vélos de la ville de Zurich.',
        en: 'Locations and counts of the automatic bicycle counting stations of the City of Zurich.',
      },
      keywords: { de: ['velo', 'verkehr'], en: ['bicycle'], fr: undefined },
      subjects: ['transport'],
      languages: ['de', 'fr'],
      publisher: { id: `${SWISS}organization/stadt-zuerich`, name: { de: 'Stadt Zürich', fr: 'Ville de Zurich' } },
      licence: { id: 'other-at', url: 'http://dcat-ap.ch/vocabulary/licenses/terms_by' },
      frequency: 'P1D',
      issued: '2016-02-02',
      modified: '2024-03-18T05:30:00.000Z',
      temporal: { start: '2009-01-01' },
      spatial: { bbox: [8.45, 47.32, 8.63, 47.43], places: ['Zürich'] },
      contactPoint: { name: { und: 'Tiefbauamt der Stadt Zürich' }, email: 'verkehrsdaten@zuerich.example' },
      landingPage: 'https://www.stadt-zuerich.example/velozaehlungen',
      distributions: [
        { url: 'https://data.stadt-zuerich.example/dataset/velo/download/2024_verkehrszaehlungen_werte_fussgaenger_velo.csv', title: { de: 'Zählwerte 2024', fr: 'Comptages 2024' }, format: 'CSV', mediaType: 'text/csv', size: 104857600 },
        { url: 'https://data.stadt-zuerich.example/dataset/velo/download/standorte.geojson', title: { de: 'Standorte' }, format: 'GEOJSON' },
      ],
    });
  });

  it('maps Markdown descriptions, embedded publishers, GeoJSON multipolygons and media types alone', () => {
    expect(summary(run.records.get(ids[1]!)!)).toEqual({
      title: { fr: 'Secteurs de protection des eaux', de: 'Gewässerschutzbereiche' },
      description: { fr: 'Secteurs Au et Ao de protection des eaux. Voir la documentation.', de: 'Gewässerschutzbereiche Au und Ao.' },
      keywords: { fr: ['eaux souterraines'], de: ['Grundwasser'] },
      subjects: [],
      languages: [],
      publisher: { id: `${SWISS}organization/bafu`, name: { fr: 'Office fédéral de l’environnement', de: 'Bundesamt für Umwelt' } },
      licence: { id: 'CC0-1.0', url: expect.stringContaining('creativecommons.org/publicdomain/zero/1.0') },
      frequency: 'irregular',
      modified: '2023-08-01',
      spatial: { bbox: [5.96, 45.82, 10.49, 47.81] },
      landingPage: ids[1],
      distributions: [
        { url: 'https://data.geo.admin.example/ch.bafu.gewaesserschutz/gewaesserschutzbereiche_2056.shp.zip', title: { fr: 'Téléchargement (Shapefile)' }, format: 'ZIP', mediaType: 'application/zip' },
        { url: 'https://wms.geo.admin.example/?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities', title: { und: 'https://wms.geo.admin.example/?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities' }, format: 'WMS' },
      ],
    });
  });

  it('keeps the good dataset of the page that holds an unidentifiable one, its languages from its distribution', () => {
    expect(summary(run.records.get(ids[2]!)!)).toEqual({
      title: { it: 'Bollettino delle valanghe', en: 'Avalanche bulletin', fr: 'Bulletin d’avalanches' },
      description: { en: 'Daily avalanche danger levels.', fr: 'Degrés de danger d’avalanche quotidiens.' },
      keywords: { en: ['avalanche', 'snow'], fr: ['avalanche', 'neige'], it: ['valanga'] },
      subjects: [],
      languages: ['fr'],
      publisher: { id: 'wsl-institut-fur-schnee-und-lawinenforschung-slf', name: { de: 'WSL-Institut für Schnee- und Lawinenforschung SLF' } },
      licence: { id: 'CC-BY-4.0', url: expect.stringContaining('creativecommons.org/licenses/by/4.0') },
      frequency: 'P1D',
      spatial: { bbox: [5.96, 45.82, 10.49, 47.81] },
      landingPage: ids[2],
      distributions: [{ url: 'https://aws.slf.example/api/bulletin/caaml/fr/json', title: { und: 'json' }, format: 'JSON', mediaType: 'application/json', languages: ['fr'] }],
    });
  });
});
