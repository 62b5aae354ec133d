// Harvest locks (migration 0005): taken, refreshed and released in transactions of their own; a
// stale lock's job, still marked running, is failed as interrupted in the same transaction.
import { interruptedReason, staleness, type HarvestLock, type LockOwner, type LockRequest, type LockResult } from '../../harvest/lock.js';
import type { JobReport } from '../../harvest/report.js';
import type { SqliteDatabase } from './connection.js';
import { parseStoredJson } from './json.js';

interface LockRow {
  source_id: string;
  job_id: string;
  host: string;
  pid: number;
  acquired_at: string;
  heartbeat_at: string;
}

export interface RecoveryRequest {
  staleBefore: string;
  ownerGone: (owner: LockOwner) => boolean;
  at: string;
}

function toLock(row: LockRow): HarvestLock {
  return { sourceId: row.source_id, jobId: row.job_id, owner: { host: row.host, pid: row.pid }, acquiredAt: row.acquired_at, heartbeatAt: row.heartbeat_at };
}

export class LockTable {
  private readonly stmt;
  readonly acquire: (request: LockRequest) => LockResult;
  readonly recover: (request: RecoveryRequest) => string[];

  constructor(private readonly db: SqliteDatabase) {
    this.stmt = {
      get: db.prepare<[string], LockRow>('SELECT * FROM harvest_locks WHERE source_id = ?'),
      all: db.prepare<[], LockRow>('SELECT * FROM harvest_locks ORDER BY source_id'),
      put: db.prepare<[string, string, string, number, string, string]>(
        `INSERT INTO harvest_locks (source_id, job_id, host, pid, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (source_id) DO UPDATE SET job_id = excluded.job_id, host = excluded.host, pid = excluded.pid,
           acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at`,
      ),
      beat: db.prepare<[string, string, string]>('UPDATE harvest_locks SET heartbeat_at = ? WHERE source_id = ? AND job_id = ?'),
      release: db.prepare<[string, string]>('DELETE FROM harvest_locks WHERE source_id = ? AND job_id = ?'),
      drop: db.prepare<[string]>('DELETE FROM harvest_locks WHERE source_id = ?'),
      job: db.prepare<[string], { report: string }>('SELECT report FROM jobs WHERE id = ?'),
      running: db.prepare<[], { id: string; source_id: string }>("SELECT id, source_id FROM jobs WHERE status = 'running'"),
      failJob: db.prepare<[string, string, string]>("UPDATE jobs SET status = 'failed', report = ? WHERE id = ? AND status = ?"),
    };
    // IMMEDIATE: two processes asking at once are serialized by SQLite's write lock.
    const acquire = db.transaction((request: LockRequest): LockResult => {
      const row = this.stmt.get.get(request.sourceId);
      let tookOver: HarvestLock | undefined;
      if (row) {
        const held = toLock(row);
        const why = staleness(held, request.staleBefore, request.ownerGone);
        if (why === undefined) return { acquired: false, holder: held };
        this.interrupt(held.jobId, why, request.at);
        tookOver = held;
      }
      const { sourceId, jobId, owner, at } = request;
      this.stmt.put.run(sourceId, jobId, owner.host, owner.pid, at, at);
      return tookOver ? { acquired: true, tookOver } : { acquired: true };
    });
    this.acquire = (request) => acquire.immediate(request);
    const recover = db.transaction((request: RecoveryRequest): string[] => {
      const failed: string[] = [];
      for (const row of this.stmt.all.all()) {
        const lock = toLock(row);
        const why = staleness(lock, request.staleBefore, request.ownerGone);
        if (why === undefined) continue;
        if (this.interrupt(lock.jobId, why, request.at)) failed.push(lock.jobId);
        this.stmt.drop.run(lock.sourceId);
      }
      // A running job whose source holds no lock for it has no live owner (or predates locks).
      for (const job of this.stmt.running.all()) {
        if (this.stmt.get.get(job.source_id)?.job_id === job.id) continue;
        if (this.interrupt(job.id, 'no process holds its lock any more', request.at)) failed.push(job.id);
      }
      return failed;
    });
    this.recover = (request) => recover.immediate(request);
  }

  heartbeat(sourceId: string, jobId: string, at: string): boolean {
    return this.stmt.beat.run(at, sourceId, jobId).changes === 1;
  }

  release(sourceId: string, jobId: string): void {
    this.stmt.release.run(sourceId, jobId);
  }

  list(): HarvestLock[] {
    return this.stmt.all.all().map(toLock);
  }

  /** Fails a job still marked running; returns whether it was. */
  private interrupt(jobId: string, why: string, at: string): boolean {
    const row = this.stmt.job.get(jobId);
    if (!row) return false;
    const report = parseStoredJson<JobReport>(row.report);
    if (report.status !== 'running') return false;
    const reason = interruptedReason(why);
    const failed: JobReport = {
      ...report,
      status: 'failed',
      finishedAt: at,
      error: reason,
      interrupted: true,
      complete: false,
      problems: [...report.problems, { sourceId: report.sourceId, reason }],
    };
    return this.stmt.failJob.run(JSON.stringify(failed), jobId, 'running').changes === 1;
  }
}
