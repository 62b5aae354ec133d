// The order of results: relevance (BM25, then newest), modified date (newest first; undated
// last) or title (accent-insensitive, in the UI language; untitled last). Ties go to the
// lower document number so that pages never overlap.
import type { UiLang } from '../../core/langstring.js';
import type { SortOrder } from '../types.js';
import type { Evaluation } from './evaluate.js';
import type { SearchColumns } from './search-columns.js';
import { topK } from './top-k.js';

export interface PageSlice {
  docs: number[];
  scores: number[];
}

export function pageOf(
  evaluation: Evaluation,
  columns: SearchColumns,
  sort: SortOrder,
  lang: UiLang,
  offset: number,
  size: number,
): PageSlice {
  const { docs, scores } = evaluation;
  const modified = columns.modified;
  const newer = (a: number, b: number): number => {
    const ta = modified[docs[a]!]!;
    const tb = modified[docs[b]!]!;
    if (ta === tb || (Number.isNaN(ta) && Number.isNaN(tb))) return 0;
    if (Number.isNaN(tb)) return -1;
    if (Number.isNaN(ta)) return 1;
    return ta > tb ? -1 : 1;
  };
  let before: (a: number, b: number) => boolean;
  if (sort === 'title') {
    const keys = columns.titleSort[lang];
    before = (a, b) => {
      const ka = keys[docs[a]!]!;
      const kb = keys[docs[b]!]!;
      if (ka !== kb) return ka === '' ? false : kb === '' ? true : ka < kb;
      return docs[a]! < docs[b]!;
    };
  } else if (sort === 'relevance' && scores) {
    before = (a, b) => {
      const sa = scores[a]!;
      const sb = scores[b]!;
      if (sa !== sb) return sa > sb;
      const byDate = newer(a, b);
      return byDate !== 0 ? byDate < 0 : docs[a]! < docs[b]!;
    };
  } else {
    before = (a, b) => {
      const byDate = newer(a, b);
      return byDate !== 0 ? byDate < 0 : docs[a]! < docs[b]!;
    };
  }
  const order = topK(evaluation.total, offset + size, before).slice(offset);
  return { docs: order.map((i) => docs[i]!), scores: order.map((i) => scores?.[i] ?? 0) };
}
