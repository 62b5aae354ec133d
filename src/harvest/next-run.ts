// When the scheduler will next harvest a source, from its schedule and its jobs: the same rule as
// `dueMode` (a full run when the last full one is older than the full interval, else an
// incremental run when the last run is older than the incremental interval), told ahead of time.
import type { SourceSchedule } from './config.js';
import { parseDuration } from './duration.js';
import type { JobMode, JobReport } from './report.js';

export type NextRun =
  | { kind: 'manual' }
  | { kind: 'disabled' }
  /** `at` may be past: the source is due and runs at the scheduler's next look (while serving). */
  | { kind: 'scheduled'; at: Date; mode: JobMode; due: boolean };

/** The schedule from its stored text (`SourceConfig.scheduleText`: "incremental 6h, full 7d");
 * absent or unreadable text is a manual schedule. */
export function scheduleFromText(text: string | undefined): SourceSchedule {
  const schedule: SourceSchedule = {};
  for (const part of (text ?? '').split(',')) {
    const match = /^\s*(incremental|full)\s+(\S+)\s*$/.exec(part);
    const ms = match ? parseDuration(match[2]!) : undefined;
    if (!match || ms === undefined) continue;
    if (match[1] === 'full') schedule.fullMs = ms;
    else schedule.incrementalMs = ms;
  }
  return schedule;
}

// After a failed run the source is retried (at the scheduler's next look) rather than left until
// its next interval, waiting longer after each failure in a row so that a broken portal is not
// hammered; a run merely interrupted (a restart, a signal) is retried at once the first time.
export const RETRY_BASE_MS = 60_000;
export const RETRY_CAP_MS = 6 * 3_600_000;

/** How long to wait after the last of `failures` failed runs in a row before trying again. */
export function retryDelayMs(failures: number, interrupted: boolean, intervalMs: number): number {
  if (failures <= 0 || (failures === 1 && interrupted)) return 0;
  return Math.min(RETRY_CAP_MS, intervalMs, RETRY_BASE_MS * 2 ** Math.min(failures - 1, 30));
}

/** The next scheduled run of a source; `jobs` newest first (a running job does not count, nor,
 * for the intervals, a failed one: see `retryDelayMs`). `dueMode` is this rule, asked for now. */
export function nextRun(source: { enabled: boolean; schedule: SourceSchedule }, jobs: readonly JobReport[], now: Date): NextRun {
  if (!source.enabled) return { kind: 'disabled' };
  const { fullMs, incrementalMs } = source.schedule;
  if (fullMs === undefined && incrementalMs === undefined) return { kind: 'manual' };
  const finished = jobs.filter((j) => j.status !== 'running');
  const done = finished.filter((j) => j.status !== 'failed');
  const started = (job: JobReport | undefined) => (job ? new Date(job.startedAt).getTime() : -Infinity);
  const fullAt = fullMs === undefined ? Infinity : started(done.find((j) => j.mode === 'full')) + fullMs;
  const incrementalAt = incrementalMs === undefined ? Infinity : started(done[0]) + incrementalMs;
  const nowMs = now.getTime();
  // A due full run wins over a due incremental one.
  let mode: JobMode = fullAt <= nowMs || (incrementalAt > nowMs && fullAt <= incrementalAt) ? 'full' : 'incremental';
  let at = mode === 'full' ? fullAt : incrementalAt;
  const failures = finished.findIndex((j) => j.status !== 'failed');
  const latest = finished[0];
  if (latest?.status === 'failed') {
    const ended = new Date(latest.finishedAt ?? latest.startedAt).getTime();
    at = ended + retryDelayMs(failures === -1 ? finished.length : failures, latest.interrupted === true, Math.min(fullMs ?? Infinity, incrementalMs ?? Infinity));
    mode = fullAt <= at ? 'full' : incrementalAt <= at ? 'incremental' : latest.mode;
  }
  // A source never harvested is due now.
  const when = Number.isFinite(at) ? new Date(at) : now;
  return { kind: 'scheduled', at: when, mode, due: when.getTime() <= nowMs };
}
