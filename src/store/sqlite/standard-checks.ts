// Conformance checks of distributions against data standards, one row per standard, dataset and URL.
import type { DatasetRecord } from '../../core/dataset.js';
import type { StandardCheck } from '../standards.js';
import type { SqliteDatabase } from './connection.js';
import { parseStoredJson } from './json.js';

export class StandardCheckTable {
  private readonly stmt;

  constructor(db: SqliteDatabase) {
    this.stmt = {
      save: db.prepare<[string, string, string, string, string]>(
        `INSERT INTO standard_checks (standard, dataset_id, url, checked_at, data) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (standard, dataset_id, url) DO UPDATE SET checked_at = excluded.checked_at, data = excluded.data`,
      ),
      all: db.prepare<[], { data: string }>('SELECT data FROM standard_checks ORDER BY standard, dataset_id, url'),
      one: db.prepare<[string], { data: string }>('SELECT data FROM standard_checks WHERE standard = ? ORDER BY dataset_id, url'),
      // instr() first: most records have no conformsTo, and their JSON is never parsed.
      conforming: db.prepare<[], { record: string }>(
        `SELECT r.record FROM datasets d JOIN dataset_records r ON r.doc = d.doc
         WHERE d.state = 'active' AND instr(r.record, '"conformsTo"') > 0 ORDER BY d.id`,
      ),
    };
  }

  save(check: StandardCheck): void {
    this.stmt.save.run(check.standard, check.datasetId, check.url, check.checkedAt, JSON.stringify(check));
  }

  list(standard?: string): StandardCheck[] {
    const rows = standard === undefined ? this.stmt.all.all() : this.stmt.one.all(standard);
    return rows.map((row) => parseStoredJson<StandardCheck>(row.data));
  }

  conforming(): DatasetRecord[] {
    const out: DatasetRecord[] = [];
    for (const row of this.stmt.conforming.iterate()) {
      const record = parseStoredJson<DatasetRecord>(row.record);
      if (record.conformsTo?.length || record.distributions.some((d) => d.conformsTo?.length)) out.push(record);
    }
    return out;
  }
}
