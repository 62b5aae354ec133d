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

/** The next scheduled run of a source; `jobs` newest first (a running job does not count, as in `dueMode`). */
export function nextRun(source: { enabled: boolean; schedule: SourceSchedule }, jobs: readonly JobReport[], now: Date): NextRun {
  if (!source.enabled) return { kind: 'disabled' };
  const { fullMs, incrementalMs } = source.schedule;
  if (fullMs === undefined && incrementalMs === undefined) return { kind: 'manual' };
  const finished = jobs.filter((j) => j.status !== 'running');
  const started = (job: JobReport | undefined) => (job ? new Date(job.startedAt).getTime() : -Infinity);
  const fullAt = fullMs === undefined ? Infinity : started(finished.find((j) => j.mode === 'full')) + fullMs;
  const incrementalAt = incrementalMs === undefined ? Infinity : started(finished[0]) + incrementalMs;
  const nowMs = now.getTime();
  // As in `dueMode`: a due full run wins over a due incremental one.
  const mode: JobMode = fullAt <= nowMs || (incrementalAt > nowMs && fullAt <= incrementalAt) ? 'full' : 'incremental';
  const at = mode === 'full' ? fullAt : incrementalAt;
  // A source never harvested is due now.
  const when = Number.isFinite(at) ? new Date(at) : now;
  return { kind: 'scheduled', at: when, mode, due: when.getTime() <= nowMs };
}
