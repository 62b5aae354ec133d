// The community tracker's tables: records of each kind as JSON documents, and append-only progress
// reports. Callers run each public method inside one transaction (see SqliteStore).
import { stringify } from 'safe-stable-stringify';
import type { CommunityKind, CommunityRecords, NewProgressReport, ProgressReport } from '../../core/community/types.js';
import type { CommunityListQuery, ProgressQuery, SaveOutcome, StoredCommunityRecord } from '../community.js';
import { StoreError } from '../errors.js';
import type { SqliteDatabase } from './connection.js';
import { parseStoredJson } from './json.js';

interface RecordRow {
  kind: CommunityKind;
  id: string;
  data: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

type SqlValue = string | number;

// Field names reach SQL only as a bound JSON path, and only when they are plain identifiers.
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

function fromRow<K extends CommunityKind>(row: RecordRow): StoredCommunityRecord<K> {
  return {
    kind: row.kind as K,
    id: row.id,
    data: parseStoredJson<CommunityRecords[K]>(row.data),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The condition (and its parameters) of a `where` on a top-level field of `data`. */
function whereClause(where: CommunityListQuery['where']): { sql: string; params: SqlValue[] } {
  if (!where) return { sql: '', params: [] };
  if (typeof where.field !== 'string' || !FIELD.test(where.field)) {
    throw new StoreError(`community query: the field ${JSON.stringify(where.field)} is not a plain field name (letters, digits, _)`);
  }
  const path = `$.${where.field}`;
  if (typeof where.value === 'boolean') return { sql: ' AND json_type(data, ?) = ?', params: [path, where.value ? 'true' : 'false'] };
  if (typeof where.value !== 'string' && typeof where.value !== 'number') {
    throw new StoreError(`community query: the value for ${where.field} must be a string, number or boolean`);
  }
  // json_extract gives true as 1: the JSON type keeps a boolean from matching a number.
  const types = typeof where.value === 'string' ? "('text')" : "('integer', 'real')";
  return { sql: ` AND json_extract(data, ?) = ? AND json_type(data, ?) IN ${types}`, params: [path, where.value, path] };
}

function count(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) throw new StoreError(`community query: ${name} must be a whole number ≥ 0, not ${value}`);
  return value;
}

export class CommunityTables {
  private readonly stmt;

  constructor(private readonly db: SqliteDatabase) {
    this.stmt = {
      get: db.prepare<[string, string], RecordRow>('SELECT * FROM community_records WHERE kind = ? AND id = ?'),
      insert: db.prepare<[string, string, string, string, string]>(
        'INSERT INTO community_records (kind, id, data, revision, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)',
      ),
      update: db.prepare<[string, string, string, string]>(
        'UPDATE community_records SET data = ?, revision = revision + 1, updated_at = ? WHERE kind = ? AND id = ?',
      ),
      remove: db.prepare<[string, string]>('DELETE FROM community_records WHERE kind = ? AND id = ?'),
      progressOf: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM community_progress WHERE indicator = ?'),
      nextSeq: db.prepare<[string, string], { n: number }>(
        'SELECT coalesce(max(seq), 0) + 1 AS n FROM community_progress WHERE indicator = ? AND period = ?',
      ),
      append: db.prepare<[string, string, string, number, string, string]>(
        'INSERT INTO community_progress (id, indicator, period, seq, data, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
    };
  }

  save<K extends CommunityKind>(kind: K, records: CommunityRecords[K][], at: string): SaveOutcome {
    const outcome: SaveOutcome = { created: [], updated: [], unchanged: [] };
    records.forEach((record, index) => {
      const id = idOf(kind, record, index);
      const data = stringify(record);
      const before = this.stmt.get.get(kind, id);
      if (!before) {
        this.stmt.insert.run(kind, id, data, at, at);
        outcome.created.push(id);
      } else if (stringify(parseStoredJson<unknown>(before.data)) === data) {
        outcome.unchanged.push(id);
      } else {
        this.stmt.update.run(data, at, kind, id);
        outcome.updated.push(id);
      }
    });
    return outcome;
  }

  get<K extends CommunityKind>(kind: K, id: string): StoredCommunityRecord<K> | undefined {
    const row = this.stmt.get.get(kind, id);
    return row ? fromRow<K>(row) : undefined;
  }

  list<K extends CommunityKind>(kind: K, query: CommunityListQuery = {}): StoredCommunityRecord<K>[] {
    const where = whereClause(query.where);
    const limit = count(query.limit, 'limit') ?? -1;
    const offset = count(query.offset, 'offset') ?? 0;
    const sql = `SELECT * FROM community_records WHERE kind = ?${where.sql} ORDER BY id LIMIT ? OFFSET ?`;
    return this.db
      .prepare<SqlValue[], RecordRow>(sql)
      .all(kind, ...where.params, limit, offset)
      .map((row) => fromRow<K>(row));
  }

  count(kind: CommunityKind, query: Pick<CommunityListQuery, 'where'> = {}): number {
    const where = whereClause(query.where);
    const sql = `SELECT count(*) AS n FROM community_records WHERE kind = ?${where.sql}`;
    return this.db.prepare<SqlValue[], { n: number }>(sql).get(kind, ...where.params)?.n ?? 0;
  }

  /** Refuses to delete an indicator that has progress reports, which are never deleted. */
  remove(kind: CommunityKind, id: string): boolean {
    if (kind === 'indicator') {
      const reports = this.stmt.progressOf.get(id)?.n ?? 0;
      if (reports > 0) throw new StoreError(`community: the indicator ${id} has ${reports} progress reports and cannot be deleted`);
    }
    return this.stmt.remove.run(kind, id).changes > 0;
  }

  append(reports: NewProgressReport[], at: string): ProgressReport[] {
    return reports.map((report, index) => {
      if (typeof report !== 'object' || report === null || typeof report.indicator !== 'string' || typeof report.period !== 'string') {
        throw new StoreError(`community progress #${index}: a report needs an indicator and a period`);
      }
      if (!this.stmt.get.get('indicator', report.indicator)) {
        throw new StoreError(`community progress #${index}: the indicator ${report.indicator} does not exist; nothing of the batch was recorded`);
      }
      const seq = this.stmt.nextSeq.get(report.indicator, report.period)?.n ?? 1;
      const stored: ProgressReport = { ...report, id: `${report.indicator}@${report.period}#${seq}`, recordedAt: at };
      this.stmt.append.run(stored.id, stored.indicator, stored.period, seq, JSON.stringify(stored), at);
      return stored;
    });
  }

  listProgress(query: ProgressQuery = {}): ProgressReport[] {
    const conditions: string[] = [];
    const params: string[] = [];
    const add = (sql: string, value: string | undefined): void => {
      if (value === undefined) return;
      conditions.push(sql);
      params.push(value);
    };
    add('p.indicator = ?', query.indicator);
    add('p.period = ?', query.period);
    add("json_extract(r.data, '$.commitment') = ?", query.commitment);
    add("json_extract(r.data, '$.plan') = ?", query.plan);
    // Numbered rows of one indicator and period sort by their number, not as text (#10 after #9).
    const sql = `SELECT p.data FROM community_progress p
      LEFT JOIN community_records r ON r.kind = 'indicator' AND r.id = p.indicator
      ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
      ORDER BY p.recorded_at, p.indicator, p.period, p.seq`;
    return this.db
      .prepare<string[], { data: string }>(sql)
      .all(...params)
      .map((row) => parseStoredJson<ProgressReport>(row.data));
  }
}

function idOf(kind: CommunityKind, record: unknown, index: number): string {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new StoreError(`community ${kind} #${index}: a record must be an object; nothing of the batch was saved`);
  }
  const id = (record as { id?: unknown }).id;
  if (typeof id !== 'string' || id.trim() === '') {
    throw new StoreError(`community ${kind} #${index}: the record has no id; nothing of the batch was saved`);
  }
  return id;
}
