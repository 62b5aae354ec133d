// What the SQLite search engine needs from the store, synchronously: the change feed that keeps
// its in-memory columns fresh, full-text matching, and the records of a result page. SQL stays
// in the store layer; analysis, facets and ranking stay in search.
import type { DatasetRecord } from '../../core/dataset.js';
import type { Label } from '../../core/langstring.js';
import type { IndexedField, IndexedLang } from '../index-document.js';
import { decodeFacts, type StoredFacts } from './facts-codec.js';
import type { ChangeMark, ChangeSequence } from './change-seq.js';
import type { SqliteDatabase } from './connection.js';
import { parseStoredJson } from './json.js';

/** Full-text columns, in table order (bm25 weights follow it). */
export const TEXT_COLUMN_ORDER: readonly { lang: IndexedLang; field: IndexedField; column: string }[] = [
  { lang: 'en', field: 'title', column: 'title_en' },
  { lang: 'en', field: 'keywords', column: 'keywords_en' },
  { lang: 'en', field: 'description', column: 'description_en' },
  { lang: 'fr', field: 'title', column: 'title_fr' },
  { lang: 'fr', field: 'keywords', column: 'keywords_fr' },
  { lang: 'fr', field: 'description', column: 'description_fr' },
];

export function textColumn(lang: IndexedLang, field: IndexedField): string {
  return `${field}_${lang}`;
}

export interface IndexChange {
  doc: number;
  seq: number;
  active: boolean;
  facts: StoredFacts;
  /** The cluster of copies of the same dataset from several sources (its lowest document), or -1. */
  cluster: number;
  /** The record's place in its cluster: 0 for the copy to show. */
  rank: number;
}

/** A member of a cluster, for "also available from" links. */
export interface ClusterMemberRow {
  doc: number;
  id: string;
  sourceId: string;
  landingPage?: string;
}

/** Matching documents and their relevance (higher is better), in rowid order. */
export interface MatchSet {
  docs: Int32Array;
  scores: Float64Array;
  count: number;
}

class MatchBuffer {
  docs = new Int32Array(1024);
  scores = new Float64Array(1024);
  count = 0;

  reset(): void {
    this.count = 0;
  }

  push(doc: number, score: number): void {
    if (this.count === this.docs.length) {
      const docs = new Int32Array(this.docs.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const scores = new Float64Array(this.scores.length * 2);
      scores.set(this.scores);
      this.scores = scores;
    }
    this.docs[this.count] = doc;
    this.scores[this.count++] = score;
  }

  take(): MatchSet {
    return { docs: this.docs.slice(0, this.count), scores: this.scores.slice(0, this.count), count: this.count };
  }
}

export class SqliteSearchPort {
  private readonly buffer = new MatchBuffer();
  private changeSink: ((doc: number, seq: number, state: string, facts: string, cluster: number, rank: number) => void) | undefined;
  private readonly stmt;
  /** The source names, until a commit (of any connection) may have changed them. */
  private labels: { mark: string; value: ReadonlyMap<string, Label> } | undefined;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly sequence: ChangeSequence,
  ) {
    // The index's term dictionary, for spelling suggestions: a TEMP table is this connection's
    // own, so it needs no migration and no write to the database file.
    db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.dataset_text_vocab USING fts5vocab(main, dataset_text, col)');
    // Matches are gathered through an aggregate: returning one row per match to JavaScript costs
    // several times more than the full-text search itself.
    const buffer = this.buffer;
    db.aggregate('federa_collect', {
      start: 0,
      varargs: true,
      deterministic: false,
      // SQLite passes (rowid, score); the typings only know one argument after the total.
      step: (n: number, ...args: number[]) => {
        buffer.push(Number(args[0]), Number(args[1] ?? 0));
        return n + 1;
      },
    });
    db.aggregate('federa_changes', {
      start: 0,
      varargs: true,
      deterministic: false,
      // Rows handed over one call each: a row object per change costs more than reading it.
      step: (n: number, ...args: unknown[]) => {
        const cluster = args[4] === null ? -1 : Number(args[4]);
        this.changeSink?.(Number(args[0]), Number(args[1]), String(args[2]), String(args[3]), cluster, Number(args[5] ?? 0));
        return n + 1;
      },
    });
    this.stmt = {
      changes: db.prepare<[number, number]>(
        `SELECT federa_changes(doc, seq, state, facts, cluster, cluster_rank) FROM
           (SELECT doc, seq, state, facts, cluster, cluster_rank FROM datasets WHERE seq > ? ORDER BY seq LIMIT ?)`,
      ),
      // An auxiliary function such as bm25() is only allowed here through the `rank` column.
      scored: db.prepare<[string, string]>(
        'SELECT federa_collect(rowid, rank) FROM dataset_text WHERE dataset_text MATCH ? AND rank MATCH ?',
      ),
      ids: db.prepare<[string]>('SELECT federa_collect(rowid, 0) FROM dataset_text WHERE dataset_text MATCH ?'),
      records: db.prepare<[string], { doc: number; record: string }>(
        'SELECT doc, record FROM dataset_records WHERE doc IN (SELECT value FROM json_each(?))',
      ),
      // Only the name: a search reads it every time, and whole settings can be large to parse.
      sources: db.prepare<[], { id: string; name: string }>("SELECT id, json_extract(settings, '$.name') AS name FROM sources"),
      // data_version moves with other connections' commits, total_changes() with this one's.
      writeMark: db.prepare<[], { mark: string }>("SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS mark"),
      // A range of the term dictionary reads only that range's doclists (fts5vocab seeks on term).
      vocabulary: db.prepare<[string, string, string], { term: string; docs: number }>(
        `SELECT term, sum(doc) AS docs FROM temp.dataset_text_vocab
          WHERE term >= ? AND term < ? AND col IN (SELECT value FROM json_each(?)) GROUP BY term`,
      ),
      firstMatch: db.prepare<[string], { doc: number }>('SELECT rowid AS doc FROM dataset_text WHERE dataset_text MATCH ? LIMIT 1'),
      members: db.prepare<[string], { cluster: number; doc: number; id: string; source_id: string; landing: string | null }>(
        `SELECT d.cluster, d.doc, d.id, d.source_id, json_extract(r.record, '$.provenance.landingPage') AS landing
           FROM datasets d JOIN dataset_records r ON r.doc = d.doc
          WHERE d.cluster IN (SELECT value FROM json_each(?)) ORDER BY d.cluster, d.cluster_rank`,
      ),
    };
  }

  mark(): ChangeMark {
    return this.sequence.mark();
  }

  /** Runs reads on one snapshot of the database, consistent even while another process writes. */
  snapshot<T>(read: () => T): T {
    if (this.db.inTransaction) return read();
    return this.db.transaction(read).deferred();
  }

  /** The rows changed after `seq`, in sequence order, at most `limit` of them. */
  changesSince(seq: number, limit: number): IndexChange[] {
    const changes: IndexChange[] = [];
    this.changeSink = (doc, rowSeq, state, facts, cluster, rank) =>
      changes.push({ doc, seq: rowSeq, active: state === 'active', facts: decodeFacts(facts), cluster, rank });
    try {
      this.stmt.changes.get(seq, limit);
    } finally {
      this.changeSink = undefined;
    }
    return changes;
  }

  /** Every document matching an FTS5 expression, scored by `bm25()` with per-column weights
   * (in `TEXT_COLUMN_ORDER`). */
  matchScored(expression: string, weights: readonly number[]): MatchSet {
    this.buffer.reset();
    this.stmt.scored.get(expression, this.rankFunction(weights));
    const matches = this.buffer.take();
    // bm25() is negative, lower is better.
    for (let i = 0; i < matches.count; i++) matches.scores[i] = -(matches.scores[i] ?? 0);
    return matches;
  }

  /** Every document matching an FTS5 expression, unscored. */
  matchDocs(expression: string): Int32Array {
    this.buffer.reset();
    this.stmt.ids.get(expression);
    return this.buffer.docs.slice(0, this.buffer.count);
  }

  /** The records (without their raw form) of the given documents. */
  records(docs: readonly number[]): Map<number, DatasetRecord> {
    const found = new Map<number, DatasetRecord>();
    if (docs.length === 0) return found;
    for (const row of this.stmt.records.iterate(JSON.stringify(docs))) {
      found.set(row.doc, parseStoredJson<DatasetRecord>(row.record));
    }
    return found;
  }

  /** The members of the given clusters, preferred first. */
  clusterMembers(clusters: readonly number[]): Map<number, ClusterMemberRow[]> {
    const found = new Map<number, ClusterMemberRow[]>();
    if (clusters.length === 0) return found;
    for (const row of this.stmt.members.iterate(JSON.stringify(clusters))) {
      const member: ClusterMemberRow = { doc: row.doc, id: row.id, sourceId: row.source_id, ...(row.landing !== null ? { landingPage: row.landing } : {}) };
      const list = found.get(row.cluster);
      if (list) list.push(member);
      else found.set(row.cluster, [member]);
    }
    return found;
  }

  /** The bilingual name of every configured source (read again only after a commit: searches
   * ask for them every time, and reading them cost several per cent of a busy server). */
  sourceLabels(): ReadonlyMap<string, Label> {
    const mark = this.stmt.writeMark.get()!.mark;
    if (this.labels?.mark === mark) return this.labels.value;
    const labels = new Map<string, Label>();
    for (const row of this.stmt.sources.iterate()) labels.set(row.id, parseStoredJson<Label>(row.name));
    this.labels = { mark, value: labels };
    return labels;
  }

  /** Terms of the full-text index from `from` (inclusive) to `to` (exclusive) that occur in the
   * given columns, with the number of documents holding each (summed over those columns). */
  vocabulary(from: string, to: string, columns: readonly string[]): Map<string, number> {
    const terms = new Map<string, number>();
    for (const row of this.stmt.vocabulary.iterate(from, to, JSON.stringify(columns))) terms.set(row.term, row.docs);
    return terms;
  }

  /** One document matching an FTS5 expression, or undefined. */
  firstMatch(expression: string): number | undefined {
    return this.stmt.firstMatch.get(expression)?.doc;
  }

  private rankFunction(weights: readonly number[]): string {
    if (weights.length !== TEXT_COLUMN_ORDER.length || !weights.every((w) => Number.isFinite(w) && w >= 0)) {
      throw new RangeError(`bm25 weights must be ${TEXT_COLUMN_ORDER.length} non-negative numbers, got ${weights.join(', ')}`);
    }
    return `bm25(${weights.join(', ')})`;
  }

}
