// Reading a dataset's raw JSON-LD node (raw.ts): values by predicate, whatever their form (a
// literal, an IRI, an embedded node), since real catalogues give the same property as any of them
// (`dct:license` as an IRI, a literal title, or a `dct:LicenseDocument` with a label).
import { isLiteral, type RawLiteral, type RawNode, type RawValue } from '../raw.js';
import { P } from './predicates.js';

const NONE: readonly RawValue[] = [];

export class RdfNode {
  constructor(readonly raw: RawNode) {}

  /** The node's IRI; undefined for a blank node. */
  get iri(): string | undefined {
    return this.raw['@id'];
  }

  get types(): readonly string[] {
    return this.raw['@type'] ?? [];
  }

  /** Whether the document described the node (more than its IRI). */
  get described(): boolean {
    return Object.keys(this.raw).some((key) => key !== '@id');
  }

  values(...predicates: string[]): readonly RawValue[] {
    if (predicates.length === 1) return this.valuesOf(predicates[0] as string);
    const out: RawValue[] = [];
    for (const predicate of predicates) for (const value of this.valuesOf(predicate)) out.push(value);
    return out;
  }

  private valuesOf(predicate: string): readonly RawValue[] {
    if (predicate.charCodeAt(0) === 64 /* @ */) return NONE;
    return (this.raw[predicate] as RawValue[] | undefined) ?? NONE;
  }

  literals(...predicates: string[]): RawLiteral[] {
    return this.values(...predicates).filter(isLiteral);
  }

  nodes(...predicates: string[]): RdfNode[] {
    const out: RdfNode[] = [];
    for (const value of this.values(...predicates)) if (!isLiteral(value)) out.push(new RdfNode(value));
    return out;
  }

  /** Literal texts and node IRIs: for properties that are URLs or codes in any form. */
  texts(...predicates: string[]): string[] {
    const out: string[] = [];
    for (const value of this.values(...predicates)) {
      const text = isLiteral(value) ? value['@value'] : value['@id'];
      if (text !== undefined && text.trim() !== '') out.push(text.trim());
    }
    return out;
  }

  firstText(...predicates: string[]): string | undefined {
    return this.texts(...predicates)[0];
  }

  reverse(predicate: string): RdfNode[] {
    return (this.raw['@reverse']?.[predicate] ?? []).map((node) => new RdfNode(node));
  }
}

/** Where vocabularies put a resource's name. */
export const LABELS = [P.SKOS_prefLabel, P.RDFS_label, P.DCT_title, P.FOAF_name, P.VCARD_fn, P.SCHEMA_name, P.RDF_value, P.SKOS_altLabel];

/** Label literals of a node, in the order of LABELS. */
export function labelLiterals(node: RdfNode): RawLiteral[] {
  return node.literals(...LABELS);
}

/** A node's first label text, else its IRI. */
export function labelOrIri(node: RdfNode): string | undefined {
  const label = labelLiterals(node)[0]?.['@value'].trim();
  return label !== undefined && label !== '' ? label : node.iri;
}

/** Values as the texts vocabularies recognize: a literal's text, a node's IRI and its labels. */
export function vocabularyTexts(node: RdfNode, ...predicates: string[]): string[] {
  const out: string[] = [];
  for (const value of node.values(...predicates)) {
    if (isLiteral(value)) {
      if (value['@value'].trim() !== '') out.push(value['@value'].trim());
      continue;
    }
    const inner = new RdfNode(value);
    if (inner.iri !== undefined) out.push(inner.iri);
    for (const label of labelLiterals(inner)) if (label['@value'].trim() !== '') out.push(label['@value'].trim());
    const id = inner.firstText(P.DCT_identifier, P.SKOS_notation);
    if (id !== undefined) out.push(id);
  }
  return out;
}

/** An http(s) URL from a text, or undefined. */
export function httpUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    new URL(trimmed);
    return trimmed;
  } catch {
    return undefined;
  }
}

/** `dct:conformsTo` as a spreadable property: the standards' IRIs or texts, none when absent. */
export function conformsToOf(node: RdfNode): { conformsTo?: string[] } {
  const found = [...new Set(node.texts(P.DCT_conformsTo))];
  return found.length > 0 ? { conformsTo: found } : {};
}
