// The Store: what every engine (sqlite now, postgres later) provides. The same contract test
// suite (test/store/contract.ts) runs against each engine.
import type { DatasetRecord } from '../core/dataset.js';
import type { CommunityStore } from './community.js';
import type { StandardsStore } from './standards.js';
import type { TokenRole } from '../core/permissions.js';
import type { HarvestSink, WriteHints, WriteOutcome } from '../harvest/sink.js';
import type { HarvestLock, LockOwner, LockRequest, LockResult } from '../harvest/lock.js';
import type { JobReport } from '../harvest/report.js';
import type { SourceSettings } from '../sources/settings.js';
import type { RemoteItem } from '../sources/source.js';

/** The records of one dataset harvested from several sources (one record when no other source
 * holds it). */
export interface StoredCluster {
  /** The dataset id of its earliest-stored member. */
  id: string;
  /** The dataset id of the member search shows. */
  preferred: string;
  /** Every member, preferred first. */
  members: { id: string; source: string; landingPage?: string }[];
}

export interface StoredDataset {
  record: DatasetRecord;
  state: 'active' | 'withdrawn';
  withdrawnAt?: string;
  /** Active records only. */
  cluster?: StoredCluster;
}

export interface StoredSource {
  settings: SourceSettings;
  enabled: boolean;
  /** Lower wins when several sources hold the same dataset (after the original publisher's). */
  priority: number;
  schedule?: string;
  /** Newest job first, when any. */
  lastJob?: JobReport;
  activeCount: number;
}

export { TOKEN_ROLES, type TokenRole } from '../core/permissions.js';

/** An API token as stored: its SHA-256 (hex), never the token itself. */
export interface NewToken {
  id: string;
  name?: string;
  role: TokenRole;
  hash: string;
  createdAt: string;
}

export interface StoredToken extends NewToken {
  lastUsedAt?: string;
  revokedAt?: string;
}

/** A web session opened with a token: the SHA-256 (hex) of its cookie's random id, never the id. */
export interface NewSession {
  hash: string;
  tokenId: string;
  role: TokenRole;
  createdAt: string;
  /** Absolute end, however active the session. */
  expiresAt: string;
}

export interface StoredSession extends NewSession {
  lastSeenAt: string;
}

/** One broken invariant of the store, with how many rows break it. */
export interface IntegrityProblem {
  /** sqlite, search-index, records, change-sequence, clusters, identity-keys, jobs, sources, community */
  check: string;
  detail: string;
  count: number;
}

export interface IntegrityReport {
  ok: boolean;
  problems: IntegrityProblem[];
  /** What was checked. */
  counted: { datasets: number; withdrawn: number; clusters: number; jobs: number; locks: number };
}

export interface Store extends HarvestSink, CommunityStore, StandardsStore {
  acquireLock(request: LockRequest): Promise<LockResult>;
  heartbeat(sourceId: string, jobId: string, at: string): Promise<boolean>;
  releaseLock(sourceId: string, jobId: string): Promise<void>;
  recoverInterrupted(request: { staleBefore: string; ownerGone: (owner: LockOwner) => boolean; at: string }): Promise<string[]>;
  locks(): Promise<HarvestLock[]>;
  /** SQLite's own check and Federa's invariants (search index, records, clusters, jobs). */
  checkIntegrity(): Promise<IntegrityReport>;
  write(records: DatasetRecord[], hints?: WriteHints): Promise<WriteOutcome>;
  countClustered(sourceId: string): Promise<number>;
  getDataset(id: string): Promise<StoredDataset | undefined>;
  listSources(): Promise<StoredSource[]>;
  getSource(id: string): Promise<StoredSource | undefined>;
  getJob(id: string): Promise<JobReport | undefined>;
  /** The newest full harvest of the source that has finished (any status), if any. */
  lastFullJob(sourceId: string): Promise<JobReport | undefined>;
  /** Number of active datasets. */
  countDatasets(): Promise<number>;
  /** Moves whenever a dataset row is written, withdrawn or purged: a key for cached figures. */
  changeStamp(): Promise<string>;
  /** Every active record (without its raw form), in batches of `batchSize`, in storage order. */
  activeRecords(batchSize?: number): AsyncIterable<DatasetRecord[]>;
  /** Up to `limit` active records of a source as received (remote id, raw record, stamp),
   * spread evenly over its records. */
  rawSample(sourceId: string, limit: number): Promise<RemoteItem[]>;
  createToken(token: NewToken): Promise<void>;
  /** Every token, revoked ones included, oldest first. */
  listTokens(): Promise<StoredToken[]>;
  touchToken(id: string, at: string): Promise<void>;
  /** False when no token has that id. Ends the token's web sessions. */
  revokeToken(id: string, at: string): Promise<boolean>;
  createSession(session: NewSession): Promise<void>;
  /** The session of that hash, unless its token is revoked (expiry is the caller's to judge). */
  findSession(hash: string): Promise<StoredSession | undefined>;
  touchSession(hash: string, at: string): Promise<void>;
  /** False when no session has that hash. */
  deleteSession(hash: string): Promise<boolean>;
  /** Deletes sessions past `now` (absolute expiry) or last seen at or before `idleBefore`; returns how many. */
  purgeSessions(now: string, idleBefore: string): Promise<number>;
  close(): Promise<void>;
}
