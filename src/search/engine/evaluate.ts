// Filters, disjunctive facet counts (each facet counted with every filter but its own) and the
// documents that pass everything, over the candidates of a query. Loops run facet by facet over
// typed arrays: a document that fails exactly one filter still counts for that filter's facet.
// Copies of one dataset from several sources count once (a cluster counts for a value when any
// of its copies that pass has it) and show once, so that totals and facet counts agree with
// what a click on a facet value shows.
import { FILTER_KEYS, type FilterKey } from '../types.js';
import { clusteredLast, shownCopies } from './collapse.js';
import type { SearchColumns } from './search-columns.js';
import { MANY } from './value-column.js';

/** Candidates: the full-text matches (with scores), or every active document minus some. */
export type Candidates =
  | { kind: 'matches'; docs: Int32Array; scores: Float64Array; count: number }
  | { kind: 'all'; excluded?: Int32Array };

export interface Evaluation {
  /** The documents to show: one per cluster of copies. */
  docs: Int32Array;
  /** Relevance per passing document, when the query had words to match. */
  scores?: Float64Array;
  total: number;
  counts: Record<FilterKey, Uint32Array>;
}

export interface FilterPlan {
  filters: ReadonlyMap<FilterKey, readonly string[]>;
  modifiedFrom?: number;
  modifiedTo?: number;
}

const PASS = -1;
const OUT = -2;

/** Active candidate documents (and their scores), in document order. */
function candidateDocs(columns: SearchColumns, candidates: Candidates): { docs: Int32Array; scores?: Float64Array; n: number } {
  const { active } = columns;
  if (candidates.kind === 'matches') {
    const docs = new Int32Array(candidates.count);
    const scores = new Float64Array(candidates.count);
    let n = 0;
    for (let i = 0; i < candidates.count; i++) {
      const doc = candidates.docs[i]!;
      // A match may be newer than the columns (written after they were refreshed): skip it.
      if (doc < columns.end && active[doc] === 1) {
        docs[n] = doc;
        scores[n++] = candidates.scores[i]!;
      }
    }
    return { docs, scores, n };
  }
  const docs = new Int32Array(columns.activeCount);
  const skip = candidates.excluded && candidates.excluded.length > 0 ? new Uint8Array(columns.end) : undefined;
  if (skip && candidates.excluded) for (const doc of candidates.excluded) if (doc < skip.length) skip[doc] = 1;
  let n = 0;
  for (let doc = 0; doc < columns.end && n < docs.length; doc++) {
    if (active[doc] === 1 && (skip === undefined || skip[doc] === 0)) docs[n++] = doc;
  }
  return { docs, n };
}

/** For each candidate: PASS, OUT (fails the date range or two filters), or the index of the only facet it fails. */
function failures(columns: SearchColumns, docs: Int32Array, n: number, plan: FilterPlan): Int8Array | undefined {
  const from = plan.modifiedFrom;
  const to = plan.modifiedTo;
  if (plan.filters.size === 0 && from === undefined && to === undefined) return undefined;
  const codes = new Int8Array(n).fill(PASS);
  if (from !== undefined || to !== undefined) {
    const modified = columns.modified;
    for (let i = 0; i < n; i++) {
      const time = modified[docs[i]!]!;
      if (Number.isNaN(time) || (from !== undefined && time < from) || (to !== undefined && time > to)) codes[i] = OUT;
    }
  }
  for (const [key, values] of plan.filters) {
    const facet = FILTER_KEYS.indexOf(key);
    const { dictionary, column } = columns.facets[key];
    const selected = new Uint8Array(dictionary.size);
    for (const value of values) {
      const id = dictionary.idOf(value);
      if (id !== undefined) selected[id] = 1;
    }
    const { single, offsets, lengths, pool } = column;
    for (let i = 0; i < n; i++) {
      const code = codes[i]!;
      if (code === OUT) continue;
      const doc = docs[i]!;
      const value = single[doc]!;
      let hit = value >= 0 && selected[value] === 1;
      if (value === MANY) {
        const start = offsets[doc]!;
        const end = start + lengths[doc]!;
        for (let j = start; j < end && !hit; j++) hit = selected[pool[j]!] === 1;
      }
      if (!hit) codes[i] = code === PASS ? facet : OUT;
    }
  }
  return codes;
}

export function evaluate(columns: SearchColumns, candidates: Candidates, plan: FilterPlan): Evaluation {
  const { docs, scores, n } = candidateDocs(columns, candidates);
  // Candidates alone come first (0..alone-1), copies in clusters after.
  const alone = columns.clusteredCount > 0 ? clusteredLast(columns, docs, scores, n) : n;
  const codes = failures(columns, docs, n, plan);
  const cluster = columns.cluster;

  const counts: Partial<Record<FilterKey, Uint32Array>> = {};
  FILTER_KEYS.forEach((key, facet) => {
    const { dictionary, column } = columns.facets[key];
    const c = new Uint32Array(dictionary.size);
    const { single, offsets, lengths, pool } = column;
    for (let i = 0; i < alone; i++) {
      if (codes !== undefined) {
        const code = codes[i]!;
        if (code !== PASS && code !== facet) continue;
      }
      const doc = docs[i]!;
      const value = single[doc]!;
      if (value >= 0) {
        c[value]!++;
      } else if (value === MANY) {
        const start = offsets[doc]!;
        const end = start + lengths[doc]!;
        for (let j = start; j < end; j++) c[pool[j]!]!++;
      }
    }
    if (alone < n) {
      // Copies come grouped by cluster: a value counts once per cluster.
      const lastCluster = new Int32Array(dictionary.size).fill(-1);
      const once = (doc: number, value: number): void => {
        const c0 = cluster[doc]!;
        if (lastCluster[value] === c0) return;
        lastCluster[value] = c0;
        c[value]!++;
      };
      for (let i = alone; i < n; i++) {
        if (codes !== undefined) {
          const code = codes[i]!;
          if (code !== PASS && code !== facet) continue;
        }
        const doc = docs[i]!;
        const value = single[doc]!;
        if (value >= 0) once(doc, value);
        else if (value === MANY) {
          const start = offsets[doc]!;
          const end = start + lengths[doc]!;
          for (let j = start; j < end; j++) once(doc, pool[j]!);
        }
      }
    }
    counts[key] = c;
  });

  let total = alone;
  if (codes !== undefined) {
    total = 0;
    for (let i = 0; i < alone; i++) {
      if (codes[i] !== PASS) continue;
      docs[total] = docs[i]!;
      if (scores) scores[total] = scores[i]!;
      total++;
    }
  }
  if (alone < n) {
    // Increasing positions, each at or after where it is copied to.
    for (const i of shownCopies(columns, docs, alone, n, (i) => codes === undefined || codes[i] === PASS)) {
      docs[total] = docs[i]!;
      if (scores) scores[total] = scores[i]!;
      total++;
    }
  }
  const passing = docs.subarray(0, total);
  const passingScores = scores?.subarray(0, total);
  return {
    docs: passing,
    ...(passingScores ? { scores: passingScores } : {}),
    total,
    counts: counts as Record<FilterKey, Uint32Array>,
  };
}
