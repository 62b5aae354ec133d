// Runs sources on their schedules while the server is up: incremental runs often, full runs
// (which detect deletions) less often. A source never runs twice at once.
import type { FederaConfig, SourceConfig } from './config.js';
import { harvest, type HarvestRunOptions } from './harvester.js';
import { nextRun } from './next-run.js';
import type { JobMode, JobReport } from './report.js';
import type { HarvestSink } from './sink.js';

/** What a runner tells the scheduler while its jobs go. */
export interface RunnerEvents {
  onJobStart(sourceId: string): void;
  onJobEnd(report: JobReport): void;
}

/** How a runner is told to end: `stop` at the next page boundary (the job saved as interrupted),
 * then `abort` what is still in flight once the grace period is over. */
export interface RunnerSignals {
  stop: AbortSignal;
  abort: AbortSignal;
}

/** Runs the jobs of the given sources and resolves with their reports (none for a source another
 * run holds); the default runs `harvest()` in this process, a face may run them elsewhere. */
export type HarvestRunner = (sourceIds: string[], mode: JobMode, signals: RunnerSignals, events: RunnerEvents) => Promise<JobReport[]>;

export interface SchedulerOptions {
  config: FederaConfig;
  sink: HarvestSink;
  /** How often to look for due sources. */
  tickMs?: number;
  now?: () => Date;
  onJobStart?: (sourceId: string) => void;
  onJobEnd?: (report: JobReport) => void;
  http?: HarvestRunOptions['http'];
  /** Where the jobs run; default: in this process. */
  runner?: HarvestRunner;
  /** On stop, how long running jobs may take to reach a page boundary before what is in flight is aborted. */
  stopGraceMs?: number;
}

export const STOP_GRACE_MS = 10_000;

/** The mode of the run due now, if any: a full run when the last full one that did its work is
 * older than the full interval, else an incremental one; a source whose last run failed (or was
 * interrupted by a crash or a restart) is retried with a backoff (see next-run.ts). */
export function dueMode(source: SourceConfig, jobs: JobReport[], now: Date): JobMode | undefined {
  const next = nextRun(source, jobs, now);
  return next.kind === 'scheduled' && next.due ? next.mode : undefined;
}

export class HarvestScheduler {
  private timer: NodeJS.Timeout | undefined;
  private readonly running = new Set<string>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly abort = new AbortController();
  private readonly stopping = new AbortController();

  constructor(private readonly options: SchedulerOptions) {}

  /** Sources with a job in progress in this process. */
  get active(): string[] {
    return [...this.running];
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.tickMs ?? 60_000);
    this.timer.unref();
  }

  /** Stops scheduling; running jobs stop at their next page boundary (or are aborted after the
   * grace period) and end as failed and interrupted, withdrawing nothing; waits for them. */
  async stop(reason = 'the server stopping'): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.stopping.abort(reason);
    const grace = setTimeout(() => this.abort.abort(reason), this.options.stopGraceMs ?? STOP_GRACE_MS);
    await Promise.allSettled([...this.inFlight]);
    clearTimeout(grace);
  }

  /** Harvests, in full, the enabled sources that have never been harvested (a new catalogue, a new source). */
  async runNeverHarvested(): Promise<SourceConfig[]> {
    const fresh: SourceConfig[] = [];
    for (const source of this.options.config.sources) {
      if (source.enabled && (await this.options.sink.jobs(source.id, 1)).length === 0) fresh.push(source);
    }
    if (fresh.length > 0) void this.run(fresh, 'full');
    return fresh;
  }

  /** Starts jobs for the given sources (not already running); resolves when they end. */
  run(sources: SourceConfig[], mode: JobMode): Promise<JobReport[]> {
    const ids = sources.map((s) => s.id).filter((id) => !this.running.has(id));
    if (ids.length === 0 || this.stopping.signal.aborted) return Promise.resolve([]);
    ids.forEach((id) => this.running.add(id));
    const events: RunnerEvents = {
      onJobStart: (id) => this.options.onJobStart?.(id),
      onJobEnd: (report) => {
        this.running.delete(report.sourceId);
        this.options.onJobEnd?.(report);
      },
    };
    const promise = (this.options.runner ?? this.inProcess)(ids, mode, { stop: this.stopping.signal, abort: this.abort.signal }, events)
      .finally(() => {
        ids.forEach((id) => this.running.delete(id));
        this.inFlight.delete(promise);
      });
    this.inFlight.add(promise);
    return promise;
  }

  private readonly inProcess: HarvestRunner = async (sourceIds, mode, signals, events) => {
    const result = await harvest({
      config: this.options.config,
      sink: this.options.sink,
      sourceIds,
      mode,
      signal: signals.abort,
      stop: signals.stop,
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(this.options.http ? { http: this.options.http } : {}),
      onJobStart: events.onJobStart,
      onJobEnd: events.onJobEnd,
    });
    return result.jobs;
  };

  async tick(): Promise<void> {
    const now = (this.options.now ?? (() => new Date()))();
    const due: Record<JobMode, SourceConfig[]> = { full: [], incremental: [] };
    for (const source of this.options.config.sources) {
      if (!source.enabled || this.running.has(source.id)) continue;
      const mode = dueMode(source, await this.options.sink.jobs(source.id, 20), now);
      if (mode) due[mode].push(source);
    }
    if (due.full.length) void this.run(due.full, 'full');
    if (due.incremental.length) void this.run(due.incremental, 'incremental');
  }
}
