// What the harvester needs from storage. The store engines implement it; harvest knows no engine.
import type { DatasetRecord } from '../core/dataset.js';
import type { SourceSettings } from '../sources/settings.js';
import type { HarvestLock, LockOwner, LockRequest, LockResult } from './lock.js';
import type { JobReport } from './report.js';

export interface ExistingRecord {
  contentHash: string;
  withdrawn: boolean;
  /** The source's modification stamp of the stored version (`provenance.modifiedAtSource`). */
  modifiedAtSource?: string;
  /** `provenance.mappedWith` of the stored version. */
  mappedWith?: string;
}

/** What the harvester already computed and the store may reuse instead of computing again. */
export interface WriteHints {
  /** `JSON.stringify(record.provenance.raw)` by record id. */
  rawJson?: ReadonlyMap<string, string>;
}

/** What a write did beyond storing the records. */
export interface WriteOutcome {
  /** Clusters of records from several sources (the same dataset) that the write formed out of
   * records that were all alone before. */
  clustersFormed: number;
}

export interface HarvestSink {
  /** Registers or updates a configured source; `priority` (lower wins) chooses which copy of a
   * dataset several sources hold is shown, after the original publisher's. */
  saveSource(settings: SourceSettings, extra: { enabled: boolean; schedule?: string; priority?: number }): Promise<void>;
  /** The stored hash and state of the given remote records of a source (absent = new). */
  existing(sourceId: string, remoteIds: string[]): Promise<Map<string, ExistingRecord>>;
  /** Inserts or replaces records (re-activating withdrawn ones) in one transaction. Sinks that
   * cluster copies of a dataset say what the write formed. */
  write(records: DatasetRecord[], hints?: WriteHints): Promise<WriteOutcome | void>;
  /** Marks active records of the source whose remote id is not in `seen` as withdrawn; returns how many. */
  withdrawMissing(sourceId: string, seen: ReadonlySet<string>, at: string): Promise<number>;
  /** Number of active records of a source. */
  countActive(sourceId: string): Promise<number>;
  /** Clusters with records of other sources that the source's active records are in (sinks
   * that cluster copies of a dataset). */
  countClustered?(sourceId: string): Promise<number>;
  /** Deletes records withdrawn before `before`; returns how many. */
  purgeWithdrawn(before: string): Promise<number>;
  saveJob(report: JobReport): Promise<void>;
  /** Most recent jobs of a source, newest first. */
  jobs(sourceId: string, limit: number): Promise<JobReport[]>;
  /** Takes the source's harvest lock in one transaction, taking over a stale one (whose job, if
   * still running, becomes failed and interrupted). Sinks without it do not lock. */
  acquireLock?(request: LockRequest): Promise<LockResult>;
  /** Refreshes a held lock; false when the job no longer holds it (taken over). */
  heartbeat?(sourceId: string, jobId: string, at: string): Promise<boolean>;
  /** Releases the lock if the job still holds it. */
  releaseLock?(sourceId: string, jobId: string): Promise<void>;
  /** Fails, as interrupted, the jobs left running by processes that are gone (stale locks, or
   * no lock at all), releasing their locks; returns their ids. */
  recoverInterrupted?(request: { staleBefore: string; ownerGone: (owner: LockOwner) => boolean; at: string }): Promise<string[]>;
  /** Every lock held. */
  locks?(): Promise<HarvestLock[]>;
}
