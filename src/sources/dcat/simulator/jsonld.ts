// Simulated nodes written as compact JSON-LD: one `@context` of prefixes, each IRI node an entry
// of `@graph`, blank nodes nested.
import { PREFIXES, type SimNode, type SimValue } from './model.js';

export const JSONLD_CONTEXT = JSON.stringify({ ...PREFIXES });

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function value(v: SimValue): Json {
  if ('iri' in v) return { '@id': v.iri };
  if ('text' in v) return v.lang !== undefined ? { '@value': v.text, '@language': v.lang } : v.type !== undefined ? { '@value': v.text, '@type': v.type } : v.text;
  return node(v.node);
}

function node(n: SimNode): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  if (n.iri !== undefined) out['@id'] = n.iri;
  if (n.types.length > 0) out['@type'] = n.types.length === 1 ? (n.types[0] as string) : n.types;
  for (const [predicate, v] of n.props) {
    const existing = out[predicate];
    const written = value(v);
    if (existing === undefined) out[predicate] = written;
    else if (Array.isArray(existing)) existing.push(written);
    else out[predicate] = [existing, written];
  }
  return out;
}

export function jsonldNode(n: SimNode): string {
  return JSON.stringify(node(n));
}
