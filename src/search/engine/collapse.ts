// Copies of one dataset harvested from several sources show once. The documents of clusters are
// few (the same dataset on two portals), so they are set apart from the others, which keep the
// plain loops; among them, counting and choosing go by cluster.
import type { SearchColumns } from './search-columns.js';

/** Moves the candidates that belong to a cluster after the others (their scores with them);
 * returns how many come first, alone. */
export function clusteredLast(columns: SearchColumns, docs: Int32Array, scores: Float64Array | undefined, n: number): number {
  const { cluster } = columns;
  let i = 0;
  let j = n - 1;
  for (;;) {
    while (i <= j && cluster[docs[i]!]! < 0) i++;
    while (i <= j && cluster[docs[j]!]! >= 0) j--;
    if (i >= j) return i;
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
}

/** The positions, among `from`..`n` of `docs`, of the copy each cluster shows: the passing member
 * with the lowest rank, which is the preferred copy whenever it passes. In increasing order. */
export function shownCopies(columns: SearchColumns, docs: Int32Array, from: number, n: number, passes: (i: number) => boolean): number[] {
  const { cluster, clusterRank } = columns;
  const best = new Map<number, number>();
  for (let i = from; i < n; i++) {
    if (!passes(i)) continue;
    const doc = docs[i]!;
    const c = cluster[doc]!;
    const held = best.get(c);
    if (held === undefined || clusterRank[doc]! < clusterRank[docs[held]!]!) best.set(c, i);
  }
  return [...best.values()].sort((a, b) => a - b);
}
