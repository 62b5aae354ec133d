import { describe, expect, it } from 'vitest';
import { clusterDocuments, type Evidence } from '../../src/store/cluster-components.js';

const sources = (entries: Record<number, string>): Map<number, string> => new Map(Object.entries(entries).map(([doc, source]) => [Number(doc), source]));

/** Records of one cluster never share a source; every evidence whose records could all join did. */
function checkInvariants(sourceOf: Map<number, string>, groups: number[][]): void {
  const seen = new Set<number>();
  for (const group of groups) {
    const groupSources = group.map((doc) => sourceOf.get(doc));
    expect(new Set(groupSources).size, JSON.stringify(group)).toBe(group.length);
    for (const doc of group) {
      expect(seen.has(doc)).toBe(false);
      seen.add(doc);
    }
  }
  expect(seen.size).toBe(sourceOf.size);
}

describe('clusters from evidence', () => {
  it('joins the records each key links, transitively', () => {
    const sourceOf = sources({ 1: 'a', 2: 'b', 3: 'c', 4: 'a', 5: 'd' });
    const groups = clusterDocuments(sourceOf, [
      { key: '2x', docs: [1, 2] },
      { key: '3y', docs: [2, 3] },
    ]);
    expect(groups).toEqual([[1, 2, 3], [4], [5]]);
    checkInvariants(sourceOf, groups);
  });

  it('never puts two records of one source together, the strongest evidence deciding', () => {
    // 1 (a) ~ 2 (b) by title (3...), 2 (b) ~ 3 (a) by id (1...): the id wins.
    const sourceOf = sources({ 1: 'a', 2: 'b', 3: 'a' });
    expect(clusterDocuments(sourceOf, [{ key: '3title', docs: [1, 2] }, { key: '1id', docs: [2, 3] }])).toEqual([[1], [2, 3]]);
    expect(clusterDocuments(sourceOf, [{ key: '1id', docs: [1, 2] }, { key: '3title', docs: [2, 3] }])).toEqual([[1, 2], [3]]);
  });

  it('gives the same clusters whatever order the evidence comes in', () => {
    const sourceOf = sources({ 1: 'a', 2: 'b', 3: 'c', 4: 'a', 5: 'b', 6: 'd' });
    const evidence: Evidence[] = [
      { key: '1k', docs: [1, 2] },
      { key: '2k', docs: [2, 4] },
      { key: '2m', docs: [3, 4, 5] },
      { key: '3k', docs: [5, 6, 1] },
    ];
    const expected = clusterDocuments(sourceOf, evidence);
    checkInvariants(sourceOf, expected);
    for (const shuffled of [[...evidence].reverse(), [evidence[2]!, evidence[0]!, evidence[3]!, evidence[1]!]]) {
      expect(clusterDocuments(sourceOf, shuffled)).toEqual(expected);
    }
  });

  it('ignores records it was not given', () => {
    expect(clusterDocuments(sources({ 1: 'a', 2: 'b' }), [{ key: '1k', docs: [1, 2, 9] }])).toEqual([[1, 2]]);
  });
});
