// The issue's "Done when" for duplicates, end to end through the built CLI and the HTTP API: real
// provincial records that open.canada.ca federates, served by a federal portal and, for British
// Columbia's, by the province's own portal too, appear once in search with both provenances, the
// province's copy preferred.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.js';
import { openCatalogue } from '../../src/search/catalogue.js';
import type { SearchResponse } from '../../src/search/types.js';
import { startCkanServer, StaticCatalogue, type CkanServer } from '../../src/sources/ckan/simulator/index.js';
import { runCli } from '../helpers/cli.js';
import { fixture, fixturesPresent } from '../helpers/fixtures.js';

interface FederatedRecord {
  id: string;
  resources: { url?: string }[];
}

function readRecords(province?: string): FederatedRecord[] {
  const root = fixture('canada/federated-records');
  return readdirSync(root)
    .filter((pt) => province === undefined || pt === province)
    .flatMap((pt) =>
      readdirSync(join(root, pt))
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(join(root, pt, f), 'utf8')) as FederatedRecord),
    );
}

describe.skipIf(!fixturesPresent)('done when: the same dataset served by two sources appears once in search with both provenances', () => {
  let all: FederatedRecord[];
  let bc: FederatedRecord[];
  let federal: CkanServer;
  let province: CkanServer;
  let dir: string;
  let db: string;
  let config: string;

  beforeAll(async () => {
    all = readRecords();
    bc = readRecords('BC');
    federal = await startCkanServer(new StaticCatalogue(all), { maxRows: 5 });
    province = await startCkanServer(new StaticCatalogue(bc), { maxRows: 5 });
    dir = mkdtempSync(join(tmpdir(), 'federa-e2e-clusters-'));
    db = join(dir, 'federa.db');
    config = join(dir, 'sources.yaml');
    writeFileSync(
      config,
      [
        'sources:',
        '  - id: federated',
        '    name: { en: Open Government Portal, fr: Portail du gouvernement ouvert }',
        '    type: ckan',
        `    url: ${federal.url}`,
        '    jurisdiction: { level: federal, code: CA }',
        '    primaryLanguage: bilingual',
        // The original publisher's copy wins even over the best priority.
        '    priority: 1',
        '    allowPrivateNetwork: true',
        '  - id: british-columbia',
        '    name: { en: BC Data Catalogue, fr: Catalogue de données de la Colombie-Britannique }',
        '    type: ckan',
        `    url: ${province.url}`,
        '    jurisdiction: { level: provincial, code: CA-BC }',
        '    primaryLanguage: en',
        '    allowPrivateNetwork: true',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await federal?.close();
    await province?.close();
  });

  async function search(args: string[]): Promise<SearchResponse> {
    const result = await runCli(['search', '--json', '--db', db, '--size', '100', ...args]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as SearchResponse;
  }

  it('harvests both sources and reports the clusters they formed', async () => {
    expect(bc.length).toBeGreaterThan(1);
    const result = await runCli(['harvest', '--config', config, '--db', db]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`federated: succeeded`);
    expect(result.stderr).toContain(`${all.length} seen, ${all.length} added`);
    expect(result.stderr).toContain(`${bc.length} seen, ${bc.length} added`);
    // Harvested side by side: every cluster was formed by one job or the other, once.
    const formed = [...result.stderr.matchAll(/with other sources \((\d+) new\)/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(formed).toBe(bc.length);
    // A second harvest forms nothing and finds every BC record in a cluster.
    const again = await runCli(['harvest', '--config', config, '--db', db, '--full'], { FEDERA_LANG: 'fr' });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`british-columbia : réussie`);
    expect(again.stderr).toContain(`dans ${bc.length} regroupement(s) avec d’autres sources (0 nouveau(x))`);
    expect(again.stderr.match(new RegExp(`dans ${bc.length} regroupement`, 'g'))).toHaveLength(2);
  });

  it('shows each dataset once, the province’s own copy preferred, with the other provenance', async () => {
    const response = await search(['--lang', 'en']);
    expect(response.total).toBe(all.length);
    expect(response.results).toHaveLength(all.length);
    const bcIds = new Set(bc.map((r) => r.id));
    for (const record of all) {
      const hits = response.results.filter((h) => h.id.endsWith(`:${record.id}`));
      expect(hits, record.id).toHaveLength(1);
      const hit = hits[0]!;
      if (bcIds.has(record.id)) {
        expect(hit.id).toBe(`british-columbia:${record.id}`);
        expect(hit.source).toBe('british-columbia');
        expect(hit.landingPage).toMatch(new RegExp(`^${province.url}/dataset/`));
        expect(hit.alsoAvailableFrom).toEqual([
          { id: `federated:${record.id}`, source: 'federated', sourceLabel: { en: 'Open Government Portal', fr: 'Portail du gouvernement ouvert' }, landingPage: expect.stringMatching(new RegExp(`^${federal.url}/dataset/`)) },
        ]);
      } else {
        expect(hit.id).toBe(`federated:${record.id}`);
        expect(hit.alsoAvailableFrom).toEqual([]);
      }
    }
    // Counted once in the facets too, and each source's filter still finds its own copies.
    const sources = Object.fromEntries(response.facets.source!.map((f) => [f.value, f.count]));
    expect(sources).toEqual({ federated: all.length, 'british-columbia': bc.length });
    const levels = response.facets.jurisdictionLevel!.reduce((n, f) => n + f.count, 0);
    expect(levels).toBe(all.length);
    const federalOnly = await search(['--filter', 'source=federated']);
    expect(federalOnly.total).toBe(all.length);
    expect(federalOnly.results.every((h) => h.source === 'federated')).toBe(true);
    expect(federalOnly.results.find((h) => h.id === `federated:${bc[0]!.id}`)?.alsoAvailableFrom.map((c) => c.id)).toEqual([`british-columbia:${bc[0]!.id}`]);
  });

  it('prints the other copies in the terminal, in English and French', async () => {
    const en = await runCli(['search', '--db', db, '--filter', 'source=british-columbia', '--size', '1']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/ {2}also available from: Open Government Portal \(federated:[0-9a-f-]{36}\)\n/);
    const fr = await runCli(['search', '--db', db, '--filter', 'source=british-columbia', '--size', '1'], { FEDERA_LANG: 'fr' });
    expect(fr.stdout).toMatch(/ {2}aussi offert par : Portail du gouvernement ouvert \(federated:[0-9a-f-]{36}\)\n/);
  });

  it('gives either copy from the API with both provenances', async () => {
    const catalogue = openCatalogue({ path: db });
    const app = await buildApi({ store: catalogue.store, search: (r) => catalogue.search(r) });
    try {
      const id = bc[0]!.id;
      const federalCopy = await app.inject({ method: 'GET', url: `/api/v1/datasets/${encodeURIComponent(`federated:${id}`)}` });
      expect(federalCopy.statusCode).toBe(200);
      const body = federalCopy.json() as { provenance: { sourceId: string }; cluster: { preferred: string; members: { id: string; source: string; landingPage: string }[] } };
      expect(body.provenance.sourceId).toBe('federated');
      expect(body.cluster.preferred).toBe(`british-columbia:${id}`);
      expect(body.cluster.members.map((m) => m.source)).toEqual(['british-columbia', 'federated']);
      const provincial = await app.inject({ method: 'GET', url: `/api/v1/datasets/${encodeURIComponent(`british-columbia:${id}`)}` });
      expect((provincial.json() as { provenance: { sourceId: string }; cluster: unknown }).provenance.sourceId).toBe('british-columbia');
      expect((provincial.json() as { cluster: unknown }).cluster).toEqual(body.cluster);
    } finally {
      await app.close();
      await catalogue.close();
    }
  });

  it('shows the federal copy alone once the province withdraws its record', async () => {
    const gone = bc[1]!;
    expect(province.catalogue.remove(gone.id)).toBe(true);
    const result = await runCli(['harvest', '--config', config, '--db', db, '--full', '--source', 'british-columbia']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`1 withdrawn`);
    expect(result.stderr).toContain(`in ${bc.length - 1} cluster(s) with other sources (0 new)`);
    const response = await search(['--lang', 'en']);
    expect(response.total).toBe(all.length);
    const hit = response.results.find((h) => h.id.endsWith(`:${gone.id}`))!;
    expect(hit.id).toBe(`federated:${gone.id}`);
    expect(hit.alsoAvailableFrom).toEqual([]);
  });
});
