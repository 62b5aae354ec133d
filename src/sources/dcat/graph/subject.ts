// A node of the graph being read: its types, its properties, and what the window needs to know
// to decide when it is complete (when it was last seen) and whether it is shared.
import type { Term } from '../rdf/terms.js';

/** `dataset`: a dcat:Dataset to emit; `catalog` and `paging`: kept for the whole document and
 * never embedded; `plain`: anything else (distributions, agents, periods...). */
export type Role = 'plain' | 'dataset' | 'catalog' | 'paging';

export interface Subject {
  key: string;
  /** `rdf:type`s, canonical IRIs. */
  types: string[];
  props: Map<string, Term[]>;
  /** Sequence number of the last quad naming the node (as subject or object). */
  last: number;
  /** How many quads name it as their object: more than one means shared (a publisher of many datasets). */
  refs: number;
  role: Role;
}

export function newSubject(key: string, seq: number): Subject {
  return { key, types: [], props: new Map(), last: seq, refs: 0, role: 'plain' };
}

export function isDescribed(subject: Subject): boolean {
  return subject.props.size > 0 || subject.types.length > 0;
}
