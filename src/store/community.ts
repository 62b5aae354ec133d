// What every Store engine keeps for the community tracker: records of each kind as documents
// (with a revision that goes up only when the content changes) and append-only progress reports.
import type { CommunityKind, CommunityRecords, NewProgressReport, ProgressReport } from '../core/community/types.js';

export interface StoredCommunityRecord<K extends CommunityKind = CommunityKind> {
  kind: K;
  id: string;
  data: CommunityRecords[K];
  /** 0 when created; +1 each time a save changes the content (iCalendar SEQUENCE). */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface SaveOutcome {
  created: string[];
  updated: string[];
  unchanged: string[];
}

export interface CommunityListQuery {
  /** Only records whose `data[field]` equals `value` (e.g. `{ field: 'plan', value: 'AP_CAN04' }`). */
  where?: { field: string; value: string | number | boolean };
  limit?: number;
  offset?: number;
}

export interface ProgressQuery {
  indicator?: string;
  /** Every indicator of this commitment (by the indicator's `commitment`). */
  commitment?: string;
  plan?: string;
  period?: string;
}

export interface CommunityStore {
  /** Saves records of one kind in one transaction: all or none. Compares content to bump revisions. */
  saveCommunity<K extends CommunityKind>(kind: K, records: CommunityRecords[K][], at: string): Promise<SaveOutcome>;
  getCommunity<K extends CommunityKind>(kind: K, id: string): Promise<StoredCommunityRecord<K> | undefined>;
  /** Ordered by id. */
  listCommunity<K extends CommunityKind>(kind: K, query?: CommunityListQuery): Promise<StoredCommunityRecord<K>[]>;
  countCommunity(kind: CommunityKind, query?: Pick<CommunityListQuery, 'where'>): Promise<number>;
  /** False when nothing had that id. Progress reports are never deleted, so an indicator that has
   * some is refused (StoreError). */
  deleteCommunity(kind: CommunityKind, id: string): Promise<boolean>;
  /** Appends reports in one transaction, assigning ids `<indicator>@<period>#<n>` (n from 1 per
   * indicator and period) and `recordedAt`. Throws StoreError when an indicator does not exist. */
  appendProgress(reports: NewProgressReport[], at: string): Promise<ProgressReport[]>;
  /** Oldest first (by recordedAt, then id, its `#n` compared as a number). */
  listProgress(query?: ProgressQuery): Promise<ProgressReport[]>;
}
