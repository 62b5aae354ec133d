// The vocabularies DCAT catalogues use, and one spelling for each of their terms. Real documents
// spell namespaces several ways (`https://` for `http://`, `http://purl.org/dc/terms/#license`
// from a broken JSON-LD context, Hydra under `.../hydra/context.jsonld`); predicates and types
// are read through `canonicalIri` so that the rest of the kind knows one IRI per term.

export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const DCT = 'http://purl.org/dc/terms/';
export const DC = 'http://purl.org/dc/elements/1.1/';
export const DCAT = 'http://www.w3.org/ns/dcat#';
export const FOAF = 'http://xmlns.com/foaf/0.1/';
export const VCARD = 'http://www.w3.org/2006/vcard/ns#';
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const SCHEMA = 'http://schema.org/';
export const LOCN = 'http://www.w3.org/ns/locn#';
export const ADMS = 'http://www.w3.org/ns/adms#';
export const TIME = 'http://www.w3.org/2006/time#';
export const HYDRA = 'http://www.w3.org/ns/hydra/core#';
export const GSP = 'http://www.opengis.net/ont/geosparql#';

export const RDF_TYPE = `${RDF}type`;
export const XSD_STRING = `${XSD}string`;
export const RDF_LANG_STRING = `${RDF}langString`;

// Namespaces whose `https://` spelling is the same vocabulary.
const HTTPS_ALIASES: readonly string[] = [DCAT, DCT, DC, FOAF, VCARD, SKOS, SCHEMA, LOCN, ADMS, TIME, RDFS, RDF, XSD].map((ns) => ns.replace(/^http:/, 'https:'));

const HYDRA_TERMS = new Set([
  'Collection',
  'PagedCollection',
  'PartialCollectionView',
  'member',
  'view',
  'next',
  'nextPage',
  'previous',
  'previousPage',
  'first',
  'firstPage',
  'last',
  'lastPage',
  'totalItems',
  'itemsPerPage',
]);
// `.../hydra/core#next`, `.../hydra/context.jsonld#next`, `.../hydra/context.jsonldnext` (a
// context URL used as a prefix), with or without `www.`, over http or https.
const HYDRA_IRI = /^https?:\/\/(?:www\.)?w3\.org\/ns\/hydra\/(?:core|context\.jsonld|context)?[#/]?([A-Za-z]+)$/;

const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function canonicalize(iri: string): string {
  if (iri.startsWith('https://')) {
    for (const ns of HTTPS_ALIASES) if (iri.startsWith(ns)) return `http://${iri.slice('https://'.length)}`;
  }
  if (iri.startsWith(`${DCT}#`)) return DCT + iri.slice(DCT.length + 1);
  if (iri.includes('/ns/hydra/')) {
    const term = HYDRA_IRI.exec(iri)?.[1];
    if (term !== undefined && HYDRA_TERMS.has(term)) return HYDRA + term;
  }
  return iri;
}

/** The one IRI this kind reads a vocabulary term by. */
export function canonicalIri(iri: string): string {
  let out = cache.get(iri);
  if (out === undefined) {
    out = canonicalize(iri);
    if (cache.size < CACHE_LIMIT) cache.set(iri, out);
  }
  return out;
}
