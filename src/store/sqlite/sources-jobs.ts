// Configured sources and the reports of their harvest jobs (problems included, in the report).
import type { Jurisdiction } from '../../core/dataset.js';
import { DEFAULT_PRIORITY } from '../../core/preference.js';
import type { JobReport } from '../../harvest/report.js';
import type { SourceSettings } from '../../sources/settings.js';
import type { StoredSource } from '../store.js';
import type { SqliteDatabase } from './connection.js';
import { parseStoredJson } from './json.js';

interface SourceRow {
  settings: string;
  enabled: number;
  priority: number;
  schedule: string | null;
  active: number;
  last_job: string | null;
}

const SOURCE_SELECT = `
  SELECT s.settings, s.enabled, s.priority, s.schedule,
    (SELECT count(*) FROM datasets d WHERE d.source_id = s.id AND d.state = 'active') AS active,
    (SELECT j.report FROM jobs j WHERE j.source_id = s.id ORDER BY j.started_at DESC, j.rowid DESC LIMIT 1) AS last_job
  FROM sources s`;

export class SourceJobTables {
  private readonly stmt;

  constructor(db: SqliteDatabase) {
    this.stmt = {
      saveSource: db.prepare<[string, string, number, number, string | null, string]>(
        `INSERT INTO sources (id, settings, enabled, priority, schedule, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, enabled = excluded.enabled,
           priority = excluded.priority, schedule = excluded.schedule, updated_at = excluded.updated_at`,
      ),
      preference: db.prepare<[string], { settings: string; priority: number }>('SELECT settings, priority FROM sources WHERE id = ?'),
      listSources: db.prepare<[], SourceRow>(`${SOURCE_SELECT} ORDER BY s.id`),
      getSource: db.prepare<[string], SourceRow>(`${SOURCE_SELECT} WHERE s.id = ?`),
      saveJob: db.prepare<[string, string, string, string, string]>(
        `INSERT INTO jobs (id, source_id, started_at, status, report) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, started_at = excluded.started_at,
           status = excluded.status, report = excluded.report`,
      ),
      jobs: db.prepare<[string, number], { report: string }>(
        'SELECT report FROM jobs WHERE source_id = ? ORDER BY started_at DESC, rowid DESC LIMIT ?',
      ),
      getJob: db.prepare<[string], { report: string }>('SELECT report FROM jobs WHERE id = ?'),
      lastFullJob: db.prepare<[string], { report: string }>(
        `SELECT report FROM jobs WHERE source_id = ? AND status <> 'running' AND json_extract(report, '$.mode') = 'full'
         ORDER BY started_at DESC, rowid DESC LIMIT 1`,
      ),
    };
  }

  /** Saves a source; returns whether what chooses between copies of a dataset (its
   * jurisdiction, its priority) changed. */
  saveSource(settings: SourceSettings, extra: { enabled: boolean; schedule?: string; priority?: number }): boolean {
    const priority = extra.priority ?? DEFAULT_PRIORITY;
    const before = this.stmt.preference.get(settings.id);
    this.stmt.saveSource.run(settings.id, JSON.stringify(settings), extra.enabled ? 1 : 0, priority, extra.schedule ?? null, new Date().toISOString());
    // Records written before their source was known were ranked without its settings.
    if (!before) return true;
    const jurisdiction = parseStoredJson<SourceSettings>(before.settings).jurisdiction;
    return before.priority !== priority || !sameJurisdiction(jurisdiction, settings.jurisdiction);
  }

  listSources(): StoredSource[] {
    return this.stmt.listSources.all().map(toStoredSource);
  }

  getSource(id: string): StoredSource | undefined {
    const row = this.stmt.getSource.get(id);
    return row ? toStoredSource(row) : undefined;
  }

  saveJob(report: JobReport): void {
    this.stmt.saveJob.run(report.id, report.sourceId, report.startedAt, report.status, JSON.stringify(report));
  }

  jobs(sourceId: string, limit: number): JobReport[] {
    const n = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
    return this.stmt.jobs.all(sourceId, n).map((row) => parseStoredJson<JobReport>(row.report));
  }

  /** The newest finished full harvest of a source, whatever its status. */
  lastFullJob(sourceId: string): JobReport | undefined {
    const row = this.stmt.lastFullJob.get(sourceId);
    return row ? parseStoredJson<JobReport>(row.report) : undefined;
  }

  getJob(id: string): JobReport | undefined {
    const row = this.stmt.getJob.get(id);
    return row ? parseStoredJson<JobReport>(row.report) : undefined;
  }
}

function sameJurisdiction(a: Jurisdiction | undefined, b: Jurisdiction | undefined): boolean {
  return a?.level === b?.level && a?.code === b?.code && a?.municipality === b?.municipality;
}

function toStoredSource(row: SourceRow): StoredSource {
  return {
    settings: parseStoredJson<SourceSettings>(row.settings),
    enabled: row.enabled === 1,
    priority: row.priority,
    ...(row.schedule !== null ? { schedule: row.schedule } : {}),
    ...(row.last_job !== null ? { lastJob: parseStoredJson<JobReport>(row.last_job) } : {}),
    activeCount: row.active,
  };
}
