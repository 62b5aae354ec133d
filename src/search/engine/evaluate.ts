// One pass over the candidate documents: filters, disjunctive facet counts (each facet counted
// with every filter but its own), and the documents that pass everything.
import { FILTER_KEYS, type FilterKey } from '../types.js';
import type { FacetColumn, SearchColumns } from './search-columns.js';

/** Candidates: the full-text matches (with scores), or every active document minus some. */
export type Candidates =
  | { kind: 'matches'; docs: Int32Array; scores: Float64Array; count: number }
  | { kind: 'all'; excluded?: Int32Array };

export interface Evaluation {
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

interface ActiveFilter {
  column: FacetColumn['column'];
  selected: Uint8Array;
  /** Index of the facet in FILTER_KEYS. */
  facet: number;
}

function activeFilters(columns: SearchColumns, plan: FilterPlan): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  for (const [key, values] of plan.filters) {
    const { dictionary, column } = columns.facets[key];
    const selected = new Uint8Array(dictionary.size);
    for (const value of values) {
      const id = dictionary.idOf(value);
      if (id !== undefined) selected[id] = 1;
    }
    filters.push({ column, selected, facet: FILTER_KEYS.indexOf(key) });
  }
  return filters;
}

export function evaluate(columns: SearchColumns, candidates: Candidates, plan: FilterPlan): Evaluation {
  const facetColumns = FILTER_KEYS.map((key) => columns.facets[key]);
  const counts = facetColumns.map((f) => new Uint32Array(f.dictionary.size));
  const filters = activeFilters(columns, plan);
  const from = plan.modifiedFrom;
  const to = plan.modifiedTo;
  const { active, modified } = columns;
  const scored = candidates.kind === 'matches';
  const capacity = scored ? candidates.count : columns.activeCount;
  const docs = new Int32Array(Math.max(capacity, 0));
  const scores = scored ? new Float64Array(capacity) : undefined;
  let total = 0;

  const countFacet = (doc: number, facet: number): void => {
    const { column } = facetColumns[facet]!;
    const c = counts[facet]!;
    const offset = column.offsets[doc]!;
    const end = offset + column.lengths[doc]!;
    const pool = column.pool;
    for (let j = offset; j < end; j++) c[pool[j]!]!++;
  };

  const visit = (doc: number, score: number): void => {
    if (active[doc] !== 1) return;
    if (from !== undefined || to !== undefined) {
      const time = modified[doc]!;
      if (Number.isNaN(time) || (from !== undefined && time < from) || (to !== undefined && time > to)) return;
    }
    let failed = -1;
    for (let f = 0; f < filters.length; f++) {
      const filter = filters[f]!;
      if (!filter.column.hasAny(doc, filter.selected)) {
        if (failed >= 0) return;
        failed = filter.facet;
      }
    }
    if (failed >= 0) {
      countFacet(doc, failed);
      return;
    }
    for (let facet = 0; facet < facetColumns.length; facet++) countFacet(doc, facet);
    docs[total] = doc;
    if (scores) scores[total] = score;
    total++;
  };

  if (candidates.kind === 'matches') {
    for (let i = 0; i < candidates.count; i++) visit(candidates.docs[i]!, candidates.scores[i]!);
  } else {
    const skip = new Uint8Array(columns.end);
    if (candidates.excluded) for (const doc of candidates.excluded) if (doc < skip.length) skip[doc] = 1;
    for (let doc = 0; doc < columns.end; doc++) if (skip[doc] !== 1) visit(doc, 0);
  }

  const byKey: Partial<Record<FilterKey, Uint32Array>> = {};
  FILTER_KEYS.forEach((key, i) => (byKey[key] = counts[i]!));
  return {
    docs: docs.subarray(0, total),
    ...(scores ? { scores: scores.subarray(0, total) } : {}),
    total,
    counts: byKey as Record<FilterKey, Uint32Array>,
  };
}
