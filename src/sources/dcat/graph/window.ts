// Datasets out of a stream of quads, with memory bounded as far as RDF allows.
//
// RDF lets a document state a dataset's properties anywhere, so no dataset is ever certainly
// complete before the document ends. Real catalogues state each dataset, its blank nodes and
// usually its distributions together (nested RDF/XML and Turtle, one JSON-LD node after the
// other), so the window emits a dataset once `window` quads have been read without naming it
// or any node only it uses; nodes it shares with others (a publisher, a licence) do not hold it
// back. A dataset whose distribution is named by IRI but not described yet waits for it until the
// document ends. Once emitted, a dataset and the nodes only it used are dropped; a late quad
// about it is ignored. Nodes not named for twice the window and not used by a waiting dataset are
// dropped too (`gc`). So memory holds about two windows of quads, the shared nodes, and the
// datasets still waiting; a document that describes every distribution after every dataset is
// held whole, which RDF allows and nothing can avoid.
import type * as RDFJS from '@rdfjs/types';
import type { RawNode } from '../raw.js';
import { canonicalIri, DCAT, FOAF, RDF_TYPE } from '../rdf/namespaces.js';
import { isBlankKey, nodeKey, objectTerm, subjectTerm } from '../rdf/terms.js';
import { closureOf, embedDataset } from './embed.js';
import { PagingCollector } from './paging.js';
import { isDescribed, newSubject, type Subject } from './subject.js';

export interface EmittedDataset {
  /** The dataset's IRI, or `_:label` for a blank node. */
  key: string;
  raw: RawNode;
}

export interface WindowOptions {
  /** Quads read without naming a dataset before it is emitted (default 10,000: some hundred datasets). */
  window?: number;
  onDataset: (dataset: EmittedDataset) => void;
}

const DATASET_TYPES = new Set([`${DCAT}Dataset`, `${DCAT}DatasetSeries`]);
const CATALOG_TYPE = `${DCAT}Catalog`;
const DCAT_DATASET = `${DCAT}dataset`;
const DISTRIBUTION = `${DCAT}distribution`;
const PRIMARY_TOPIC = `${FOAF}primaryTopic`;
/** What a catalogue lists, which grows with it: not kept (the listed nodes say what they are). */
const CATALOG_LISTS = new Set([DCAT_DATASET, `${DCAT}record`, `${DCAT}service`, `${DCAT}catalog`, `${DCAT}resource`]);

export class DatasetWindow {
  readonly paging = new PagingCollector();
  /** Catalogues the document describes (for their titles). */
  readonly catalogs: Subject[] = [];
  /** IRIs listed as datasets (`dcat:dataset`) that the document never described. */
  readonly undescribed: string[] = [];
  private readonly nodes = new Map<string, Subject>();
  private pending: Subject[] = [];
  private readonly emitted = new Set<string>();
  private readonly records = new Map<string, string[]>();
  private readonly window: number;
  private seq = 0;
  private lastSweep = 0;
  private sweepEvery: number;
  private gcAt: number;
  private readonly lookup = (key: string): Subject | undefined => this.nodes.get(key);

  constructor(private readonly options: WindowOptions) {
    this.window = Math.max(1, options.window ?? 10_000);
    this.sweepEvery = Math.max(1, Math.floor(this.window / 8));
    this.gcAt = 4 * this.window;
  }

  /** Nodes held now (for tests of the memory bound). */
  get size(): number {
    return this.nodes.size;
  }

  private touch(key: string): Subject {
    let subject = this.nodes.get(key);
    if (subject === undefined) {
      subject = newSubject(key, this.seq);
      this.nodes.set(key, subject);
    } else subject.last = this.seq;
    return subject;
  }

  private markDataset(key: string): void {
    if (this.emitted.has(key)) return;
    const subject = this.touch(key);
    if (subject.role !== 'plain') return;
    subject.role = 'dataset';
    this.pending.push(subject);
  }

  private classify(subject: Subject, type: string): void {
    if (this.paging.acceptType(subject.key, type)) {
      if (subject.role === 'plain') subject.role = 'paging';
      return;
    }
    if (type === CATALOG_TYPE) {
      if (subject.role !== 'catalog') {
        subject.role = 'catalog';
        this.catalogs.push(subject);
      }
    } else if (DATASET_TYPES.has(type) && (subject.role === 'plain' || subject.role === 'paging')) {
      subject.role = 'dataset';
      this.pending.push(subject);
    }
  }

  add(quad: RDFJS.Quad): void {
    const s = subjectTerm(quad.subject);
    const o = objectTerm(quad.object);
    if (s === undefined || o === undefined || quad.predicate.termType !== 'NamedNode') return;
    this.seq++;
    const sKey = nodeKey(s);
    if (this.emitted.has(sKey)) return;
    const predicate = canonicalIri(quad.predicate.value);
    if (predicate === RDF_TYPE) {
      if (o.kind !== 'iri') return;
      const type = canonicalIri(o.value);
      const subject = this.touch(sKey);
      if (!subject.types.includes(type)) subject.types.push(type);
      this.classify(subject, type);
    } else if (this.paging.accept(sKey, predicate, o)) {
      // paging, not data
    } else if (CATALOG_LISTS.has(predicate)) {
      if (predicate === DCAT_DATASET && o.kind !== 'literal') this.markDataset(nodeKey(o));
    } else {
      const subject = this.touch(sKey);
      if (o.kind !== 'literal') {
        const key = nodeKey(o);
        if (!this.emitted.has(key)) this.touch(key).refs++;
        if (predicate === PRIMARY_TOPIC) {
          const list = this.records.get(key) ?? [];
          list.push(sKey);
          this.records.set(key, list);
        }
      }
      const values = subject.props.get(predicate);
      if (values === undefined) subject.props.set(predicate, [o]);
      else values.push(o);
    }
    if (this.seq - this.lastSweep >= this.sweepEvery) this.sweep();
  }

  /** The document has ended: every dataset left is emitted. */
  end(): void {
    for (const dataset of this.pending) {
      if (isDescribed(dataset)) this.emit(dataset);
      else if (!dataset.key.startsWith('_:')) this.undescribed.push(dataset.key);
    }
    this.pending = [];
    this.nodes.clear();
    this.records.clear();
  }

  /** The document broke off (a syntax error): the datasets that do not involve the node being
   * described when it broke are emitted; those that do are dropped, and their keys returned. */
  salvage(brokenKey: string | undefined): string[] {
    const described = this.pending.filter(isDescribed);
    const closures = described.map((dataset) => {
      const closure = new Set<string>();
      closureOf(dataset, this.lookup, closure);
      return closure;
    });
    let broken = brokenKey === undefined ? [] : described.filter((_, i) => closures[i]?.has(brokenKey));
    // A blank node no dataset refers to yet is being described inside one (Turtle states
    // `<d> dcat:distribution [ … ]` once the brackets close): the dataset named last.
    if (broken.length === 0 && brokenKey !== undefined && isBlankKey(brokenKey)) {
      const latest = described.reduce<Subject | undefined>((a, b) => (a === undefined || b.last > a.last ? b : a), undefined);
      if (latest !== undefined) broken = [latest];
    }
    const dropped: string[] = [];
    for (const dataset of described) {
      if (broken.includes(dataset)) dropped.push(dataset.key);
      else this.emit(dataset);
    }
    this.pending = [];
    this.nodes.clear();
    this.records.clear();
    return dropped;
  }

  private ripe(dataset: Subject): boolean {
    if (!isDescribed(dataset) || this.seq - dataset.last < this.window) return false;
    for (const term of dataset.props.get(DISTRIBUTION) ?? []) {
      if (term.kind === 'literal') continue;
      const target = this.nodes.get(nodeKey(term));
      if (target !== undefined && target.role === 'plain' && !isDescribed(target)) return false;
    }
    const closure = new Set<string>();
    closureOf(dataset, this.lookup, closure);
    for (const key of closure) {
      const node = this.nodes.get(key);
      if (node !== undefined && node !== dataset && node.refs <= 1 && this.seq - node.last < this.window) return false;
    }
    return true;
  }

  private sweep(): void {
    this.lastSweep = this.seq;
    const waiting: Subject[] = [];
    for (const dataset of this.pending) {
      if (this.ripe(dataset)) this.emit(dataset);
      else waiting.push(dataset);
    }
    this.pending = waiting;
    // Checking every waiting dataset costs as much as they are: sweep less often when many wait.
    this.sweepEvery = Math.max(Math.floor(this.window / 8), waiting.length);
    if (this.nodes.size >= this.gcAt) this.gc();
  }

  private emit(dataset: Subject): void {
    const records: Subject[] = [];
    for (const key of this.records.get(dataset.key) ?? []) {
      const record = this.nodes.get(key);
      if (record !== undefined && isDescribed(record)) records.push(record);
    }
    const { raw, visited } = embedDataset(dataset, this.lookup, records);
    this.emitted.add(dataset.key);
    this.nodes.delete(dataset.key);
    this.records.delete(dataset.key);
    for (const key of visited) {
      const node = this.nodes.get(key);
      if (node !== undefined && node.role === 'plain' && node.refs <= 1) this.nodes.delete(key);
    }
    this.options.onDataset({ key: dataset.key, raw });
  }

  private gc(): void {
    const kept = new Set<string>();
    for (const dataset of this.pending) closureOf(dataset, this.lookup, kept);
    const oldest = this.seq - 2 * this.window;
    for (const [key, node] of this.nodes) {
      if (node.role === 'plain' && node.last < oldest && !kept.has(key)) this.nodes.delete(key);
    }
    for (const key of this.records.keys()) if (!this.nodes.has(key)) this.records.delete(key);
    this.gcAt = Math.max(4 * this.window, 2 * this.nodes.size);
  }
}
