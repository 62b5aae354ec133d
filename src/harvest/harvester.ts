// Runs the jobs of many sources: a few sources at a time, politeness shared per host, then the
// purge of records withdrawn longer ago than the grace period.
import { contentHash } from '../core/hash.js';
import type { FederaConfig, SourceConfig } from './config.js';
import { createSource } from './create-source.js';
import { createHttpClient, type HttpClientOptions } from './fetch/http-client.js';
import { HostLimiter } from './fetch/host-limiter.js';
import { LOCK_STALE_MS, ownerGone, SourceLockedError, type HarvestLock, type LockOwner } from './lock.js';
import { emptyCounts, type JobMode, type JobReport } from './report.js';
import { runJob, type JobProgress } from './run-job.js';
import { Turns } from './turns.js';
import type { HarvestSink } from './sink.js';

export interface HarvestRunOptions {
  config: FederaConfig;
  sink: HarvestSink;
  /** Only these sources (enabled or not); default: every enabled source. */
  sourceIds?: string[];
  mode: JobMode;
  /** Aborts what is in flight: running jobs fail as interrupted. */
  signal?: AbortSignal;
  /** Stops at the next page boundary: running jobs fail as interrupted, sources not started yet do not start. */
  stop?: AbortSignal;
  now?: () => Date;
  /** Seams of the harvest locks (tests). */
  lock?: { owner?: LockOwner; staleMs?: number; ownerGone?: (owner: LockOwner) => boolean };
  onJobStart?: (sourceId: string) => void;
  /** A source another run is harvesting: it was not started. */
  onBusy?: (holder: HarvestLock) => void;
  /** Jobs a crashed run left running, failed as interrupted before any source starts. */
  onRecovered?: (jobIds: string[]) => void;
  onProgress?: (progress: JobProgress) => void;
  onJobEnd?: (report: JobReport) => void;
  /** Overrides for the HTTP client (tests shorten backoffs). */
  http?: Partial<HttpClientOptions>;
}

export interface HarvestRunResult {
  jobs: JobReport[];
  /** Sources not harvested because another run holds their lock, with who holds it. */
  busy: HarvestLock[];
  purged: number;
  /** Jobs a crashed run had left running, now failed as interrupted. */
  recovered: string[];
}

/** The settings that change how records map or are admitted. */
export function settingsFingerprint(config: SourceConfig): string {
  return contentHash({
    url: config.url,
    jurisdiction: config.jurisdiction,
    publisher: config.publisher,
    primaryLanguage: config.primaryLanguage,
    organizationJurisdictions: config.organizationJurisdictions,
    filters: config.filters,
    licenceGate: config.licenceGate,
    options: config.options,
  });
}

function failedReport(sourceId: string, mode: JobMode, at: Date, error: unknown): JobReport {
  const reason = `the job could not run: ${error instanceof Error ? error.message : String(error)}`;
  return {
    id: `${sourceId}-unsaved-${at.getTime()}`,
    sourceId,
    mode,
    status: 'failed',
    startedAt: at.toISOString(),
    finishedAt: at.toISOString(),
    counts: emptyCounts(),
    problems: [{ sourceId, reason }],
    problemsOmitted: 0,
    error: reason,
    complete: false,
  };
}

export class UnknownSourceError extends Error {}

export function selectSources(config: FederaConfig, sourceIds?: string[]): SourceConfig[] {
  if (!sourceIds || sourceIds.length === 0) return config.sources.filter((s) => s.enabled);
  return sourceIds.map((id) => {
    const found = config.sources.find((s) => s.id === id);
    if (!found) throw new UnknownSourceError(`no source "${id}" in ${config.file} (known: ${config.sources.map((s) => s.id).join(', ') || 'none'})`);
    return found;
  });
}

export async function registerSources(config: FederaConfig, sink: HarvestSink): Promise<void> {
  for (const source of config.sources) {
    await sink.saveSource(source, {
      enabled: source.enabled,
      ...(source.scheduleText ? { schedule: source.scheduleText } : {}),
      ...(source.priority !== undefined ? { priority: source.priority } : {}),
    });
  }
}

export async function harvest(options: HarvestRunOptions): Promise<HarvestRunResult> {
  const { config, sink } = options;
  const selected = selectSources(config, options.sourceIds);
  const now = options.now ?? (() => new Date());
  await registerSources(config, sink);
  const recovered = await recoverInterrupted(sink, now(), options.lock);
  if (recovered.length > 0) options.onRecovered?.(recovered);
  const limiter = new HostLimiter(config.harvest.perHostConcurrency);
  const turns = new Turns();
  const jobs: JobReport[] = [];
  const busy: HarvestLock[] = [];
  const queue = [...selected];

  async function worker(): Promise<void> {
    for (let next = queue.shift(); next && !options.stop?.aborted; next = queue.shift()) {
      const source = next;
      const http = createHttpClient({
        allowPrivateNetwork: source.allowPrivateNetwork,
        timeoutMs: config.harvest.timeoutMs,
        retries: config.harvest.retries,
        limiter,
        ...options.http,
      });
      let report: JobReport;
      try {
        report = await runJob({
          source: createSource(source, http, config.harvest.pageSize),
          config: source,
          sink,
          mode: options.mode,
          settingsFingerprint: settingsFingerprint(source),
          now,
          turns,
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.stop ? { stop: options.stop } : {}),
          ...(options.lock ? { lock: options.lock } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          onStart: () => options.onJobStart?.(source.id),
        });
      } catch (error) {
        if (error instanceof SourceLockedError) {
          busy.push(error.holder);
          options.onBusy?.(error.holder);
          continue;
        }
        // The store itself failed (disk full, locked...): report it, let the other sources run.
        report = failedReport(source.id, options.mode, now(), error);
      }
      jobs.push(report);
      options.onJobEnd?.(report);
    }
  }

  const workers = Array.from({ length: Math.min(config.harvest.concurrency, selected.length) }, () => worker());
  await Promise.all(workers);
  const purged = await sink.purgeWithdrawn(new Date(now().getTime() - config.harvest.withdrawalGraceMs).toISOString());
  jobs.sort((a, b) => selected.findIndex((s) => s.id === a.sourceId) - selected.findIndex((s) => s.id === b.sourceId));
  return { jobs, busy, purged, recovered };
}

/** Fails, as interrupted, the jobs that processes now gone left running (sinks that lock). */
export async function recoverInterrupted(sink: HarvestSink, at: Date, lock: HarvestRunOptions['lock'] = {}): Promise<string[]> {
  if (!sink.recoverInterrupted) return [];
  return sink.recoverInterrupted({
    staleBefore: new Date(at.getTime() - (lock.staleMs ?? LOCK_STALE_MS)).toISOString(),
    ownerGone: lock.ownerGone ?? ownerGone,
    at: at.toISOString(),
  });
}
