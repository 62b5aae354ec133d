// Hydra paging as a page of a catalogue states it, in either vocabulary:
// - legacy: a `hydra:PagedCollection` with `hydra:nextPage`, `hydra:totalItems`, `hydra:itemsPerPage`;
// - current: a `hydra:Collection` with `hydra:totalItems` and a `hydra:view`, the
//   `hydra:PartialCollectionView` with `hydra:next`, `hydra:first`, `hydra:last`.
// Hydra statements are taken aside as they are read (they are not part of any dataset).
import { HYDRA } from '../rdf/namespaces.js';
import type { Term } from '../rdf/terms.js';
import { numberOf } from '../../common/numbers.js';

export interface Paging {
  /** The next page's URL, absolute. */
  next?: string;
  /** Datasets in the whole collection, as announced. */
  total?: number;
  itemsPerPage?: number;
}

const NEXT = [`${HYDRA}next`, `${HYDRA}nextPage`];
const TOTAL = `${HYDRA}totalItems`;
const PER_PAGE = `${HYDRA}itemsPerPage`;
const VIEW_TYPES = new Set([`${HYDRA}PartialCollectionView`, `${HYDRA}PagedCollection`]);

interface HydraNode {
  types: Set<string>;
  values: Map<string, string[]>;
}

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

export class PagingCollector {
  private readonly nodes = new Map<string, HydraNode>();

  private node(key: string): HydraNode {
    let node = this.nodes.get(key);
    if (node === undefined) {
      node = { types: new Set(), values: new Map() };
      this.nodes.set(key, node);
    }
    return node;
  }

  /** Takes a Hydra statement; false for anything else. `member` lists are dropped (the datasets say what they are). */
  accept(subjectKey: string, predicate: string, object: Term): boolean {
    if (!predicate.startsWith(HYDRA)) return false;
    if (predicate === `${HYDRA}member`) return true;
    const values = this.node(subjectKey).values;
    const list = values.get(predicate) ?? [];
    if (list.length < 4) list.push(object.value);
    values.set(predicate, list);
    return true;
  }

  acceptType(subjectKey: string, type: string): boolean {
    if (!type.startsWith(HYDRA)) return false;
    this.node(subjectKey).types.add(type);
    return true;
  }

  /** What the page says of the next one. `pageUrl` resolves relative links and picks this page's
   * own view when a document holds several. */
  result(pageUrl: string): Paging {
    const withNext = [...this.nodes.entries()].filter(([, node]) => NEXT.some((p) => node.values.has(p)));
    const own =
      withNext.find(([key]) => sameUrl(key, pageUrl)) ?? withNext.find(([, node]) => [...node.types].some((t) => VIEW_TYPES.has(t))) ?? withNext[0];
    const out: Paging = {};
    const nextText = own ? NEXT.map((p) => own[1].values.get(p)?.[0]).find((v) => v !== undefined && v.trim() !== '') : undefined;
    if (nextText !== undefined) {
      try {
        out.next = new URL(nextText.trim(), pageUrl).href;
      } catch {
        // an unreadable link is no next page; the crawl says so
        out.next = nextText.trim();
      }
    }
    for (const node of this.nodes.values()) {
      const total = numberOf(node.values.get(TOTAL)?.[0]);
      if (total !== undefined && out.total === undefined) out.total = total;
      const perPage = numberOf(node.values.get(PER_PAGE)?.[0]);
      if (perPage !== undefined && out.itemsPerPage === undefined) out.itemsPerPage = perPage;
    }
    return out;
  }
}
