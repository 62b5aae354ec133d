// A catalogue for the crosswalk's faces: three sources configured in a temporary sources.yaml
// (a CKAN portal with records mapped from the CKAN specimens, a CSW and a Socrata portal with none
// yet), registered in an in-memory store.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetRecord } from '../../../src/core/dataset.js';
import { loadConfig } from '../../../src/harvest/config.js';
import { registerSources } from '../../../src/harvest/harvester.js';
import { kindOf } from '../../../src/harvest/kinds.js';
import { ckanSpecimens } from '../../../src/sources/ckan/specimens.js';
import type { HttpClient } from '../../../src/sources/http.js';
import { KIND_INPUTS } from '../../../src/standards/crosswalk/kinds.js';
import { CrosswalkService } from '../../../src/standards/crosswalk/report.js';
import { SqliteStore } from '../../../src/store/sqlite/sqlite-store.js';
import { stubDocument } from '../../store/stub-document.js';

export const SOURCES_YAML = `sources:
  - id: harbour-ckan
    name: { en: Harbour open data, fr: Données ouvertes du port }
    type: ckan
    url: http://127.0.0.1:9/harbour
    jurisdiction: { level: municipal, code: CA-NS, municipality: Halifax }
    primaryLanguage: bilingual
  - id: tundra-csw
    name: { en: Tundra geoportal, fr: Géoportail de la toundra }
    type: csw
    url: http://127.0.0.1:9/csw
    jurisdiction: { level: territorial, code: CA-NU }
    primaryLanguage: bilingual
  - id: prairie-socrata
    name: { en: Prairie data, fr: Données des prairies }
    type: socrata
    url: http://127.0.0.1:9
    jurisdiction: { level: provincial, code: CA-SK }
    primaryLanguage: en
    enabled: false
`;

export interface CrosswalkSite {
  store: SqliteStore;
  service: CrosswalkService;
  /** Records written for harbour-ckan. */
  records: DatasetRecord[];
  close(): Promise<void>;
}

const NO_HTTP = {} as HttpClient;

export async function crosswalkSite(): Promise<CrosswalkSite> {
  const dir = mkdtempSync(join(tmpdir(), 'federa-crosswalk-'));
  const path = join(dir, 'sources.yaml');
  writeFileSync(path, SOURCES_YAML);
  const config = loadConfig(path);
  const store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
  await registerSources(config, store);
  const settings = config.sources.find((s) => s.id === 'harbour-ckan')!;
  const source = kindOf('ckan')!.create(settings, NO_HTTP, { pageSize: 100 });
  const records: DatasetRecord[] = [];
  for (const item of (await ckanSpecimens()).items) {
    const mapped = source.map(item);
    if (mapped.kind !== 'record') continue;
    records.push({ ...mapped.record, provenance: { ...mapped.record.provenance, contentHash: String(records.length), harvestedAt: '2026-01-01T00:00:00Z' } });
  }
  await store.write(records);
  // Two kinds keep the derivation short; every kind has its own test.
  const service = new CrosswalkService(store, { sample: 8, staleMs: 0, kinds: KIND_INPUTS.filter((k) => k.kind === 'ckan' || k.kind === 'socrata') });
  return {
    store,
    service,
    records,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
