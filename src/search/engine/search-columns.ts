// What search keeps in memory per document, as columns indexed by the document number: whether
// it is active, its facet values, modified time, title sort keys, and the cluster of copies of
// the same dataset from other sources it belongs to, with its rank there.
// Counting facets and filtering here costs a few array reads per match, where SQL `GROUP BY`
// would cost a query per facet.
import { langOfLetter, type StoredFacts } from '../../store/sqlite/facts-codec.js';
import type { IndexChange } from '../../store/sqlite/search-port.js';
import { CompletionIndex } from '../completion/completion-index.js';
import { FILTER_KEYS, type FilterKey } from '../types.js';
import { ValueColumn } from './value-column.js';
import { ValueDictionary } from './value-dictionary.js';

export interface FacetColumn {
  dictionary: ValueDictionary;
  column: ValueColumn;
}

export class SearchColumns {
  active = new Uint8Array(1024);
  modified = new Float64Array(1024).fill(Number.NaN);
  /** The cluster (its lowest document) or -1 when the record is the only copy. */
  cluster = new Int32Array(1024).fill(-1);
  /** 0 for the copy a cluster shows first. */
  clusterRank = new Int32Array(1024);
  readonly titleSort: { en: string[]; fr: string[] } = { en: [], fr: [] };
  readonly facets: Record<FilterKey, FacetColumn>;
  /** One past the highest document number seen. */
  end = 0;
  activeCount = 0;
  /** Active documents in a cluster: none means nothing to collapse. */
  clusteredCount = 0;
  /** Titles and keywords of the records search shows, for prefix completion. */
  readonly completion = new CompletionIndex();

  constructor() {
    const facets: Partial<Record<FilterKey, FacetColumn>> = {};
    for (const key of FILTER_KEYS) facets[key] = { dictionary: new ValueDictionary(), column: new ValueColumn() };
    this.facets = facets as Record<FilterKey, FacetColumn>;
  }

  apply(change: IndexChange): void {
    const { doc } = change;
    this.ensure(doc);
    if (this.active[doc] === 1) {
      this.activeCount--;
      if (this.cluster[doc]! >= 0) this.clusteredCount--;
    }
    const clustered = change.active && change.cluster >= 0;
    this.cluster[doc] = clustered ? change.cluster : -1;
    this.clusterRank[doc] = clustered ? change.rank : 0;
    if (clustered) this.clusteredCount++;
    // Only the copy a cluster shows counts, so that a phrase counts datasets rather than copies.
    this.completion.apply(doc, change.active && (!clustered || change.rank === 0) ? change.facts : undefined);
    if (!change.active) {
      this.active[doc] = 0;
      for (const key of FILTER_KEYS) this.facets[key].column.clear(doc);
      this.titleSort.en[doc] = '';
      this.titleSort.fr[doc] = '';
      return;
    }
    this.active[doc] = 1;
    this.activeCount++;
    this.setFacts(doc, change.facts);
  }

  private setFacts(doc: number, facts: StoredFacts): void {
    for (const key of FILTER_KEYS) {
      const { dictionary, column } = this.facets[key];
      const values = facts.facets[key] ?? [];
      const labels = facts.labels[key];
      const langs = facts.langs[key];
      const ids: number[] = [];
      for (let i = 0; i < values.length; i++) {
        const value = values[i]!;
        const label = labels?.[value];
        ids.push(dictionary.intern(value, label ? { en: label[0], fr: label[1] } : undefined, langOfLetter(langs?.[i])));
      }
      column.set(doc, ids);
    }
    this.modified[doc] = facts.modified ?? Number.NaN;
    this.titleSort.en[doc] = facts.titleSort.en;
    this.titleSort.fr[doc] = facts.titleSort.fr;
  }

  private ensure(doc: number): void {
    if (doc >= this.end) {
      // Fill the gap so that the string columns stay dense arrays (fast element access).
      for (let d = this.end; d <= doc; d++) {
        this.titleSort.en[d] = '';
        this.titleSort.fr[d] = '';
      }
      this.end = doc + 1;
    }
    if (doc < this.active.length) return;
    let size = this.active.length;
    while (size <= doc) size *= 2;
    const active = new Uint8Array(size);
    active.set(this.active);
    this.active = active;
    const modified = new Float64Array(size).fill(Number.NaN);
    modified.set(this.modified);
    this.modified = modified;
    const cluster = new Int32Array(size).fill(-1);
    cluster.set(this.cluster);
    this.cluster = cluster;
    const clusterRank = new Int32Array(size);
    clusterRank.set(this.clusterRank);
    this.clusterRank = clusterRank;
  }
}
