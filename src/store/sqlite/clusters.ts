// Keeps every record's cluster in step with the identity keys, inside the transaction that changes
// them. A write or a withdrawal may join clusters or split them, and may turn a key into evidence
// or out of it (a second record of one source taking the key), so what it touched is recomputed
// whole: the records holding the keys that changed, their clusters and everything the current
// evidence links to them. Every record whose cluster or rank changed takes a new change sequence
// number, so that search columns in any process refresh.
import type { DatasetRecord, Jurisdiction } from '../../core/dataset.js';
import { identityKeys } from '../../core/identity.js';
import { compareMembers, DEFAULT_PRIORITY, type SourcePreference } from '../../core/preference.js';
import type { SourceSettings } from '../../sources/settings.js';
import { clusterDocuments, type Evidence } from '../cluster-components.js';
import type { ChangeSequence } from './change-seq.js';
import type { SqliteDatabase } from './connection.js';
import { holdersOf, storedKey, type IdentityKeyTable, type KeyHolders } from './identity-keys.js';
import { parseStoredJson } from './json.js';

interface RowState {
  sourceId: string;
  active: boolean;
  cluster: number | null;
  rank: number | null;
}

export interface ClusterOutcome {
  /** Clusters of several sources that the transaction's writes formed from records that were
   * all alone before. */
  formed: number;
}

/** The hashed identity keys of a record, as the store keeps them. */
export function storedKeysOf(record: DatasetRecord): string[] {
  return [...new Set(identityKeys(record).map(storedKey))];
}

function statements(db: SqliteDatabase) {
  return {
    row: db.prepare<[number], { source_id: string; state: string; cluster: number | null; cluster_rank: number | null }>(
      'SELECT source_id, state, cluster, cluster_rank FROM datasets WHERE doc = ?',
    ),
    members: db.prepare<[number], { doc: number }>('SELECT doc FROM datasets WHERE cluster = ?'),
    jurisdiction: db.prepare<[number], { j: string | null }>("SELECT json_extract(record, '$.jurisdiction') AS j FROM dataset_records WHERE doc = ?"),
    sources: db.prepare<[], { id: string; settings: string; priority: number }>('SELECT id, settings, priority FROM sources'),
    assign: db.prepare<[number | null, number | null, number]>('UPDATE datasets SET cluster = ?, cluster_rank = ? WHERE doc = ?'),
    assignWithSeq: db.prepare<[number | null, number | null, number, number]>('UPDATE datasets SET cluster = ?, cluster_rank = ?, seq = ? WHERE doc = ?'),
    clusteredOfSource: db.prepare<[string], { doc: number }>('SELECT doc FROM datasets WHERE source_id = ? AND cluster IS NOT NULL'),
    clustered: db.prepare<[], { doc: number }>('SELECT doc FROM datasets WHERE cluster IS NOT NULL'),
    activePage: db.prepare<[number, number], { doc: number; source_id: string; record: string }>(
      `SELECT d.doc, d.source_id, r.record FROM datasets d JOIN dataset_records r ON r.doc = d.doc
        WHERE d.state = 'active' AND d.doc > ? ORDER BY d.doc LIMIT ?`,
    ),
  };
}

type Statements = ReturnType<typeof statements>;

export class ClusterTable {
  private readonly stmt: Statements;

  constructor(
    db: SqliteDatabase,
    private readonly keys: IdentityKeyTable,
    private readonly seq: ChangeSequence,
  ) {
    this.stmt = statements(db);
  }

  /** The bookkeeping of one write transaction: call `finish` before it commits. */
  begin(): ClusterUpdate {
    return new ClusterUpdate(this.stmt, this.keys, this.seq);
  }

  /** Within a write transaction: ranks again the clusters a source's records are in (its
   * jurisdiction or priority changed). */
  rerankSource(sourceId: string): void {
    const update = this.begin();
    for (const row of this.stmt.clusteredOfSource.all(sourceId)) update.touch(row.doc);
    update.finish();
  }

  /** Within a write transaction: computes the keys and clusters of every record again (the
   * keys were made another way, or never made). */
  rebuild(): void {
    this.keys.clear();
    const update = this.begin();
    const PAGE = 1000;
    for (let after = 0; ; ) {
      const rows = this.stmt.activePage.all(after, PAGE);
      for (const row of rows) {
        for (const key of storedKeysOf(parseStoredJson<DatasetRecord>(row.record))) this.keys.add(key, row.source_id, row.doc);
        update.touch(row.doc);
      }
      if (rows.length < PAGE) break;
      after = rows.at(-1)!.doc;
    }
    for (const row of this.stmt.clustered.all()) update.touch(row.doc);
    update.finish();
  }
}

export class ClusterUpdate {
  private readonly seeds = new Set<number>();
  private readonly changedKeys = new Set<string>();
  private readonly holderCache = new Map<string, KeyHolders>();
  private readonly written = new Set<number>();
  /** The keys of the records written in this transaction, known without reading them back. */
  private readonly writtenKeys = new Map<number, readonly string[]>();
  private readonly sequenced = new Set<number>();

  constructor(
    private readonly stmt: Statements,
    private readonly keys: IdentityKeyTable,
    private readonly seq: ChangeSequence,
  ) {}

  /** The record's cluster must be computed again. */
  touch(doc: number): void {
    this.seeds.add(doc);
  }

  /** A record written with these keys; `fresh` when it holds none yet (new or re-activated). */
  recordWritten(doc: number, sourceId: string, keys: readonly string[], fresh: boolean): void {
    this.written.add(doc);
    this.writtenKeys.set(doc, keys);
    this.sequenced.add(doc);
    this.seeds.add(doc);
    const wanted = new Set(keys);
    if (!fresh) {
      for (const held of this.keys.keysOf(doc)) {
        if (wanted.delete(held.key)) continue;
        this.change(held.key, () => this.keys.remove(held.key, held.sourceId, doc), (h) => without(h, doc));
      }
    }
    for (const key of wanted) this.change(key, () => this.keys.add(key, sourceId, doc), (h) => withHolder(h, doc, sourceId));
  }

  /** A record withdrawn: it holds no key any more and leaves its cluster. */
  recordWithdrawn(doc: number): void {
    this.writtenKeys.delete(doc);
    this.sequenced.add(doc);
    this.seeds.add(doc);
    for (const held of this.keys.keysOf(doc)) {
      this.change(held.key, () => this.keys.remove(held.key, held.sourceId, doc), (h) => without(h, doc));
    }
  }

  /** Assigns clusters and ranks to everything the transaction touched. */
  finish(): ClusterOutcome {
    for (const key of this.changedKeys) {
      const after = this.holders(key);
      if (after.evidential) for (const doc of after.docs) this.seeds.add(doc);
    }
    const rows = new Map<number, RowState>();
    const evidence = new Map<string, Evidence>();
    const expanded = new Set<number>();
    const queue = [...this.seeds];
    while (queue.length > 0) {
      const doc = queue.pop()!;
      if (rows.has(doc)) continue;
      const row = this.stmt.row.get(doc);
      if (!row) continue;
      const state: RowState = { sourceId: row.source_id, active: row.state === 'active', cluster: row.cluster, rank: row.cluster_rank };
      rows.set(doc, state);
      // Its former cluster may split: every member is computed again.
      if (state.cluster !== null && !expanded.has(state.cluster)) {
        expanded.add(state.cluster);
        for (const member of this.stmt.members.all(state.cluster)) queue.push(member.doc);
      }
      if (!state.active) continue;
      for (const key of this.writtenKeys.get(doc) ?? this.keys.keysOf(doc).map((held) => held.key)) {
        if (evidence.has(key)) continue;
        const holders = this.holders(key);
        if (!holders.evidential) continue;
        evidence.set(key, { key, docs: holders.docs });
        queue.push(...holders.docs);
      }
    }
    const sourceOf = new Map<number, string>();
    for (const [doc, row] of rows) if (row.active) sourceOf.set(doc, row.sourceId);
    const groups = clusterDocuments(sourceOf, [...evidence.values()]);

    const assigned = new Map<number, { cluster: number | null; rank: number | null }>();
    for (const doc of rows.keys()) assigned.set(doc, { cluster: null, rank: null });
    let formed = 0;
    let preferences: Map<string, SourcePreference> | undefined;
    for (const group of groups) {
      if (group.length < 2) continue;
      preferences ??= this.sourcePreferences();
      const known = preferences;
      const ranked = group
        .map((doc) => ({ doc, sourceId: rows.get(doc)!.sourceId, jurisdiction: this.jurisdictionOf(doc) }))
        .sort((a, b) => compareMembers(a, b, (id) => known.get(id) ?? { priority: DEFAULT_PRIORITY }) || a.doc - b.doc);
      ranked.forEach((member, rank) => assigned.set(member.doc, { cluster: group[0]!, rank }));
      if (group.some((doc) => this.written.has(doc)) && group.every((doc) => rows.get(doc)!.cluster === null)) formed++;
    }

    const moved: number[] = [];
    for (const [doc, next] of assigned) {
      const row = rows.get(doc)!;
      if (row.cluster !== next.cluster || row.rank !== next.rank) moved.push(doc);
    }
    const needSeq = moved.filter((doc) => !this.sequenced.has(doc));
    let seq = needSeq.length > 0 ? this.seq.reserve(needSeq.length) : 0;
    for (const doc of moved) {
      const next = assigned.get(doc)!;
      if (this.sequenced.has(doc)) this.stmt.assign.run(next.cluster, next.rank, doc);
      else this.stmt.assignWithSeq.run(next.cluster, next.rank, seq++, doc);
    }
    return { formed };
  }

  /** Applies a change to a key's holders; the first change of a key in the transaction notes
   * the records the key linked before, which may now be apart. */
  private change(key: string, apply: () => void, next: (h: KeyHolders) => KeyHolders | undefined): void {
    const before = this.holders(key);
    if (!this.changedKeys.has(key)) {
      this.changedKeys.add(key);
      if (before.evidential) for (const doc of before.docs) this.seeds.add(doc);
    }
    apply();
    const updated = next(before);
    if (updated) this.holderCache.set(key, updated);
    else this.holderCache.delete(key);
  }

  private holders(key: string): KeyHolders {
    let holders = this.holderCache.get(key);
    if (!holders) {
      holders = this.keys.holders(key);
      this.holderCache.set(key, holders);
    }
    return holders;
  }

  private jurisdictionOf(doc: number): Jurisdiction | undefined {
    const text = this.stmt.jurisdiction.get(doc)?.j;
    return text ? parseStoredJson<Jurisdiction>(text) : undefined;
  }

  private sourcePreferences(): Map<string, SourcePreference> {
    const out = new Map<string, SourcePreference>();
    for (const row of this.stmt.sources.iterate()) {
      out.set(row.id, { jurisdiction: parseStoredJson<SourceSettings>(row.settings).jurisdiction, priority: row.priority });
    }
    return out;
  }
}

/** The holders once `doc` of `sourceId` holds the key too (a repeat stays a repeat). */
function withHolder(h: KeyHolders, doc: number, sourceId: string): KeyHolders {
  if (h.repeated) return h;
  return holdersOf([...h.docs, doc], [...h.sources, sourceId]);
}

/** The holders without `doc`; unknown (read again when needed) when they were not all known. */
function without(h: KeyHolders, doc: number): KeyHolders | undefined {
  if (h.repeated) return undefined;
  const i = h.docs.indexOf(doc);
  if (i < 0) return h;
  return holdersOf(h.docs.filter((_, j) => j !== i), h.sources.filter((_, j) => j !== i));
}
