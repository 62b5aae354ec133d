import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.js';
import { latestVersion, schemaVersion } from '../../src/store/sqlite/migrate.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { communityContract } from './community-contract.js';
import { storeContract } from './contract.js';
import { copyOf, fullRecord } from './records.js';
import { failingBuilder, stubDocument } from './stub-document.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-store-'));
let n = 0;
const newPath = (): string => join(dir, `store-${++n}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', {
  async create(options) {
    const buildDocument = options?.failOn ? failingBuilder(options.failOn) : stubDocument;
    return SqliteStore.open({ path: newPath(), buildDocument });
  },
});

communityContract('sqlite', {
  async create() {
    return SqliteStore.open({ path: newPath(), buildDocument: stubDocument });
  },
  async reopen(store: Store) {
    const { path } = store as SqliteStore;
    await store.close();
    return SqliteStore.open({ path, buildDocument: stubDocument });
  },
});

describe('sqlite schema migrations', () => {
  it('creates the schema in an empty file and reopens it without migrating again', async () => {
    const path = newPath();
    const store = SqliteStore.open({ path, buildDocument: stubDocument });
    await store.write([fullRecord()]);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(latestVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = SqliteStore.open({ path, buildDocument: stubDocument });
    expect(await again.countDatasets()).toBe(1);
    await again.close();
  });

  it('refuses a database written by a newer Federa, naming the file and both versions', () => {
    const path = newPath();
    SqliteStore.open({ path, buildDocument: stubDocument }).close();
    const db = new Database(path);
    db.pragma(`user_version = ${latestVersion() + 1}`);
    db.close();
    const opening = (): SqliteStore => SqliteStore.open({ path, buildDocument: stubDocument });
    expect(opening).toThrow(StoreError);
    expect(opening).toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*version ${latestVersion() + 1}.*newer.*\\(${latestVersion()}\\)`));
  });

  it('applies pending migrations in order, and rolls back a failing one whole', () => {
    const path = newPath();
    const extra = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'add notes', up: (db: Database.Database) => db.exec('CREATE TABLE notes (x TEXT)') },
      {
        version: MIGRATIONS.length + 2,
        name: 'broken',
        up: (db: Database.Database) => {
          db.exec('CREATE TABLE half_done (x TEXT)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => SqliteStore.open({ path, buildDocument: stubDocument, migrations: extra })).toThrow(/migration .* \(broken\) failed.*boom/);
    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name);
    expect(tables).toContain('notes');
    expect(tables).not.toContain('half_done');
    db.close();
  });
});

describe('sqlite change sequence and text index', () => {
  it('numbers every row written or withdrawn and keeps the text index in step', async () => {
    const store = SqliteStore.open({ path: newPath(), buildDocument: stubDocument });
    const port = store.searchPort;
    expect(port.mark()).toEqual({ seq: 0, generation: 0 });
    await store.write([fullRecord('canada', 'a', 'Road collisions'), fullRecord('canada', 'b', 'Bridge inspections')]);
    expect(port.mark().seq).toBe(2);
    const changes = port.changesSince(0, 10);
    expect(changes.map((c) => [c.seq, c.active])).toEqual([[1, true], [2, true]]);
    expect(changes[0]?.facts.facets.source).toEqual(['canada']);
    expect(port.matchDocs('title_en : "collisions"')).toEqual(new Int32Array([changes[0]!.doc]));

    await store.withdrawMissing('canada', new Set(['b']), '2024-01-01T00:00:00.000Z');
    expect(port.mark().seq).toBe(3);
    expect(port.changesSince(2, 10)).toMatchObject([{ doc: changes[0]!.doc, seq: 3, active: false }]);
    expect(port.matchDocs('title_en : "collisions"').length).toBe(0);

    await store.write([fullRecord('canada', 'a', 'Road collisions')]);
    expect(port.matchDocs('title_en : "collisions"')).toEqual(new Int32Array([changes[0]!.doc]));
    const scored = port.matchScored('title_en : ("road" OR "bridge")', [4, 2, 1, 4, 2, 1]);
    expect(scored.count).toBe(2);
    expect([...scored.scores].every((s) => s > 0)).toBe(true);

    await store.withdrawMissing('canada', new Set(), '2024-01-01T00:00:00.000Z');
    await store.purgeWithdrawn('2025-01-01T00:00:00.000Z');
    expect(port.mark().generation).toBe(1);
    await store.close();
  });

  it('lets another connection see committed writes', async () => {
    const path = newPath();
    const writer = SqliteStore.open({ path, buildDocument: stubDocument });
    const reader = SqliteStore.open({ path, buildDocument: stubDocument });
    await writer.write([fullRecord('canada', 'a')]);
    expect(reader.searchPort.mark().seq).toBe(1);
    expect(await reader.countDatasets()).toBe(1);
    await writer.close();
    await reader.close();
  });
});

describe('sqlite clusters', () => {
  const U1 = '9d7c6b5a-4e3f-4a2b-8c1d-0e9f8a7b6c5d';

  it('gives a new change sequence number to every record whose cluster changed, written or not', async () => {
    const store = SqliteStore.open({ path: newPath(), buildDocument: stubDocument });
    const port = store.searchPort;
    await store.write([copyOf('canada', U1), copyOf('canada', 'other')]);
    const first = port.changesSince(0, 10);
    expect(first.map((c) => c.cluster)).toEqual([-1, -1]);
    const mark = port.mark().seq;
    await store.write([copyOf('bc', U1)]);
    const changes = port.changesSince(mark, 10);
    // The new record and the one it joined, nothing else.
    expect(changes.map((c) => c.doc).sort()).toEqual([first[0]!.doc, first[0]!.doc + 2].sort());
    const anchor = first[0]!.doc;
    expect(changes.every((c) => c.cluster === anchor)).toBe(true);
    expect(changes.map((c) => c.rank).sort()).toEqual([0, 1]);
    const withdrawnMark = port.mark().seq;
    await store.withdrawMissing('bc', new Set(), '2024-01-01T00:00:00.000Z');
    expect(port.changesSince(withdrawnMark, 10).map((c) => [c.active, c.cluster])).toEqual([
      [false, -1],
      [true, -1],
    ]);
    await store.close();
  });

  it('computes the keys and clusters of records stored before clusters existed when it opens', async () => {
    const path = newPath();
    const store = SqliteStore.open({ path, buildDocument: stubDocument });
    await store.write([copyOf('canada', U1), copyOf('bc', U1), copyOf('ontario', 'alone')]);
    await store.close();
    // What a database of an earlier version holds once migrated: no keys, no clusters.
    const db = new Database(path);
    db.exec("DELETE FROM identity_keys; UPDATE datasets SET cluster = NULL, cluster_rank = NULL; UPDATE store_meta SET value = 0 WHERE key = 'identity_version'");
    db.close();
    const reopened = SqliteStore.open({ path, buildDocument: stubDocument });
    expect((await reopened.getDataset(`canada:${U1}`))?.cluster?.members.map((m) => m.id)).toEqual([`bc:${U1}`, `canada:${U1}`]);
    expect((await reopened.getDataset('ontario:alone'))?.cluster?.members).toHaveLength(1);
    const seqs = reopened.searchPort.changesSince(3, 10);
    expect(seqs.map((c) => c.cluster).filter((c) => c >= 0)).toHaveLength(2);
    await reopened.close();
  });
});

describe('sqlite integrity check', () => {
  // Each breakage is made behind the store's back, in another connection, as a crash or a bug could.
  const broken: [string, string, RegExp][] = [
    ['a record that is not JSON', "UPDATE dataset_records SET record = '{\"id\": \"canada:rec-1\", \"title\":' WHERE doc = 1", /records: 1 stored record that is not JSON: canada:rec-1/],
    ['an active dataset missing from the search index', 'DELETE FROM dataset_text WHERE rowid = 1', /search-index: 1 active dataset without its search-index row: canada:rec-1/],
    ['a search-index row of no dataset', "INSERT INTO dataset_text (rowid, title_en, keywords_en, description_en, title_fr, keywords_fr, description_fr) VALUES (99, 'x', '', '', '', '', '')", /search-index: 1 search-index row without an active dataset: 99/],
    ['a cluster of one record', 'UPDATE datasets SET cluster = doc, cluster_rank = 0 WHERE doc = 1', /clusters: 1 cluster that is not/],
    ['an identity key of a dataset that is gone', "INSERT INTO identity_keys (key, source_id, doc) VALUES ('k', 'canada', 42)", /identity-keys: 1 identity key of no active dataset/],
    ['a job running without a lock', `INSERT INTO jobs (id, source_id, started_at, status, report) VALUES ('j1', 'canada', '2026-01-01', 'running', '{"id":"j1","sourceId":"canada","status":"running"}')`, /jobs: 1 job marked running that holds no lock/],
    ['a job whose row and report disagree', `INSERT INTO jobs (id, source_id, started_at, status, report) VALUES ('j2', 'canada', '2026-01-01', 'failed', '{"id":"j2","sourceId":"canada","status":"succeeded","finishedAt":"x"}')`, /jobs: 1 job whose report is not JSON or disagrees/],
    ['a dataset changed after the change mark', "UPDATE datasets SET seq = 1000000 WHERE doc = 1", /change-sequence: 1 dataset changed after/],
    ['progress of an indicator that is gone', `INSERT INTO community_progress (id, indicator, period, seq, data, recorded_at) VALUES ('AP_CAN04:C1.1.1@2019-03#1', 'AP_CAN04:C1.1.1', '2019-03', 1, '{}', '2026-01-01')`, /community: 1 progress report whose indicator record is missing: AP_CAN04:C1\.1\.1@2019-03#1/],
    ['a community record that is not JSON', `INSERT INTO community_records (kind, id, data, created_at, updated_at) VALUES ('plan', 'AP_CAN01', '{"id":', '2026-01-01', '2026-01-01')`, /community: 1 community record that is not JSON or whose id is not its row’s: plan:AP_CAN01/],
    ['a community record whose id is not its row’s', `INSERT INTO community_records (kind, id, data, created_at, updated_at) VALUES ('plan', 'AP_CAN01', '{"id":"AP_CAN02"}', '2026-01-01', '2026-01-01')`, /community: 1 community record .* plan:AP_CAN01/],
  ];
  it.each(broken)('finds %s', async (_what, sql, expected) => {
    const path = newPath();
    const store = SqliteStore.open({ path, buildDocument: stubDocument });
    await store.write([fullRecord()]);
    expect((await store.checkIntegrity()).ok).toBe(true);
    const db = new Database(path);
    db.exec(sql);
    db.close();
    const report = await store.checkIntegrity();
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => `${p.check}: ${p.detail}`).join('\n')).toMatch(expected);
    await store.close();
  });
});
