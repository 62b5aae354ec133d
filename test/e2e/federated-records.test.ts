// The "Done when", end to end through the built CLI and the HTTP API: a CKAN portal on
// loopback serving the real Canadian federated records two per page.
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
  title_translated: Record<string, string>;
  jurisdiction: string;
  license_id: string;
  org_title_at_publication: Record<string, string>;
}

// What open.canada.ca's licence ids are, as SPDX-style ids (independent of the mapping code).
const LICENCE_IDS: Record<string, string> = {
  'ab-ogla': 'OGL-Alberta-2.1',
  'bc-oglbc': 'OGL-BC-2.0',
  'nb-oglnb': 'OGL-NB',
  'ns-oglns': 'OGL-NS',
  'on-oglo': 'OGL-Ontario-1.0',
  'qc-cc-by': 'CC-BY-4.0',
};

/** The province or territory folder each record was recorded under (AB, BC...), by id. */
const folderOf = new Map<string, string>();

function readRecords(): FederatedRecord[] {
  const root = fixture('canada/federated-records');
  return readdirSync(root).flatMap((pt) =>
    readdirSync(join(root, pt))
      .filter((f) => f.endsWith('.json'))
      .map((f) => {
        const record = JSON.parse(readFileSync(join(root, pt, f), 'utf8')) as FederatedRecord;
        folderOf.set(record.id, pt);
        return record;
      }),
  );
}

describe.skipIf(!fixturesPresent)('done when: real federated records harvested from a CKAN portal on loopback', () => {
  let records: FederatedRecord[];
  let server: CkanServer;
  let dir: string;
  let db: string;
  let config: string;

  beforeAll(async () => {
    records = readRecords();
    server = await startCkanServer(new StaticCatalogue(records), { maxRows: 2 });
    dir = mkdtempSync(join(tmpdir(), 'federa-e2e-'));
    db = join(dir, 'federa.db');
    config = join(dir, 'sources.yaml');
    writeFileSync(
      config,
      [
        'sources:',
        '  - id: federated',
        '    name: { en: Federated records, fr: Fiches fédérées }',
        '    type: ckan',
        `    url: ${server.url}`,
        '    jurisdiction: { level: federal, code: CA }',
        '    primaryLanguage: bilingual',
        '    allowPrivateNetwork: true',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  async function search(args: string[]): Promise<SearchResponse> {
    const result = await runCli(['search', '--json', '--db', db, '--size', '100', ...args]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as SearchResponse;
  }

  it('harvests every record, two per page', async () => {
    const result = await runCli(['harvest', '--config', config, '--db', db]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${records.length} seen, ${records.length} added`);
    // two per page: at least one request per two records
    expect(server.requestCount('/api/3/action/package_search')).toBeGreaterThanOrEqual(records.length / 2);
  });

  it('finds them with the right bilingual titles, jurisdiction level, publisher and licence', async () => {
    const en = await search(['--lang', 'en']);
    expect(en.total).toBe(records.length);
    const fr = await search(['--lang', 'fr']);
    for (const record of records) {
      const id = `federated:${record.id}`;
      const hitEn = en.results.find((h) => h.id === id);
      const hitFr = fr.results.find((h) => h.id === id);
      expect(hitEn, id).toBeDefined();
      expect(hitEn!.title.text).toBe((record.title_translated.en ?? record.title_translated['en-t-fr'])!.trim());
      // "Translation of …" is a placeholder, not French: French users then see the English title.
      const placeholder = /^Translation of /.test(record.title_translated['fr-t-en'] ?? '');
      const frTag = record.title_translated.fr !== undefined ? 'fr' : placeholder ? 'en' : 'fr-t-en';
      expect(hitFr!.title.tag, id).toBe(frTag);
      expect(hitFr!.title.machineTranslated).toBe(frTag === 'fr-t-en');
      if (frTag === 'en') expect(hitFr!.title.text).toBe(record.title_translated.en!.trim());
      expect(hitEn!.jurisdiction.level).toBe(record.jurisdiction);
      expect(hitEn!.jurisdiction.code).toBe(`CA-${folderOf.get(record.id)}`);
      expect(hitEn!.publisher?.label.en).toBe(record.org_title_at_publication.en);
      expect(hitEn!.licence?.id).toBe(LICENCE_IDS[record.license_id]);
      expect(hitEn!.licence?.open).toBe(true);
    }
  });

  it('finds them with a French query, flagging machine-translated French', async () => {
    const bc = records.find((r) => r.id.startsWith('0004129a'))!;
    expect(bc.title_translated['fr-t-en']).toMatch(/Statistiques/);
    const response = await search(['statistiques administrations locales', '--lang', 'fr']);
    const hit = response.results.find((h) => h.id === `federated:${bc.id}`);
    expect(hit).toBeDefined();
    expect(hit!.machineTranslated).toBe(true);
    const accents = await search(['régional', '--lang', 'fr']);
    const noAccents = await search(['regionaux', '--lang', 'fr']);
    expect(accents.total).toBeGreaterThan(0);
    expect(noAccents.results.map((h) => h.id).sort()).toEqual(accents.results.map((h) => h.id).sort());
  });

  it('returns them from the HTTP API too', async () => {
    const catalogue = openCatalogue({ path: db });
    const app = await buildApi({ store: catalogue.store, search: (r) => catalogue.search(r) });
    try {
      const list = await app.inject({ method: 'GET', url: '/api/v1/datasets?lang=fr&q=statistiques&jurisdictionLevel=provincial&size=5' });
      expect(list.statusCode).toBe(200);
      const body = list.json() as SearchResponse;
      expect(body.total).toBeGreaterThan(0);
      expect(body.facets.jurisdictionLevel?.find((f) => f.value === 'provincial')?.label).toEqual({ en: expect.any(String), fr: expect.any(String) });
      const first = body.results[0]!;
      const one = await app.inject({ method: 'GET', url: `/api/v1/datasets/${encodeURIComponent(first.id)}` });
      expect(one.statusCode).toBe(200);
      expect(one.json()).toMatchObject({ id: first.id, provenance: { sourceId: 'federated' }, state: 'active' });
      expect((await app.inject({ method: 'GET', url: '/api/v1/datasets/federated:nope' })).statusCode).toBe(404);
      const bad = await app.inject({ method: 'GET', url: '/api/v1/datasets?size=1000' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: { parameter: 'size' } });
    } finally {
      await app.close();
      await catalogue.close();
    }
  });

  it('changes nothing on a second harvest', async () => {
    const before = await search(['--lang', 'en']);
    server.resetRequests();
    const result = await runCli(['harvest', '--config', config, '--db', db, '--full']);
    // ids and stamps only: no whole record was asked for again
    const calls = server.requestLog().filter((line) => line.includes('package_search'));
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((line) => line.includes('fl=id%2Cname%2Cmetadata_modified'))).toBe(true);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${records.length} seen, 0 added, 0 updated, ${records.length} unchanged, 0 withdrawn`);
    const after = await search(['--lang', 'en']);
    expect(after.results.map((h) => [h.id, h.modified])).toEqual(before.results.map((h) => [h.id, h.modified]));
  });

  it('withdraws exactly the record removed at the source on a full harvest', async () => {
    const gone = records[3]!;
    expect(server.catalogue.remove(gone.id)).toBe(true);
    const incremental = await runCli(['harvest', '--config', config, '--db', db]);
    expect(incremental.code, incremental.stderr).toBe(0);
    expect((await search(['--lang', 'en'])).total).toBe(records.length); // an incremental run cannot see deletions
    const full = await runCli(['harvest', '--config', config, '--db', db, '--full']);
    expect(full.code, full.stderr).toBe(0);
    expect(full.stderr).toContain(`${records.length - 1} seen, 0 added, 0 updated, ${records.length - 1} unchanged, 1 withdrawn`);
    const after = await search(['--lang', 'en']);
    expect(after.total).toBe(records.length - 1);
    expect(after.results.map((h) => h.id)).not.toContain(`federated:${gone.id}`);
  });
});
