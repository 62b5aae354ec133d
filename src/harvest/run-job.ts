// One job: one run of one source. Errors are values: a bad record becomes a problem on the
// report and the run goes on; a page that cannot be read fails the job and withdraws nothing.
import { randomBytes } from 'node:crypto';
import type { DatasetRecord } from '../core/dataset.js';
import { capRecord } from '../core/caps.js';
import { sha256Hex } from '../core/hash.js';
import { datasetId } from '../core/ids.js';
import { detached } from '../core/text.js';
import type { ItemProblem, MapResult, RemoteItem, Source } from '../sources/source.js';
import type { SourceConfig } from './config.js';
import { HEARTBEAT_MS, LOCK_STALE_MS, ownerGone, SourceLockedError, thisProcess, type LockOwner } from './lock.js';
import { emptyCounts, type JobMode, type JobProblem, type JobReport } from './report.js';
import type { ExistingRecord, HarvestSink } from './sink.js';
import { Turns } from './turns.js';

export interface JobProgress {
  sourceId: string;
  jobId: string;
  seen: number;
  /** What the portal announced, when it did. */
  total?: number;
  written: number;
}

export interface RunJobInput {
  source: Source;
  config: SourceConfig;
  sink: HarvestSink;
  /** `incremental` falls back to a full run when no earlier error-free run exists. */
  mode: JobMode;
  /** Fingerprint of the settings that change the mapping, so that a config change remaps. */
  settingsFingerprint?: string;
  now?: () => Date;
  /** Aborts what is in flight (a fetch): the job fails as interrupted. */
  signal?: AbortSignal;
  /** Stops at the next page boundary (the page in hand is written): the job fails as interrupted,
   * withdrawing nothing. Its reason (a string such as "SIGTERM") is told on the report. */
  stop?: AbortSignal;
  /** The source's lock: who takes it, when a silent holder is stale, how a gone one is told. */
  lock?: { owner?: LockOwner; staleMs?: number; heartbeatMs?: number; ownerGone?: (owner: LockOwner) => boolean };
  /** Called once the job holds its lock and is saved as running. */
  onStart?: (report: JobReport) => void;
  onProgress?: (progress: JobProgress) => void;
  /** Problems kept on the report; the rest are only counted. */
  maxProblems?: number;
  /** Shared with the other jobs of a harvest, so that one page at a time is processed. */
  turns?: Turns;
}

// Records written per transaction: small enough that a batch and its serialized form die young
// in the garbage collector (peak memory), large enough to amortize the commit.
const WRITE_BATCH = 200;

function newJobId(sourceId: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${sourceId}-${stamp}-${randomBytes(3).toString('hex')}`;
}

/** A stop asked between pages: not an error of the source. */
class Interrupted extends Error {}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function lastJobs(sink: HarvestSink, sourceId: string): Promise<{ lastGood?: JobReport; lastComplete?: JobReport }> {
  const jobs = await sink.jobs(sourceId, 50);
  return {
    lastGood: jobs.find((j) => j.status === 'succeeded'),
    lastComplete: jobs.find((j) => j.complete && (j.status === 'succeeded' || j.status === 'partial')),
  };
}

export async function runJob(input: RunJobInput): Promise<JobReport> {
  const { config, sink } = input;
  const now = input.now ?? (() => new Date());
  const started = now();
  const { lastGood, lastComplete } = await lastJobs(sink, config.id);
  const mode: JobMode = input.mode === 'incremental' && lastGood ? 'incremental' : 'full';
  const since = mode === 'incremental' && lastGood ? new Date(lastGood.startedAt) : undefined;
  const report: JobReport = {
    id: newJobId(config.id, started),
    sourceId: config.id,
    mode,
    status: 'running',
    startedAt: started.toISOString(),
    ...(since ? { since: since.toISOString() } : {}),
    counts: emptyCounts(),
    problems: [],
    problemsOmitted: 0,
    complete: false,
  };
  const lock = await takeLock(input, report.id, started);
  try {
    await sink.saveJob(report);
  } catch (error) {
    await lock?.release();
    throw error;
  }
  input.onStart?.(report);
  try {
    return await harvestInto(input, report, mode, since, lastComplete, lock);
  } finally {
    await lock?.release();
  }
}

interface HeldLock {
  /** Refreshes the lock; throws when another run took it over. */
  beat(): Promise<void>;
  release(): Promise<void>;
}

/** Takes the source's harvest lock (sinks that lock); throws SourceLockedError when another run holds it. */
async function takeLock(input: RunJobInput, jobId: string, started: Date): Promise<HeldLock | undefined> {
  const { sink, config } = input;
  if (!sink.acquireLock) return undefined;
  const now = input.now ?? (() => new Date());
  const staleMs = input.lock?.staleMs ?? LOCK_STALE_MS;
  const result = await sink.acquireLock({
    sourceId: config.id,
    jobId,
    owner: input.lock?.owner ?? thisProcess(),
    at: started.toISOString(),
    staleBefore: new Date(started.getTime() - staleMs).toISOString(),
    ownerGone: input.lock?.ownerGone ?? ownerGone,
  });
  if (!result.acquired) throw new SourceLockedError(result.holder);
  let lost = false;
  const refresh = async () => {
    if (!lost && sink.heartbeat && !(await sink.heartbeat(config.id, jobId, now().toISOString()))) lost = true;
  };
  // Beats between pages too, so that a page waiting minutes on retries does not look dead.
  const timer = setInterval(() => void refresh().catch(() => undefined), input.lock?.heartbeatMs ?? HEARTBEAT_MS);
  timer.unref();
  return {
    async beat() {
      await refresh();
      if (lost) throw new Error(`the harvest lock of "${config.id}" was taken over by another run (this one looked dead): stopped`);
    },
    async release() {
      clearInterval(timer);
      await sink.releaseLock?.(config.id, jobId);
    },
  };
}

async function harvestInto(input: RunJobInput, report: JobReport, mode: JobMode, since: Date | undefined, lastComplete: JobReport | undefined, lock: HeldLock | undefined): Promise<JobReport> {
  const { source, config, sink } = input;
  const now = input.now ?? (() => new Date());
  const maxProblems = input.maxProblems ?? 1000;
  const counts = report.counts;
  const problem = (p: Omit<JobProblem, 'sourceId'>) => {
    if (report.problems.length < maxProblems) report.problems.push({ sourceId: config.id, ...p });
    else report.problemsOmitted++;
  };

  const hashPrefix = `${source.mappingVersion}\n${input.settingsFingerprint ?? ''}\n`;
  const mappedWith = sha256Hex(hashPrefix).slice(0, 16);
  const gate = new Set(config.licenceGate);
  // Records the source still lists, admitted or not readable: a record we failed to read is
  // not a deleted record, so it must not be withdrawn.
  const keep = new Set<string>();
  const listed = new Set<string>();
  const signal = input.signal ? { signal: input.signal } : {};
  let written = 0;
  let clustersFormed = 0;
  let pageProblems = 0;
  // Records written with oversized fields cut: kept, but the job says the source is at fault.
  let capped = 0;
  // A listing problem not tied to a record (a page that stopped the listing, an entry without
  // an id) means we cannot tell what the source still has: nothing may be withdrawn.
  let listingIncomplete = false;

  const pageProblem = (p: ItemProblem, url: string) => {
    pageProblems++;
    if (p.remoteId === undefined) {
      listingIncomplete = true;
      problem({ url, reason: p.reason });
    } else {
      counts.failed++;
      keep.add(detached(p.remoteId));
      problem({ recordId: p.remoteId, url, reason: p.reason });
    }
  };
  /** Counts what the source lists for the first time in this run, once each. */
  const firstListed = <T extends { remoteId: string }>(entries: T[]): T[] =>
    entries.filter((entry) => {
      if (listed.has(entry.remoteId)) return false; // a record repeated across pages counts once
      // Ids are kept for the whole run: copied, so that none keeps its page's text alive.
      entry.remoteId = detached(entry.remoteId);
      listed.add(entry.remoteId);
      counts.seen++;
      return true;
    });
  const unchanged = (remoteId: string) => {
    counts.unchanged++;
    keep.add(remoteId);
  };
  /** An active stored version made with the same mapping (version and settings). */
  const sameMapping = (before: ExistingRecord | undefined): before is ExistingRecord =>
    before !== undefined && !before.withdrawn && before.mappedWith === mappedWith;
  /** ...whose source stamp has not moved (CKAN moves metadata_modified on every change of a
   * package or its resources): unchanged without reading the record. */
  const stampSaysUnchanged = (before: ExistingRecord | undefined, modified: string | undefined): boolean =>
    sameMapping(before) && modified !== undefined && before.modifiedAtSource === modified;

  /** Maps, gates and writes the given listed records, leaving alone those that did not change. */
  const turns = input.turns ?? new Turns();
  const processItems = (items: RemoteItem[], url: string, existing: Map<string, ExistingRecord>) => turns.run(() => processInTurn(items, url, existing));
  const processInTurn = async (items: RemoteItem[], url: string, existing: Map<string, ExistingRecord>) => {
    let batch: DatasetRecord[] = [];
    let rawJson = new Map<string, string>();
    const flush = async () => {
      if (batch.length === 0) return;
      const outcome = await sink.write(batch, { rawJson });
      if (outcome) clustersFormed += outcome.clustersFormed;
      written += batch.length;
      batch = [];
      rawJson = new Map();
    };
    const harvestedAt = now().toISOString();
    for (const item of items) {
      const before = existing.get(item.remoteId);
      if (stampSaysUnchanged(before, item.modified)) {
        unchanged(item.remoteId);
        continue;
      }
      const json = JSON.stringify(item.raw);
      const hash = sha256Hex(hashPrefix + json);
      if (sameMapping(before) && before.contentHash === hash) {
        unchanged(item.remoteId);
        continue;
      }
      let mapped: MapResult;
      try {
        mapped = source.map(item);
      } catch (error) {
        mapped = { kind: 'problem', reason: `mapping failed: ${errorMessage(error)}` };
      }
      if (mapped.kind === 'skip') {
        counts.skippedByFilter++;
        continue;
      }
      if (mapped.kind === 'problem') {
        counts.failed++;
        keep.add(item.remoteId);
        problem({ recordId: item.remoteId, url, reason: mapped.reason });
        continue;
      }
      const licenceId = mapped.record.licence?.id;
      if (gate.size > 0 && (licenceId === undefined || !gate.has(licenceId))) {
        counts.skippedByLicence++;
        continue;
      }
      keep.add(item.remoteId);
      const { record: fitted, cuts } = capRecord(mapped.record);
      if (cuts.length > 0) {
        capped++;
        problem({ recordId: item.remoteId, url, reason: `oversized fields were cut: ${cuts.join('; ')}` });
      }
      const record: DatasetRecord = {
        ...fitted,
        id: datasetId(config.id, item.remoteId),
        provenance: {
          ...fitted.provenance,
          sourceId: config.id,
          remoteId: item.remoteId,
          harvestedAt,
          contentHash: hash,
          mappedWith,
          ...(item.modified !== undefined ? { modifiedAtSource: item.modified } : {}),
        },
      };
      batch.push(record);
      rawJson.set(record.id, json);
      if (before && !before.withdrawn) counts.updated++;
      else counts.added++;
      if (batch.length >= WRITE_BATCH) await flush();
    }
    await flush();
  };
  const progress = (total: number | undefined) =>
    input.onProgress?.({ sourceId: config.id, jobId: report.id, seen: counts.seen, ...(total !== undefined ? { total } : {}), written });
  let pages = 0;
  /** After a page is written: refreshes the lock, and tells whether to stop here. */
  const pageDone = async (): Promise<boolean> => {
    pages++;
    await lock?.beat();
    return input.stop?.aborted === true;
  };
  const stopReason = () => {
    const reason: unknown = input.stop?.aborted ? input.stop.reason : input.signal?.reason;
    return typeof reason === 'string' ? reason : 'a stop request';
  };
  const interrupted = (why: string) => {
    report.status = 'failed';
    report.complete = false;
    report.interrupted = true;
    report.error = `interrupted by ${why} after ${pages} page(s) and ${written} record(s) written; nothing was withdrawn`;
    problem({ reason: report.error });
  };
  let stopped = false;

  try {
    // A full run over a source we already hold lists stamps only and fetches what moved.
    const byStamps = mode === 'full' && source.listStamps !== undefined && source.fetch !== undefined && (await sink.countActive(config.id)) > 0;
    if (byStamps) {
      const batchSize = Math.max(1, source.fetchBatch ?? 100);
      pages: for await (const page of source.listStamps!(signal)) {
        for (const p of page.problems) pageProblem(p, page.url);
        const stamps = firstListed(page.stamps);
        if (stamps.length === 0) continue;
        const existing = await sink.existing(config.id, stamps.map((s) => s.remoteId));
        const moved: string[] = [];
        for (const stamp of stamps) {
          if (stampSaysUnchanged(existing.get(stamp.remoteId), stamp.modified)) unchanged(stamp.remoteId);
          else moved.push(stamp.remoteId);
        }
        for (let i = 0; i < moved.length; i += batchSize) {
          const ids = moved.slice(i, i + batchSize);
          const fetched = await source.fetch!(ids, signal);
          for (const p of fetched.problems) pageProblem(p, fetched.url);
          const asked = new Set(ids);
          const items = fetched.items.filter((item) => asked.delete(item.remoteId));
          // Listed a moment ago but not fetched now: the next full run will tell whether it is deleted.
          for (const id of asked) keep.add(id);
          await processItems(items, fetched.url, existing);
          if (i + batchSize < moved.length && (await pageDone())) {
            stopped = true;
            break pages;
          }
        }
        progress(page.total);
        if (await pageDone()) {
          stopped = true;
          break;
        }
      }
    } else {
      for await (const page of source.list({ ...(since ? { since } : {}), ...signal })) {
        for (const p of page.problems) pageProblem(p, page.url);
        const items = firstListed(page.items);
        if (items.length > 0) await processItems(items, page.url, await sink.existing(config.id, items.map((item) => item.remoteId)));
        progress(page.total);
        if (await pageDone()) {
          stopped = true;
          break;
        }
      }
    }
    if (stopped) throw new Interrupted();
    report.complete = mode === 'full' && !listingIncomplete;
    if (mode === 'full' && listingIncomplete) {
      report.flagged = 'the listing was incomplete (see the problems): nothing was withdrawn';
    }
    if (report.complete) {
      const previous = lastComplete?.counts.seen ?? (await sink.countActive(config.id));
      if (previous > 0 && counts.seen < previous / 2) {
        report.flagged = `the source listed ${counts.seen} records, fewer than half of the ${previous} of the previous complete run: nothing was withdrawn`;
      } else {
        counts.withdrawn = await sink.withdrawMissing(config.id, keep, now().toISOString());
      }
    }
    report.status = counts.failed > 0 || pageProblems > 0 || capped > 0 || report.flagged ? 'partial' : 'succeeded';
  } catch (error) {
    if (error instanceof Interrupted || input.stop?.aborted || input.signal?.aborted) interrupted(stopReason());
    else {
      report.status = 'failed';
      report.complete = false;
      report.error = errorMessage(error);
      problem({ reason: report.error });
    }
  }
  report.pages = pages;
  // Withdrawals may have split clusters too: the total is read after them.
  if (sink.countClustered) {
    try {
      report.clusters = { total: await sink.countClustered(config.id), formed: clustersFormed };
    } catch (error) {
      problem({ reason: `clusters could not be counted: ${errorMessage(error)}` });
    }
  }
  report.finishedAt = now().toISOString();
  await sink.saveJob(report);
  return report;
}
