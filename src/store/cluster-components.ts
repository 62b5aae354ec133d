// Clusters of records from identity evidence, for every store engine: evidence joins records
// strongest first, and two groups are joined only when no source has a record in both, since
// records of one source are distinct by definition. Without that rule, a chain (A1 ~ B1 ~ A2)
// would put two records of source A together.

/** One identity key and the records it links (at most one per source). Keys sort strongest
 * first, then in a fixed order, which makes the result independent of write history. */
export interface Evidence {
  key: string;
  docs: readonly number[];
}

/** Groups the given records (document number → source id), each group sorted, groups ordered
 * by their first document. Records no evidence links stay alone. */
export function clusterDocuments(sourceOf: ReadonlyMap<number, string>, evidence: readonly Evidence[]): number[][] {
  const parent = new Map<number, number>();
  const sources = new Map<number, Set<string>>();
  for (const [doc, source] of sourceOf) {
    parent.set(doc, doc);
    sources.set(doc, new Set([source]));
  }
  const root = (doc: number): number => {
    let r = doc;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // Path compression: later lookups take one step.
    for (let d = doc; d !== r; ) {
      const next = parent.get(d)!;
      parent.set(d, r);
      d = next;
    }
    return r;
  };
  const join = (a: number, b: number): boolean => {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) return true;
    const sa = sources.get(ra)!;
    const sb = sources.get(rb)!;
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    for (const s of small) if (large.has(s)) return false;
    const [child, keep] = sa.size <= sb.size ? [ra, rb] : [rb, ra];
    parent.set(child, keep);
    for (const s of small) large.add(s);
    sources.delete(child);
    return true;
  };
  const ordered = [...evidence].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (const { docs } of ordered) {
    const known = [...docs].filter((d) => parent.has(d)).sort((x, y) => x - y);
    // Each record joins the group of the first earlier record it can join.
    for (let i = 1; i < known.length; i++) {
      for (let j = 0; j < i; j++) if (join(known[j]!, known[i]!)) break;
    }
  }
  const groups = new Map<number, number[]>();
  for (const doc of [...sourceOf.keys()].sort((x, y) => x - y)) {
    const r = root(doc);
    const group = groups.get(r);
    if (group) group.push(doc);
    else groups.set(r, [doc]);
  }
  return [...groups.values()];
}
