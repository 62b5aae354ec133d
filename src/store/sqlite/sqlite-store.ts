// The embedded engine: one SQLite file holds sources, jobs, datasets and the full-text index.
// better-sqlite3 is synchronous; the Store contract is async because other engines are not.
import { COMMUNITY_KINDS, type CommunityKind, type CommunityRecords, type NewProgressReport, type ProgressReport } from '../../core/community/types.js';
import type { DatasetRecord } from '../../core/dataset.js';
import type { HarvestLock, LockOwner, LockRequest, LockResult } from '../../harvest/lock.js';
import type { JobReport } from '../../harvest/report.js';
import { IDENTITY_VERSION } from '../../core/identity.js';
import type { ExistingRecord, WriteHints, WriteOutcome } from '../../harvest/sink.js';
import type { SourceSettings } from '../../sources/settings.js';
import type { RemoteItem } from '../../sources/source.js';
import type { CommunityListQuery, ProgressQuery, SaveOutcome, StoredCommunityRecord } from '../community.js';
import { StoreError } from '../errors.js';
import type { DocumentBuilder } from '../index-document.js';
import type { NewSession, NewToken, Store, StoredDataset, StoredSession, StoredSource, StoredToken } from '../store.js';
import type { IntegrityReport } from '../store.js';
import { CommunityTables } from './community.js';
import { openConnection, type SqliteDatabase } from './connection.js';
import { DatasetTable } from './datasets.js';
import { checkFullTextIndex, checkIntegrity } from './integrity.js';
import { LockTable } from './locks.js';
import { migrate } from './migrate.js';
import type { Migration } from './migrations/migration.js';
import { RecordReads } from './record-reads.js';
import { SqliteSearchPort } from './search-port.js';
import { SourceJobTables } from './sources-jobs.js';
import { SessionTable } from './sessions.js';
import { TokenTable } from './tokens.js';
import { StandardCheckTable } from './standard-checks.js';
import type { StandardCheck } from '../standards.js';

export interface SqliteStoreOptions {
  /** Database file, or `:memory:`. */
  path: string;
  /** Turns a record into what the search index holds (from the search layer). */
  buildDocument: DocumentBuilder;
  busyTimeoutMs?: number;
  /** For tests of the migration machinery. */
  migrations?: readonly Migration[];
}

export class SqliteStore implements Store {
  readonly path: string;
  /** For the SQLite search engine only. */
  readonly searchPort: SqliteSearchPort;
  private readonly db: SqliteDatabase;
  private readonly datasets: DatasetTable;
  private readonly sourcesJobs: SourceJobTables;
  private readonly tokens: TokenTable;
  private readonly sessions: SessionTable;
  private readonly harvestLocks: LockTable;
  private readonly community: CommunityTables;
  private readonly standardChecks: StandardCheckTable;
  private readonly recordReads: RecordReads;
  private closed = false;

  private constructor(path: string, db: SqliteDatabase, buildDocument: DocumentBuilder) {
    this.path = path;
    this.db = db;
    this.datasets = new DatasetTable(db, buildDocument);
    this.sourcesJobs = new SourceJobTables(db);
    this.tokens = new TokenTable(db);
    this.sessions = new SessionTable(db);
    this.harvestLocks = new LockTable(db);
    this.community = new CommunityTables(db);
    this.standardChecks = new StandardCheckTable(db);
    this.searchPort = new SqliteSearchPort(db, this.datasets.changeSequence());
    this.recordReads = new RecordReads(db, this.datasets.changeSequence());
  }

  /** Opens (creating and migrating when needed) the database at `options.path`. */
  static open(options: SqliteStoreOptions): SqliteStore {
    const db = openConnection(options.path, options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {});
    try {
      migrate(db, options.path, options.migrations);
      const store = new SqliteStore(options.path, db, options.buildDocument);
      store.keepIdentityKeysCurrent();
      return store;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async saveSource(settings: SourceSettings, extra: { enabled: boolean; schedule?: string; priority?: number }): Promise<void> {
    this.run(() =>
      this.db
        .transaction(() => {
          // Which copy of a dataset is preferred depends on the source's jurisdiction and priority.
          if (this.sourcesJobs.saveSource(settings, extra)) this.datasets.rerankSource(settings.id);
        })
        .immediate(),
    );
  }

  async existing(sourceId: string, remoteIds: string[]): Promise<Map<string, ExistingRecord>> {
    return this.run(() => this.datasets.existing(sourceId, remoteIds));
  }

  async write(records: DatasetRecord[], hints?: WriteHints): Promise<WriteOutcome> {
    return this.run(() => this.datasets.write(records, hints));
  }

  async countClustered(sourceId: string): Promise<number> {
    return this.run(() => this.datasets.countClustered(sourceId));
  }

  async withdrawMissing(sourceId: string, seen: ReadonlySet<string>, at: string): Promise<number> {
    return this.run(() => this.datasets.withdrawMissing(sourceId, seen, at));
  }

  async countActive(sourceId: string): Promise<number> {
    return this.run(() => this.datasets.countActive(sourceId));
  }

  async purgeWithdrawn(before: string): Promise<number> {
    return this.run(() => this.datasets.purgeWithdrawn(before));
  }

  async saveJob(report: JobReport): Promise<void> {
    this.run(() => this.sourcesJobs.saveJob(report));
  }

  async jobs(sourceId: string, limit: number): Promise<JobReport[]> {
    return this.run(() => this.sourcesJobs.jobs(sourceId, limit));
  }

  async lastFullJob(sourceId: string): Promise<JobReport | undefined> {
    return this.run(() => this.sourcesJobs.lastFullJob(sourceId));
  }

  async acquireLock(request: LockRequest): Promise<LockResult> {
    return this.run(() => this.harvestLocks.acquire(request));
  }

  async heartbeat(sourceId: string, jobId: string, at: string): Promise<boolean> {
    return this.run(() => this.harvestLocks.heartbeat(sourceId, jobId, at));
  }

  async releaseLock(sourceId: string, jobId: string): Promise<void> {
    this.run(() => this.harvestLocks.release(sourceId, jobId));
  }

  async recoverInterrupted(request: { staleBefore: string; ownerGone: (owner: LockOwner) => boolean; at: string }): Promise<string[]> {
    return this.run(() => this.harvestLocks.recover(request));
  }

  async locks(): Promise<HarvestLock[]> {
    return this.run(() => this.harvestLocks.list());
  }

  async checkIntegrity(): Promise<IntegrityReport> {
    // One read snapshot, so that a harvest writing meanwhile in another process cannot make
    // the check see half of a transaction's rows.
    return this.run(() => {
      const index = checkFullTextIndex(this.db);
      return this.db.transaction(() => checkIntegrity(this.db, index ? [index] : [])).deferred();
    });
  }

  async getDataset(id: string): Promise<StoredDataset | undefined> {
    return this.run(() => this.datasets.get(id));
  }

  async listSources(): Promise<StoredSource[]> {
    return this.run(() => this.sourcesJobs.listSources());
  }

  async getSource(id: string): Promise<StoredSource | undefined> {
    return this.run(() => this.sourcesJobs.getSource(id));
  }

  async getJob(id: string): Promise<JobReport | undefined> {
    return this.run(() => this.sourcesJobs.getJob(id));
  }

  async saveStandardCheck(check: StandardCheck): Promise<void> {
    return this.run(() => this.standardChecks.save(check));
  }

  async listStandardChecks(standard?: string): Promise<StandardCheck[]> {
    return this.run(() => this.standardChecks.list(standard));
  }

  async datasetsWithConformsTo(): Promise<DatasetRecord[]> {
    return this.run(() => this.db.transaction(() => this.standardChecks.conforming()).deferred());
  }

  async changeStamp(): Promise<string> {
    return this.run(() => this.recordReads.changeStamp());
  }

  async *activeRecords(batchSize = 1000): AsyncIterable<DatasetRecord[]> {
    let after = 0;
    for (;;) {
      const { records, last } = this.run(() => this.recordReads.activeBatch(after, batchSize));
      if (records.length === 0) return;
      yield records;
      after = last;
    }
  }

  async rawSample(sourceId: string, limit: number): Promise<RemoteItem[]> {
    return this.run(() => this.recordReads.rawSample(sourceId, limit));
  }

  async countDatasets(): Promise<number> {
    return this.run(() => this.datasets.countDatasets());
  }

  async createToken(token: NewToken): Promise<void> {
    this.run(() => this.tokens.create(token));
  }

  async listTokens(): Promise<StoredToken[]> {
    return this.run(() => this.tokens.list());
  }

  async touchToken(id: string, at: string): Promise<void> {
    this.run(() => this.tokens.touch(id, at));
  }

  async revokeToken(id: string, at: string): Promise<boolean> {
    return this.run(() =>
      this.db.transaction(() => {
        const found = this.tokens.revoke(id, at);
        this.sessions.removeOfToken(id);
        return found;
      })(),
    );
  }

  async createSession(session: NewSession): Promise<void> {
    this.run(() => this.sessions.create(session));
  }

  async findSession(hash: string): Promise<StoredSession | undefined> {
    return this.run(() => this.sessions.find(hash));
  }

  async touchSession(hash: string, at: string): Promise<void> {
    this.run(() => this.sessions.touch(hash, at));
  }

  async deleteSession(hash: string): Promise<boolean> {
    return this.run(() => this.sessions.remove(hash));
  }

  async purgeSessions(now: string, idleBefore: string): Promise<number> {
    return this.run(() => this.sessions.purge(now, idleBefore));
  }

  async saveCommunity<K extends CommunityKind>(kind: K, records: CommunityRecords[K][], at: string): Promise<SaveOutcome> {
    return this.run(() => {
      knownKind(kind);
      if (!Array.isArray(records)) throw new StoreError(`community ${kind}: expected a list of records`);
      return this.db.transaction(() => this.community.save(kind, records, at)).immediate();
    });
  }

  async getCommunity<K extends CommunityKind>(kind: K, id: string): Promise<StoredCommunityRecord<K> | undefined> {
    return this.run(() => this.community.get(knownKind(kind), id));
  }

  async listCommunity<K extends CommunityKind>(kind: K, query?: CommunityListQuery): Promise<StoredCommunityRecord<K>[]> {
    return this.run(() => this.community.list(knownKind(kind), query));
  }

  async countCommunity(kind: CommunityKind, query?: Pick<CommunityListQuery, 'where'>): Promise<number> {
    return this.run(() => this.community.count(knownKind(kind), query));
  }

  async deleteCommunity(kind: CommunityKind, id: string): Promise<boolean> {
    return this.run(() => this.db.transaction(() => this.community.remove(knownKind(kind), id)).immediate());
  }

  async appendProgress(reports: NewProgressReport[], at: string): Promise<ProgressReport[]> {
    return this.run(() => this.db.transaction(() => this.community.append(reports, at)).immediate());
  }

  async listProgress(query?: ProgressQuery): Promise<ProgressReport[]> {
    return this.run(() => this.community.listProgress(query));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      // Lets SQLite refresh its query planner statistics where they went stale.
      this.db.pragma('optimize');
    } finally {
      this.db.close();
    }
  }

  /** Computes the identity keys and clusters of every record again when they were made by
   * another version of the identity rules (or never, in a database from before clusters). */
  private keepIdentityKeysCurrent(): void {
    const version = () => this.db.prepare<[], { value: number }>("SELECT value FROM store_meta WHERE key = 'identity_version'").get()?.value;
    // Checked without a write lock first, so that opening an up-to-date file never waits for a harvest.
    if (version() === IDENTITY_VERSION) return;
    this.db
      .transaction(() => {
        if (version() === IDENTITY_VERSION) return;
        this.datasets.rebuildClusters();
        this.db.prepare<[number]>("UPDATE store_meta SET value = ? WHERE key = 'identity_version'").run(IDENTITY_VERSION);
      })
      .immediate();
  }

  private run<T>(operation: () => T): T {
    if (this.closed) throw new StoreError(`the store ${this.path} is closed`);
    try {
      return operation();
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError(`${this.path}: ${(error as Error).message}`, { cause: error });
    }
  }
}

function knownKind<K extends CommunityKind>(kind: K): K {
  if (!COMMUNITY_KINDS.includes(kind)) throw new StoreError(`community: unknown record kind ${JSON.stringify(kind)} (one of ${COMMUNITY_KINDS.join(', ')})`);
  return kind;
}
