// The RDF a simulated catalogue serves, before it is written in Turtle or JSON-LD: nodes with
// CURIE predicates and values that are IRIs, literals or nested blank nodes.

export const PREFIXES: Readonly<Record<string, string>> = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  gsp: 'http://www.opengis.net/ont/geosparql#',
  locn: 'http://www.w3.org/ns/locn#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
};

export type SimValue = { iri: string } | { text: string; lang?: string; type?: string } | { node: SimNode };

export interface SimNode {
  /** Absent for a blank node (written nested). */
  iri?: string;
  /** CURIEs (`dcat:Dataset`). */
  types: string[];
  /** CURIE predicate and value, in writing order. */
  props: [string, SimValue][];
}

export function iri(value: string): SimValue {
  return { iri: value };
}

export function text(value: string, lang?: string): SimValue {
  return lang === undefined ? { text: value } : { text: value, lang };
}

export function typed(value: string, type: string): SimValue {
  return { text: value, type };
}

export function blank(types: string[], props: [string, SimValue][]): SimValue {
  return { node: { types, props } };
}
