// Reads over many dataset rows for whole-catalogue figures (the crosswalk's completeness, its
// per-source samples), and the stamp that says when they may have changed.
import type { DatasetRecord } from '../../core/dataset.js';
import type { RemoteItem } from '../../sources/source.js';
import type { ChangeSequence } from './change-seq.js';
import type { SqliteDatabase } from './connection.js';
import { parseStoredJson } from './json.js';

export class RecordReads {
  private readonly stmt;

  constructor(
    db: SqliteDatabase,
    private readonly sequence: ChangeSequence,
  ) {
    this.stmt = {
      active: db.prepare<[number, number], { doc: number; record: string }>(
        `SELECT d.doc, c.record FROM datasets d JOIN dataset_records c ON c.doc = d.doc
          WHERE d.state = 'active' AND d.doc > ? ORDER BY d.doc LIMIT ?`,
      ),
      docsOfSource: db.prepare<[string], { doc: number }>("SELECT doc FROM datasets WHERE source_id = ? AND state = 'active' ORDER BY doc"),
      raws: db.prepare<[string], { remote_id: string; raw: string | null; source_modified: string | null }>(
        `SELECT d.remote_id, r.raw, d.source_modified FROM datasets d LEFT JOIN dataset_raw r ON r.doc = d.doc
          WHERE d.doc IN (SELECT value FROM json_each(?)) ORDER BY d.doc`,
      ),
    };
  }

  changeStamp(): string {
    const mark = this.sequence.mark();
    return `${mark.generation}:${mark.seq}`;
  }

  /** Active records after document `afterDoc`, at most `limit`, with the last document read. */
  activeBatch(afterDoc: number, limit: number): { records: DatasetRecord[]; last: number } {
    const records: DatasetRecord[] = [];
    let last = afterDoc;
    for (const row of this.stmt.active.iterate(afterDoc, limit)) {
      records.push(parseStoredJson<DatasetRecord>(row.record));
      last = row.doc;
    }
    return { records, last };
  }

  /** Up to `limit` active records of a source, spread evenly over its records, as received. */
  rawSample(sourceId: string, limit: number): RemoteItem[] {
    const docs = this.stmt.docsOfSource.all(sourceId).map((row) => row.doc);
    if (docs.length === 0 || limit <= 0) return [];
    const step = docs.length / Math.min(limit, docs.length);
    const picked: number[] = [];
    for (let i = 0; i < Math.min(limit, docs.length); i++) picked.push(docs[Math.floor(i * step)] as number);
    const items: RemoteItem[] = [];
    for (const row of this.stmt.raws.iterate(JSON.stringify(picked))) {
      if (row.raw === null) continue;
      const raw = parseStoredJson<unknown>(row.raw);
      items.push(row.source_modified !== null ? { remoteId: row.remote_id, raw, modified: row.source_modified } : { remoteId: row.remote_id, raw });
    }
    return items;
  }
}
