// Copies of one dataset harvested from several sources show once. The documents of clusters are
// few (the same dataset on two portals), so they are set apart after the others, which keep the
// plain loops, and grouped cluster by cluster: counting a value once per cluster then takes the
// last cluster counted per value, and choosing the copy to show one pass.
import type { SearchColumns } from './search-columns.js';

// Sort keys pack a cluster and a position into one exactly representable number.
const POSITIONS = 2 ** 26;

/** Moves the candidates that belong to a cluster after the others (their scores with them),
 * the copies of each cluster next to each other; returns how many come first, alone. */
export function clusteredLast(columns: SearchColumns, docs: Int32Array, scores: Float64Array | undefined, n: number): number {
  const { cluster } = columns;
  let i = 0;
  let j = n - 1;
  for (;;) {
    while (i <= j && cluster[docs[i]!]! < 0) i++;
    while (i <= j && cluster[docs[j]!]! >= 0) j--;
    if (i >= j) break;
    const doc = docs[i]!;
    docs[i] = docs[j]!;
    docs[j] = doc;
    if (scores) {
      const score = scores[i]!;
      scores[i] = scores[j]!;
      scores[j] = score;
    }
    i++;
    j--;
  }
  groupByCluster(cluster, docs, scores, i, n);
  return i;
}

function groupByCluster(cluster: Int32Array, docs: Int32Array, scores: Float64Array | undefined, from: number, n: number): void {
  const k = n - from;
  if (k < 2) return;
  if (k >= POSITIONS) throw new RangeError(`too many clustered candidates (${k})`);
  const keys = new Float64Array(k);
  for (let i = 0; i < k; i++) keys[i] = cluster[docs[from + i]!]! * POSITIONS + i;
  keys.sort();
  const before = docs.slice(from, n);
  const scoresBefore = scores?.slice(from, n);
  for (let i = 0; i < k; i++) {
    const p = keys[i]! % POSITIONS;
    docs[from + i] = before[p]!;
    if (scores && scoresBefore) scores[from + i] = scoresBefore[p]!;
  }
}

/** The positions, among `from`..`n` of `docs` (grouped by cluster), of the copy each cluster
 * shows: the passing member with the lowest rank, which is the preferred copy whenever it
 * passes. In increasing order. */
export function shownCopies(columns: SearchColumns, docs: Int32Array, from: number, n: number, passes: (i: number) => boolean): number[] {
  const { cluster, clusterRank } = columns;
  const shown: number[] = [];
  let current = -1;
  let best = -1;
  for (let i = from; i < n; i++) {
    const doc = docs[i]!;
    const c = cluster[doc]!;
    if (c !== current) {
      if (best >= 0) shown.push(best);
      current = c;
      best = -1;
    }
    if (passes(i) && (best < 0 || clusterRank[doc]! < clusterRank[docs[best]!]!)) best = i;
  }
  if (best >= 0) shown.push(best);
  return shown;
}
