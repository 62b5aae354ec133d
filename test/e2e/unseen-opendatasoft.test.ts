// The "Done when" for Opendatasoft catalogues no other test has seen: two French
// cities' Explore API catalogues (French HTML descriptions, DCAT and custom metadata templates,
// ODbL and Etalab licences, geographic references, a file-only dataset with attachments, a
// restricted dataset, `links` with `rel`, broken datasets), written by hand after the real ones
// (test/e2e/unseen/opendatasoft), served from loopback with the API's offset paging, detected
// and harvested through the built CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRouteServer, type Route, type RouteServer } from '../helpers/route-server.js';
import { detect, formatsAndUrls, harvestFull, homePage, stored, unseenJson, type Harvested, type Stored } from './unseen/harvest-unseen.js';

const DATASETS = '/api/explore/v2.1/catalog/datasets';

/** `/catalog/datasets` over a domain's datasets: `limit` (at most 100) from `offset`. */
function exploreApi(file: string, title: string): Route {
  const catalogue = unseenJson<{ total_count: number; results: unknown[] }>('opendatasoft', file);
  return (url) => {
    if (url.pathname === '/') return homePage(title);
    if (url.pathname !== DATASETS) return undefined;
    const limit = Number(url.searchParams.get('limit') ?? '10');
    const offset = Number(url.searchParams.get('offset') ?? '0');
    if (limit > 100) return { status: 400, body: '{"error_code": "InvalidRESTParameterError", "message": "Invalid value for limit: must be between -1 and 100"}' };
    return { body: JSON.stringify({ ...catalogue, results: catalogue.results.slice(offset, offset + limit) }) };
  };
}

describe('done when: unseen Opendatasoft catalogues are detected and harvested into the right records', () => {
  let paris: RouteServer;
  let rennes: RouteServer;
  let harvested: Harvested;

  beforeAll(async () => {
    paris = await startRouteServer(exploreApi('paris-catalog.json', 'Paris Data'));
    rennes = await startRouteServer(exploreApi('rennes-catalog.json', 'Rennes Métropole en accès libre'));
    harvested = await harvestFull(
      [
        {
          id: 'paris',
          name: { en: 'Paris Data', fr: 'Paris Data' },
          type: 'opendatasoft',
          url: paris.url,
          jurisdiction: { level: 'international', code: 'FR' },
          publisher: { id: 'paris', name: { en: 'City of Paris', fr: 'Ville de Paris' } },
          primaryLanguage: 'fr',
        },
        {
          id: 'rennes',
          name: { en: 'Rennes Metropolis Open Data', fr: 'Rennes Métropole en accès libre' },
          type: 'opendatasoft',
          url: `${rennes.url}/explore/?sort=modified`,
          jurisdiction: { level: 'international', code: 'FR' },
          publisher: { id: 'rennes-metropole', name: { en: 'Rennes Metropolis', fr: 'Rennes Métropole' } },
          primaryLanguage: 'fr',
        },
      ],
      // Three datasets a page: each catalogue takes two.
      { pageSize: 3 },
    );
  });
  afterAll(async () => {
    await paris?.close();
    await rennes?.close();
  });

  it('detects each portal from any of its pages, in French', async () => {
    const city = await detect(`${paris.url}/explore/dataset/les-arbres/information/`);
    expect(city.result.code, city.result.stderr).toBe(0);
    expect(city.kind).toBe('opendatasoft');
    expect(city.result.stdout).toContain('("Paris Data"), 5 record(s)');
    expect(city.result.stdout).toContain('primaryLanguage: fr');
    const metropolis = await detect(rennes.url);
    expect(metropolis.kind).toBe('opendatasoft');
    expect(metropolis.result.stdout).toContain('(total_count 4)');
  });

  it('pages by offset; broken datasets are named problems, the others kept', async () => {
    expect(harvested.result.code, harvested.result.stderr).toBe(0);
    const city = await stored(harvested.db, 'paris');
    expect(city.total).toBe(4);
    expect(city.job.problems).toContainEqual(expect.objectContaining({ recordId: 'que-faire-a-paris-', reason: expect.stringMatching(/^dataset "que-faire-a-paris-" is malformed at metas\.default\.title: /) }));
    const pages = paris.requests.filter((u) => u.pathname === DATASETS && u.searchParams.get('limit') === '3');
    expect(pages.map((u) => u.searchParams.get('offset'))).toEqual(['0', '3']);
    const metropolis = await stored(harvested.db, 'rennes');
    expect(metropolis.total).toBe(3);
    expect(metropolis.job.problems).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/^dataset 3 of \S+ was skipped: it has no dataset_id/) }));
  });

  describe('a city portal', () => {
    let city: Stored;
    beforeAll(async () => {
      city = await stored(harvested.db, 'paris');
    });

    it('maps a dataset with records: French texts, the DCAT template, licence, box and territory, exports and reference page', () => {
      const r = city.get('velib-disponibilite-en-temps-reel');
      const api = `${paris.url}${DATASETS}/velib-disponibilite-en-temps-reel`;
      expect(r.title).toEqual({ fr: 'Vélib - Vélos et bornes - Disponibilité temps réel' });
      expect(r.description).toEqual({ fr: "Disponibilité en temps réel des stations Vélib' Métropole : nombre de vélos mécaniques et électriques et de bornes libres.\n\nDonnées mises à jour toutes les minutes." });
      expect(r.keywords).toEqual({ fr: ['Vélib', 'vélo', 'stations', 'temps réel'] });
      expect(r.licence?.id).toBe('ODbL-1.0');
      expect(r.spatial).toEqual({ bbox: [2.2531, 48.8156, 2.4194, 48.9021], places: ['Paris'] });
      expect(r.contactPoint).toEqual({ name: { fr: 'Service Mobilité' }, email: 'opendata@paris.fr' });
      expect(r.issued).toBe('2018-01-01');
      // The portal's own government: the configured publisher, named in both languages.
      expect(r.publisher).toEqual({ id: 'paris', name: { en: 'City of Paris', fr: 'Ville de Paris' } });
      expect(r.languages).toEqual(['fr']);
      expect(r.provenance.landingPage).toBe(`${paris.url}/explore/dataset/velib-disponibilite-en-temps-reel/`);
      expect(formatsAndUrls(r)).toEqual([
        ['CSV', `${api}/exports/csv`],
        ['JSON', `${api}/exports/json`],
        ['GEOJSON', `${api}/exports/geojson`],
        ['PARQUET', `${api}/exports/parquet`],
        ['API', `${api}/records`],
        ['HTML', 'https://www.velib-metropole.fr/'],
      ]);
    });

    it('maps a file-only dataset to its attachments, without a place for a geographic reference code', () => {
      const r = city.get('plu-reglement-ecrit');
      expect(r.title).toEqual({ fr: 'PLU - Règlement écrit' });
      expect(r.description).toEqual({ fr: "Pièces écrites du Plan Local d'Urbanisme de Paris, approuvé en 2024." });
      expect(r.licence?.id).toBe('etalab-2.0');
      expect(r.spatial).toBeUndefined();
      expect(r.publisher).toEqual({ id: 'direction-de-l-urbanisme', name: { fr: "Direction de l'Urbanisme" } });
      expect(r.contactPoint?.email).toBe('du-plu@paris.fr');
      expect(formatsAndUrls(r)).toEqual([
        ['PDF', 'https://opendata.paris.fr/api/explore/v2.1/catalog/datasets/plu-reglement-ecrit/attachments/tome_1_reglement_pdf'],
        ['ZIP', `${paris.url}${DATASETS}/plu-reglement-ecrit/attachments/annexes_zip`],
      ]);
      expect(r.distributions.map((d) => d.title)).toEqual([{ fr: 'Tome 1 - Règlement' }, { fr: 'Annexes' }]);
    });

    it('reads a bare "ODbL", a geometry field, the DCAT frequency and coverage', () => {
      const trees = city.get('les-arbres');
      expect(trees.description).toEqual({ fr: "Arbres d'alignement, de parcs et de cimetières gérés par la Ville.\n\nDonnées issues du logiciel de gestion du patrimoine arboré." });
      expect(trees.licence?.id).toBe('ODbL-1.0');
      expect(trees.spatial).toEqual({ bbox: [2.2105, 48.8159, 2.4692, 48.9018], places: ['Paris'] });
      expect(trees.frequency).toBe('P1W');
      expect(trees.temporal).toEqual({ start: '2010-01-01' });
      expect(formatsAndUrls(trees).map(([format]) => format)).toEqual(['CSV', 'JSON', 'GEOJSON', 'PARQUET', 'API']);
      const counts = city.get('comptage-velo-donnees-compteurs');
      expect(counts.description).toEqual({ fr: 'Comptages horaires des vélos sur 13 mois glissants.' });
      expect(counts.temporal).toEqual({ start: '2023-05-01', end: '2024-05-31' });
      expect(counts.spatial?.bbox).toEqual([2.265, 48.827, 2.409, 48.896]);
    });
  });

  describe('a metropolis portal', () => {
    let metropolis: Stored;
    beforeAll(async () => {
      metropolis = await stored(harvested.db, 'rennes');
    });

    it('reads keywords and theme given as text, territory objects, a frequency in a template of its own', () => {
      const r = metropolis.get('horaires-des-piscines');
      expect(r.title).toEqual({ fr: 'Horaires des piscines' });
      expect(r.description).toEqual({ fr: "Horaires d'ouverture au public des piscines de Rennes Métropole.\n\n- Bassins extérieurs\n- Bassins intérieurs" });
      expect(r.keywords).toEqual({ fr: ['piscine', 'natation', 'sport'] });
      expect(r.licence?.id).toBe('etalab-2.0');
      expect(r.spatial).toEqual({ places: ['Rennes Métropole'] });
      expect(r.frequency).toBe('P1M');
      expect(r.publisher).toEqual({ id: 'rennes-metropole', name: { en: 'Rennes Metropolis', fr: 'Rennes Métropole' } });
      expect(formatsAndUrls(r).map(([format]) => format)).toEqual(['CSV', 'JSON', 'PARQUET', 'API']);
    });

    it('reads an ODbL URL of its own spelling, a box; keeps a restricted dataset as restricted', () => {
      const r = metropolis.get('limites-communales-referentielles-de-rennes-metropole-polygones');
      expect(r.licence?.id).toBe('ODbL-1.0');
      expect(r.spatial).toEqual({ bbox: [-1.9532, 47.963, -1.4529, 48.2471] });
      expect(formatsAndUrls(r).map(([format]) => format)).toEqual(['CSV', 'JSON', 'GEOJSON', 'PARQUET', 'API']);
      const internal = metropolis.get('projets-urbains-suivi-interne');
      expect(internal.accessRights).toBe('restricted');
      expect(internal.licence).toBeUndefined();
    });
  });
});
