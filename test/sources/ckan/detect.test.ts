import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateBases, detectCkan } from '../../../src/sources/ckan/detect.js';
import { GeneratedCatalogue } from '../../../src/sources/ckan/simulator/generated-catalogue.js';
import { startCkanServer, type CkanServer } from '../../../src/sources/ckan/simulator/server.js';
import { fetchHttpClient } from '../../helpers/http-client.js';

let server: CkanServer;
beforeAll(async () => {
  server = await startCkanServer(new GeneratedCatalogue({ profile: 'federal', records: 25 }), { siteTitle: 'Portail simulé' });
});
afterAll(() => server.close());

describe('CKAN detection', () => {
  it('walks from a page of the portal up to its root', () => {
    expect(candidateBases('https://open.canada.ca/data/en/dataset?q=x')).toEqual([
      'https://open.canada.ca/data/en/dataset',
      'https://open.canada.ca/data/en',
      'https://open.canada.ca/data',
      'https://open.canada.ca',
    ]);
    expect(candidateBases('https://x.ca/recherche/api/3/action/package_search')).toEqual(['https://x.ca/recherche', 'https://x.ca']);
  });

  it('recognizes a CKAN from a dataset page URL, with its title, count and languages', async () => {
    const found = await detectCkan(`${server.url}/dataset/some-name`, fetchHttpClient());
    expect(found).toMatchObject({ kind: 'ckan', url: server.url, title: 'Portail simulé', count: 25, languages: ['en', 'fr'] });
    expect(found?.evidence).toMatch(/status_show answered CKAN \d/);
  });

  it('says nothing of what is not a CKAN', async () => {
    expect(await detectCkan('http://127.0.0.1:9/', fetchHttpClient())).toBeUndefined();
  });
});
