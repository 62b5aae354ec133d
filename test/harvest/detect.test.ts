import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bilingualName, detectSource, guessJurisdiction, suggestedEntry, suggestedId, suggestedLanguage } from '../../src/harvest/detect.js';
import { parseConfig } from '../../src/harvest/config.js';
import { previewSource } from '../../src/harvest/preview.js';
import { GeneratedCatalogue } from '../../src/sources/ckan/simulator/generated-catalogue.js';
import { startCkanServer, type CkanServer } from '../../src/sources/ckan/simulator/server.js';
import { fetchHttpClient } from '../helpers/http-client.js';

let server: CkanServer;
beforeAll(async () => {
  server = await startCkanServer(new GeneratedCatalogue({ profile: 'quebec', records: 30 }), { siteTitle: 'Données Québec' });
});
afterAll(() => server.close());

describe('detect', () => {
  it('names the kind and gives an entry that sources.yaml accepts', async () => {
    const report = await detectSource(`${server.url}/dataset`, fetchHttpClient());
    expect(report.found[0]).toMatchObject({ kind: 'ckan', url: server.url, title: 'Données Québec', count: 30 });
    const entry = suggestedEntry(report.found[0]!, true);
    const config = parseConfig({ sources: [entry] }, 'detected');
    expect(config.sources[0]).toMatchObject({ id: 'donnees-quebec', type: 'ckan', url: server.url, allowPrivateNetwork: true });
  });

  it('lists what it tried when nothing answers', async () => {
    const report = await detectSource('http://127.0.0.1:9/portal', fetchHttpClient());
    expect(report.found).toEqual([]);
    const ckan = report.tried.find((a) => a.kind === 'ckan')!;
    expect(ckan.requests.map((r) => r.url)).toContain('http://127.0.0.1:9/portal/api/3/action/status_show');
    expect(ckan.requests.every((r) => /fetch failed|ECONNREFUSED/.test(r.outcome))).toBe(true);
    await expect(detectSource('ftp://example.org', fetchHttpClient())).rejects.toThrow(/not a valid http\(s\) URL/);
  });

  it('guesses jurisdictions, languages and ids from what it saw', () => {
    expect(guessJurisdiction('https://open.canada.ca/data')).toMatchObject({ jurisdiction: { level: 'federal', code: 'CA' } });
    expect(guessJurisdiction('https://open.alberta.ca').jurisdiction).toEqual({ level: 'provincial', code: 'CA-AB' });
    expect(guessJurisdiction('https://www.donneesquebec.ca/recherche').jurisdiction).toEqual({ level: 'provincial', code: 'CA-QC' });
    expect(guessJurisdiction('https://open.yukon.ca/data').jurisdiction).toEqual({ level: 'territorial', code: 'CA-YT' });
    expect(guessJurisdiction('https://data.calgary.ca').jurisdiction.level).toBe('municipal');
    expect(guessJurisdiction('https://donnees.ville.montreal.qc.ca').jurisdiction).toEqual({ level: 'municipal', code: 'CA-QC' });
    expect(suggestedLanguage(['en', 'fr'])).toBe('bilingual');
    expect(suggestedLanguage(['fr'])).toBe('fr');
    expect(suggestedLanguage(undefined)).toBe('en');
    expect(suggestedId({ kind: 'ckan', url: 'https://x.ca', title: 'Open Government Portal — Canada!', evidence: '' })).toBe('open-government-portal-canada');
    expect(suggestedId({ kind: 'ckan', url: 'https://data.surrey.ca', evidence: '' })).toBe('surrey-ca');
  });

  it('splits a bilingual portal title into its English and French names', () => {
    expect(bilingualName('Nova Scotia Open Data | Données ouvertes de la Nouvelle-Écosse')).toEqual({ en: 'Nova Scotia Open Data', fr: 'Données ouvertes de la Nouvelle-Écosse' });
    expect(bilingualName('Portail de données ouvertes / Open Data Portal')).toEqual({ en: 'Open Data Portal', fr: 'Portail de données ouvertes' });
    expect(bilingualName('Ville de Québec – City of Quebec')).toEqual({ en: 'City of Quebec', fr: 'Ville de Québec' });
    // Accents of a place name do not make a title French; neither half French: the title stays whole.
    expect(bilingualName('Québec City - Open Data')).toEqual({ en: 'Québec City - Open Data', fr: 'Québec City - Open Data' });
    expect(bilingualName('Open Government Portal — Canada')).toEqual({ en: 'Open Government Portal — Canada', fr: 'Open Government Portal — Canada' });
    expect(bilingualName('Données Québec')).toEqual({ en: 'Données Québec', fr: 'Données Québec' });
    const entry = suggestedEntry({ kind: 'socrata', url: 'https://data.novascotia.ca', title: 'Nova Scotia Open Data | Données ouvertes Nouvelle-Écosse', evidence: '' }, false);
    expect(entry['id']).toBe('nova-scotia-open-data');
    expect(entry['name']).toEqual({ en: 'Nova Scotia Open Data', fr: 'Données ouvertes Nouvelle-Écosse' });
  });
});

describe('preview', () => {
  it('maps a few records, applies the licence gate in its report, and writes nothing', async () => {
    const config = parseConfig(
      {
        sources: [
          {
            id: 'qc',
            name: { en: 'QC', fr: 'QC' },
            type: 'ckan',
            url: server.url,
            jurisdiction: { level: 'provincial', code: 'CA-QC' },
            primaryLanguage: 'fr',
            licenceGate: ['CC-BY-4.0'],
            allowPrivateNetwork: true,
          },
        ],
      },
      'test',
    ).sources[0]!;
    const before = server.requestCount('/api/3/action/package_search');
    const result = await previewSource(config, fetchHttpClient(), { limit: 7 });
    expect(result.outcomes).toHaveLength(7);
    expect(result.total).toBe(30);
    expect(server.requestCount('/api/3/action/package_search') - before).toBe(1);
    for (const o of result.outcomes) {
      if (o.kind !== 'record') continue;
      expect(o.record.title.fr).toBeDefined();
      expect(o.admitted).toBe(o.record.licence?.id === 'CC-BY-4.0');
      if (!o.admitted) expect(o.reason).toMatch(/outside the licence gate/);
    }
  });

  it('reports a listing that fails', async () => {
    const config = parseConfig(
      { sources: [{ id: 'dead', name: { en: 'D', fr: 'D' }, type: 'ckan', url: 'http://127.0.0.1:9', jurisdiction: { level: 'federal', code: 'CA' }, primaryLanguage: 'en' }] },
      'test',
    ).sources[0]!;
    const result = await previewSource(config, fetchHttpClient(), { limit: 5 });
    expect(result.outcomes).toEqual([]);
    expect(result.problems[0]?.reason).toMatch(/127\.0\.0\.1:9/);
  });
});
