// RDF terms as this kind keeps them: plain objects read once from the parsers' RDF/JS terms
// (whose getters re-parse on every access in some libraries).
import type * as RDFJS from '@rdfjs/types';
import { XSD_STRING, RDF_LANG_STRING } from './namespaces.js';

export interface IriTerm {
  kind: 'iri';
  value: string;
}
export interface BlankTerm {
  kind: 'blank';
  value: string;
}
export interface LiteralTerm {
  kind: 'literal';
  value: string;
  /** Lower-case BCP 47 tag, when the literal has one. */
  language?: string;
  /** Datatype IRI, absent for plain strings. */
  datatype?: string;
}
export type NodeTerm = IriTerm | BlankTerm;
export type Term = NodeTerm | LiteralTerm;

/** Blank nodes are keyed apart from IRIs: `_:` never starts an absolute IRI. */
export function nodeKey(term: NodeTerm): string {
  return term.kind === 'iri' ? term.value : `_:${term.value}`;
}

export function isBlankKey(key: string): boolean {
  return key.startsWith('_:');
}

/** The subject of a quad, or undefined for a quoted triple or variable (not DCAT). */
export function subjectTerm(term: RDFJS.Term): NodeTerm | undefined {
  if (term.termType === 'NamedNode') return { kind: 'iri', value: term.value };
  if (term.termType === 'BlankNode') return { kind: 'blank', value: term.value };
  return undefined;
}

/** n3 keeps a literal as its N-Triples id (`"text"@en`, `"1"^^<xsd:int>`) and re-parses it on every
 * getter: read it once. */
function n3Literal(id: string): LiteralTerm {
  const end = id.lastIndexOf('"');
  const out: LiteralTerm = { kind: 'literal', value: id.substring(1, end) };
  if (id.charCodeAt(end + 1) === 64 /* @ */) {
    const dir = id.indexOf('--', end + 2);
    out.language = id.substring(end + 2, dir > 0 ? dir : id.length).toLowerCase();
  } else if (id.charCodeAt(end + 1) === 94 /* ^ */) {
    const datatype = id.substring(end + 3);
    if (datatype !== XSD_STRING && datatype !== RDF_LANG_STRING) out.datatype = datatype;
  }
  return out;
}

export function objectTerm(term: RDFJS.Term): Term | undefined {
  if (term.termType === 'Literal') {
    const id = (term as { id?: unknown }).id;
    if (typeof id === 'string' && id.charCodeAt(0) === 34 /* " */) return n3Literal(id);
    const out: LiteralTerm = { kind: 'literal', value: term.value };
    // Not every library sets every field (jsonld.js leaves `language` out of typed literals).
    if (typeof term.language === 'string' && term.language !== '') out.language = term.language.toLowerCase();
    else {
      const datatype = typeof term.datatype?.value === 'string' ? term.datatype.value : '';
      if (datatype !== XSD_STRING && datatype !== RDF_LANG_STRING && datatype !== '') out.datatype = datatype;
    }
    return out;
  }
  return subjectTerm(term);
}
