// Dataset rows, their raw records and their full-text rows, always written together in one
// transaction so that search never sees a record that storage does not hold (or the reverse).
import type { DatasetRecord } from '../../core/dataset.js';
import type { ExistingRecord, WriteHints, WriteOutcome } from '../../harvest/sink.js';
import { StoreError } from '../errors.js';
import type { DocumentBuilder, IndexDocument } from '../index-document.js';
import type { StoredCluster, StoredDataset } from '../store.js';
import { ChangeSequence } from './change-seq.js';
import { ClusterTable, storedKeysOf, type ClusterOutcome } from './clusters.js';
import type { SqliteDatabase } from './connection.js';
import { encodeFacts } from './facts-codec.js';
import { IdentityKeyTable } from './identity-keys.js';
import { parseStoredJson } from './json.js';

// SQLite caps bound parameters; json_each takes a whole batch as one.
const ID_BATCH = 500;

interface DatasetRow {
  doc: number;
  state: 'active' | 'withdrawn';
}

/** A record made ready to write: everything that can fail on bad input has been done. */
interface Prepared {
  record: DatasetRecord;
  text: IndexDocument['text'];
  recordJson: string;
  rawJson: string;
  factsJson: string;
  /** Hashed identity keys. */
  keys: string[];
}

export class DatasetTable {
  private readonly seq: ChangeSequence;
  private readonly clusters: ClusterTable;
  private readonly stmt;
  private readonly writeAll;
  private readonly withdrawAll;
  private readonly purgeAll;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly buildDocument: DocumentBuilder,
  ) {
    this.seq = new ChangeSequence(db);
    this.clusters = new ClusterTable(db, new IdentityKeyTable(db), this.seq);
    this.stmt = {
      existing: db.prepare<[string, string], { remote_id: string; content_hash: string; state: string; source_modified: string | null; mapped_with: string | null }>(
        `SELECT remote_id, content_hash, state, source_modified, mapped_with FROM datasets
          WHERE source_id = ? AND remote_id IN (SELECT value FROM json_each(?))`,
      ),
      byId: db.prepare<[string], DatasetRow>('SELECT doc, state FROM datasets WHERE id = ?'),
      insert: db.prepare<[string, string, string, string, number, string, string | null, string | null]>(
        `INSERT INTO datasets (id, source_id, remote_id, state, content_hash, seq, facts, source_modified, mapped_with)
         VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare<[string, string, string, number, string, string | null, string | null, number]>(
        `UPDATE datasets SET source_id = ?, remote_id = ?, state = 'active', withdrawn_at = NULL,
           content_hash = ?, seq = ?, facts = ?, source_modified = ?, mapped_with = ? WHERE doc = ?`,
      ),
      upsertRecord: db.prepare<[number, string]>(
        'INSERT INTO dataset_records (doc, record) VALUES (?, ?) ON CONFLICT (doc) DO UPDATE SET record = excluded.record',
      ),
      upsertRaw: db.prepare<[number, string]>(
        'INSERT INTO dataset_raw (doc, raw) VALUES (?, ?) ON CONFLICT (doc) DO UPDATE SET raw = excluded.raw',
      ),
      insertText: db.prepare<[number, string, string, string, string, string, string]>(
        `INSERT INTO dataset_text (rowid, title_en, keywords_en, description_en, title_fr, keywords_fr, description_fr)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      deleteText: db.prepare<[number]>('DELETE FROM dataset_text WHERE rowid = ?'),
      activeOfSource: db.prepare<[string], { doc: number; remote_id: string }>(
        "SELECT doc, remote_id FROM datasets WHERE source_id = ? AND state = 'active'",
      ),
      withdraw: db.prepare<[string, number, number]>(
        "UPDATE datasets SET state = 'withdrawn', withdrawn_at = ?, seq = ? WHERE doc = ?",
      ),
      countActive: db.prepare<[string], { n: number }>(
        "SELECT count(*) AS n FROM datasets WHERE source_id = ? AND state = 'active'",
      ),
      countAll: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM datasets WHERE state = 'active'"),
      purge: db.prepare<[string]>("DELETE FROM datasets WHERE state = 'withdrawn' AND withdrawn_at < ?"),
      get: db.prepare<[string], { record: string; raw: string | null; state: 'active' | 'withdrawn'; withdrawn_at: string | null; doc: number; cluster: number | null }>(
        `SELECT c.record, r.raw, d.state, d.withdrawn_at, d.doc, d.cluster FROM datasets d
           JOIN dataset_records c ON c.doc = d.doc
           LEFT JOIN dataset_raw r ON r.doc = d.doc WHERE d.id = ?`,
      ),
      clusterMembers: db.prepare<[number], { doc: number; id: string; source_id: string; landing: string | null }>(
        `SELECT d.doc, d.id, d.source_id, json_extract(c.record, '$.provenance.landingPage') AS landing
           FROM datasets d JOIN dataset_records c ON c.doc = d.doc WHERE d.cluster = ? ORDER BY d.cluster_rank`,
      ),
      countClustered: db.prepare<[string], { n: number }>(
        "SELECT count(*) AS n FROM datasets WHERE source_id = ? AND state = 'active' AND cluster IS NOT NULL",
      ),
    };
    this.writeAll = db.transaction((prepared: Prepared[]) => this.writeRows(prepared));
    this.withdrawAll = db.transaction((docs: number[], at: string) => {
      if (docs.length === 0) return;
      let seq = this.seq.reserve(docs.length);
      const clusters = this.clusters.begin();
      for (const doc of docs) {
        this.stmt.withdraw.run(at, seq++, doc);
        this.stmt.deleteText.run(doc);
        clusters.recordWithdrawn(doc);
      }
      clusters.finish();
    });
    this.purgeAll = db.transaction((before: string) => {
      const deleted = this.stmt.purge.run(before).changes;
      if (deleted > 0) this.seq.bumpGeneration();
      return deleted;
    });
  }

  changeSequence(): ChangeSequence {
    return this.seq;
  }

  existing(sourceId: string, remoteIds: string[]): Map<string, ExistingRecord> {
    const found = new Map<string, ExistingRecord>();
    for (let i = 0; i < remoteIds.length; i += ID_BATCH) {
      const batch = JSON.stringify(remoteIds.slice(i, i + ID_BATCH));
      for (const row of this.stmt.existing.iterate(sourceId, batch)) {
        found.set(row.remote_id, {
          contentHash: row.content_hash,
          withdrawn: row.state === 'withdrawn',
          ...(row.source_modified !== null ? { modifiedAtSource: row.source_modified } : {}),
          ...(row.mapped_with !== null ? { mappedWith: row.mapped_with } : {}),
        });
      }
    }
    return found;
  }

  write(records: DatasetRecord[], hints?: WriteHints): WriteOutcome {
    if (records.length === 0) return { clustersFormed: 0 };
    // Prepared before the transaction: a record that cannot be indexed or serialized writes nothing.
    const prepared = records.map((record) => this.prepare(record, hints?.rawJson?.get(record.id)));
    const outcome: ClusterOutcome = this.writeAll.immediate(prepared);
    return { clustersFormed: outcome.formed };
  }

  /** Active records of a source that are in a cluster with records of other sources. */
  countClustered(sourceId: string): number {
    return this.stmt.countClustered.get(sourceId)?.n ?? 0;
  }

  /** Within a write transaction. */
  rerankSource(sourceId: string): void {
    this.clusters.rerankSource(sourceId);
  }

  /** Within a write transaction. */
  rebuildClusters(): void {
    this.clusters.rebuild();
  }

  withdrawMissing(sourceId: string, seen: ReadonlySet<string>, at: string): number {
    const docs = this.stmt.activeOfSource.all(sourceId).filter((row) => !seen.has(row.remote_id)).map((row) => row.doc);
    this.withdrawAll.immediate(docs, at);
    return docs.length;
  }

  purgeWithdrawn(before: string): number {
    return this.purgeAll.immediate(before);
  }

  countActive(sourceId: string): number {
    return this.stmt.countActive.get(sourceId)?.n ?? 0;
  }

  countDatasets(): number {
    return this.stmt.countAll.get()?.n ?? 0;
  }

  get(id: string): StoredDataset | undefined {
    const row = this.stmt.get.get(id);
    if (!row) return undefined;
    const record = parseStoredJson<DatasetRecord>(row.record);
    record.provenance.raw = row.raw === null ? null : parseStoredJson<unknown>(row.raw);
    return {
      record,
      state: row.state,
      ...(row.withdrawn_at !== null ? { withdrawnAt: row.withdrawn_at } : {}),
      ...(row.state === 'active' ? { cluster: this.clusterOf(record, row.cluster) } : {}),
    };
  }

  private clusterOf(record: DatasetRecord, cluster: number | null): StoredCluster {
    const rows = cluster === null ? [] : this.stmt.clusterMembers.all(cluster);
    if (rows.length < 2) {
      const { sourceId: source, landingPage } = record.provenance;
      return { id: record.id, preferred: record.id, members: [{ id: record.id, source, ...(landingPage !== undefined ? { landingPage } : {}) }] };
    }
    return {
      id: rows.find((r) => r.doc === cluster)?.id ?? rows[0]!.id,
      preferred: rows[0]!.id,
      members: rows.map((r) => ({ id: r.id, source: r.source_id, ...(r.landing !== null ? { landingPage: r.landing } : {}) })),
    };
  }

  private prepare(record: DatasetRecord, rawJson: string | undefined): Prepared {
    if (!record || typeof record.id !== 'string' || record.id === '' || !record.provenance) {
      throw new StoreError(`cannot store a record without an id and provenance (${describe(record)})`);
    }
    let document: IndexDocument;
    try {
      document = this.buildDocument(record);
    } catch (error) {
      throw new StoreError(`cannot index record ${record.id}: ${(error as Error).message}`, { cause: error });
    }
    let keys: string[];
    try {
      keys = storedKeysOf(record);
    } catch (error) {
      throw new StoreError(`cannot compute the identity keys of record ${record.id}: ${(error as Error).message}`, { cause: error });
    }
    try {
      const { raw, ...provenance } = record.provenance;
      return {
        record,
        text: document.text,
        recordJson: JSON.stringify({ ...record, provenance }),
        rawJson: rawJson ?? JSON.stringify(raw ?? null),
        factsJson: encodeFacts(document),
        keys,
      };
    } catch (error) {
      throw new StoreError(`cannot serialize record ${record.id}: ${(error as Error).message}`, { cause: error });
    }
  }

  private writeRows(prepared: Prepared[]): ClusterOutcome {
    let seq = this.seq.reserve(prepared.length);
    const clusters = this.clusters.begin();
    for (const { record, text, recordJson, rawJson, factsJson, keys } of prepared) {
      const { sourceId, remoteId, contentHash } = record.provenance;
      const modified = record.provenance.modifiedAtSource ?? null;
      const mappedWith = record.provenance.mappedWith ?? null;
      const existing = this.stmt.byId.get(record.id);
      let doc: number;
      try {
        if (existing) {
          doc = existing.doc;
          this.stmt.update.run(sourceId, remoteId, contentHash, seq, factsJson, modified, mappedWith, doc);
          if (existing.state === 'active') this.stmt.deleteText.run(doc);
        } else {
          doc = Number(this.stmt.insert.run(record.id, sourceId, remoteId, contentHash, seq, factsJson, modified, mappedWith).lastInsertRowid);
        }
      } catch (error) {
        throw new StoreError(`cannot store record ${record.id}: ${(error as Error).message}`, { cause: error });
      }
      seq++;
      this.stmt.upsertRecord.run(doc, recordJson);
      this.stmt.upsertRaw.run(doc, rawJson);
      const { en, fr } = text;
      this.stmt.insertText.run(doc, en.title, en.keywords, en.description, fr.title, fr.keywords, fr.description);
      // A withdrawn record gave up its keys; a new one has none.
      clusters.recordWritten(doc, sourceId, keys, !existing || existing.state === 'withdrawn');
    }
    return clusters.finish();
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
