// One dataset as a self-contained JSON-LD node (see raw.ts): the nodes it points to that the
// document describes are embedded, depth first, up to a depth that covers DCAT-AP's deepest
// paths (dataset → distribution → access service → contact point → its email node). Other
// datasets and catalogues are only referred to by IRI, and a node already on the path (a cycle)
// is not entered again.
import { markBuilt, type RawLiteral, type RawNode, type RawValue } from '../raw.js';
import { isBlankKey, nodeKey, type Term } from '../rdf/terms.js';
import { isDescribed, type Subject } from './subject.js';

const MAX_DEPTH = 5;

export interface Embedded {
  raw: RawNode;
  /** Keys of the nodes embedded or referred to (the dataset's own included). */
  visited: Set<string>;
}

type Lookup = (key: string) => Subject | undefined;

function literal(term: Extract<Term, { kind: 'literal' }>): RawLiteral {
  const out: RawLiteral = { '@value': term.value };
  if (term.language !== undefined) out['@language'] = term.language;
  else if (term.datatype !== undefined) out['@type'] = term.datatype;
  return out;
}

function compareStrings(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** One order for values whatever the document's: literals by text, language and datatype, then
 * nodes by IRI, then blank nodes by their JSON (rarely more than one). */
function compareValues(a: RawValue, b: RawValue): number {
  const la = a as RawLiteral;
  const lb = b as RawLiteral;
  const aLiteral = typeof la['@value'] === 'string';
  const bLiteral = typeof lb['@value'] === 'string';
  if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  if (aLiteral) return compareStrings(la['@value'], lb['@value']) || compareStrings(la['@language'], lb['@language']) || compareStrings(la['@type'], lb['@type']);
  const ia = (a as RawNode)['@id'];
  const ib = (b as RawNode)['@id'];
  if (ia !== undefined || ib !== undefined) return compareStrings(ia, ib);
  return compareStrings(JSON.stringify(a), JSON.stringify(b));
}

/** Values in one order whatever the document's, repeats removed. */
function sorted(values: RawValue[]): RawValue[] {
  if (values.length < 2) return values;
  values.sort(compareValues);
  const out: RawValue[] = [values[0] as RawValue];
  for (let i = 1; i < values.length; i++) {
    if (compareValues(values[i - 1] as RawValue, values[i] as RawValue) !== 0) out.push(values[i] as RawValue);
  }
  return out;
}

class Embedder {
  readonly visited = new Set<string>();
  private readonly path = new Set<string>();

  constructor(private readonly lookup: Lookup) {}

  node(subject: Subject, depth: number): RawNode {
    this.visited.add(subject.key);
    this.path.add(subject.key);
    const out: RawNode = {};
    if (!isBlankKey(subject.key)) out['@id'] = subject.key;
    if (subject.types.length > 0) out['@type'] = [...new Set(subject.types)].sort();
    const predicates = [...subject.props.keys()].sort();
    for (const predicate of predicates) {
      const values: RawValue[] = [];
      for (const term of subject.props.get(predicate) ?? []) {
        const value = this.value(term, depth + 1);
        if (value !== undefined) values.push(value);
      }
      if (values.length > 0) out[predicate] = sorted(values);
    }
    this.path.delete(subject.key);
    return out;
  }

  value(term: Term, depth: number): RawValue | undefined {
    if (term.kind === 'literal') return literal(term);
    const key = nodeKey(term);
    this.visited.add(key);
    const target = this.lookup(key);
    const enter = target !== undefined && target.role === 'plain' && isDescribed(target) && depth <= MAX_DEPTH && !this.path.has(key);
    if (enter) return this.node(target, depth);
    // A blank node that says nothing (undescribed, or a cycle) carries nothing worth keeping.
    return term.kind === 'iri' ? { '@id': term.value } : undefined;
  }
}

/** The dataset `root` with what it points to, and the catalogue records about it. */
export function embedDataset(root: Subject, lookup: Lookup, records: readonly Subject[]): Embedded {
  const embedder = new Embedder(lookup);
  const raw = embedder.node(root, 0);
  if (records.length > 0) {
    const reverse = sorted(records.map((record) => embedder.node(record, 1))) as RawNode[];
    raw['@reverse'] = { 'http://xmlns.com/foaf/0.1/primaryTopic': reverse };
  }
  return { raw: markBuilt(raw), visited: embedder.visited };
}

/** The keys `embedDataset` would visit, without building anything (to protect them from eviction). */
export function closureOf(root: Subject, lookup: Lookup, into: Set<string>): void {
  const stack: [Subject, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [subject, depth] = stack.pop() as [Subject, number];
    if (into.has(subject.key)) continue;
    into.add(subject.key);
    if (depth >= MAX_DEPTH) continue;
    for (const terms of subject.props.values()) {
      for (const term of terms) {
        if (term.kind === 'literal') continue;
        const target = lookup(nodeKey(term));
        if (target !== undefined && target.role === 'plain') stack.push([target, depth + 1]);
      }
    }
  }
}
