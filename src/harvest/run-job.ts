// One job: one run of one source. Errors are values: a bad record becomes a problem on the
// report and the run goes on; a page that cannot be read fails the job and withdraws nothing.
import { randomBytes } from 'node:crypto';
import type { DatasetRecord } from '../core/dataset.js';
import { sha256Hex } from '../core/hash.js';
import { datasetId } from '../core/ids.js';
import type { RemoteItem, Source } from '../sources/source.js';
import type { SourceConfig } from './config.js';
import { emptyCounts, type JobMode, type JobProblem, type JobReport } from './report.js';
import type { HarvestSink } from './sink.js';

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
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  /** Problems kept on the report; the rest are only counted. */
  maxProblems?: number;
}

// Records written per transaction: small enough that a batch and its serialized form die young
// in the garbage collector (peak memory), large enough to amortize the commit.
const WRITE_BATCH = 200;

function newJobId(sourceId: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${sourceId}-${stamp}-${randomBytes(3).toString('hex')}`;
}

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
  const { source, config, sink } = input;
  const now = input.now ?? (() => new Date());
  const maxProblems = input.maxProblems ?? 1000;
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
  const counts = report.counts;
  const problem = (p: Omit<JobProblem, 'sourceId'>) => {
    if (report.problems.length < maxProblems) report.problems.push({ sourceId: config.id, ...p });
    else report.problemsOmitted++;
  };
  await sink.saveJob(report);

  const hashPrefix = `${source.mappingVersion}\n${input.settingsFingerprint ?? ''}\n`;
  const mappedWith = sha256Hex(hashPrefix).slice(0, 16);
  const gate = new Set(config.licenceGate);
  // Records the source still lists, admitted or not readable: a record we failed to read is
  // not a deleted record, so it must not be withdrawn.
  const keep = new Set<string>();
  const listed = new Set<string>();
  let written = 0;
  let pageProblems = 0;

  try {
    for await (const page of source.list({ ...(since ? { since } : {}), ...(input.signal ? { signal: input.signal } : {}) })) {
      for (const p of page.problems) {
        pageProblems++;
        if (p.remoteId === undefined) problem({ url: page.url, reason: p.reason });
        else {
          counts.failed++;
          keep.add(p.remoteId);
          problem({ recordId: p.remoteId, url: page.url, reason: p.reason });
        }
      }
      const fresh: RemoteItem[] = [];
      for (const item of page.items) {
        if (listed.has(item.remoteId)) continue; // a record repeated across pages counts once
        listed.add(item.remoteId);
        counts.seen++;
        fresh.push(item);
      }
      if (fresh.length === 0) continue;
      const existing = await sink.existing(config.id, fresh.map((item) => item.remoteId));
      let batch: DatasetRecord[] = [];
      let rawJson = new Map<string, string>();
      const flush = async () => {
        if (batch.length === 0) return;
        await sink.write(batch, { rawJson });
        written += batch.length;
        batch = [];
        rawJson = new Map();
      };
      const harvestedAt = now().toISOString();
      for (const item of fresh) {
        const before = existing.get(item.remoteId);
        const current = before !== undefined && !before.withdrawn && before.mappedWith === mappedWith;
        // The source's own stamp says unchanged: no need to read the record (CKAN moves
        // metadata_modified on every change of a package or its resources).
        if (current && item.modified !== undefined && before.modifiedAtSource === item.modified) {
          counts.unchanged++;
          keep.add(item.remoteId);
          continue;
        }
        const json = JSON.stringify(item.raw);
        const hash = sha256Hex(hashPrefix + json);
        if (current && before.contentHash === hash) {
          counts.unchanged++;
          keep.add(item.remoteId);
          continue;
        }
        let mapped;
        try {
          mapped = source.map(item);
        } catch (error) {
          mapped = { kind: 'problem' as const, reason: `mapping failed: ${errorMessage(error)}` };
        }
        if (mapped.kind === 'skip') {
          counts.skippedByFilter++;
          continue;
        }
        if (mapped.kind === 'problem') {
          counts.failed++;
          keep.add(item.remoteId);
          problem({ recordId: item.remoteId, url: page.url, reason: mapped.reason });
          continue;
        }
        const licenceId = mapped.record.licence?.id;
        if (gate.size > 0 && (licenceId === undefined || !gate.has(licenceId))) {
          counts.skippedByLicence++;
          continue;
        }
        keep.add(item.remoteId);
        const record: DatasetRecord = {
          ...mapped.record,
          id: datasetId(config.id, item.remoteId),
          provenance: {
            ...mapped.record.provenance,
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
      input.onProgress?.({ sourceId: config.id, jobId: report.id, seen: counts.seen, ...(page.total !== undefined ? { total: page.total } : {}), written });
    }
    report.complete = mode === 'full';
    if (report.complete) {
      const previous = lastComplete?.counts.seen ?? (await sink.countActive(config.id));
      if (previous > 0 && counts.seen < previous / 2) {
        report.flagged = `the source listed ${counts.seen} records, fewer than half of the ${previous} of the previous complete run: nothing was withdrawn`;
      } else {
        counts.withdrawn = await sink.withdrawMissing(config.id, keep, now().toISOString());
      }
    }
    report.status = counts.failed > 0 || pageProblems > 0 || report.flagged ? 'partial' : 'succeeded';
  } catch (error) {
    report.status = 'failed';
    report.complete = false;
    report.error = errorMessage(error);
    problem({ reason: report.error });
  }
  report.finishedAt = now().toISOString();
  await sink.saveJob(report);
  return report;
}
