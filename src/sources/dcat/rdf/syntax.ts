// Which RDF syntax a document is in: the source's `format` option first, then the response's
// content type, then its first characters.

export const RDF_SYNTAXES = ['turtle', 'rdfxml', 'jsonld'] as const;
export type RdfSyntax = (typeof RDF_SYNTAXES)[number];

/** Content negotiation: Turtle first (the fastest to parse), then RDF/XML and JSON-LD. */
export const RDF_ACCEPT = 'text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.9, application/n-triples;q=0.8, application/xml;q=0.5, application/json;q=0.5, */*;q=0.1';

export const SYNTAX_ACCEPT: Readonly<Record<RdfSyntax, string>> = {
  turtle: 'text/turtle, application/n-triples;q=0.9, */*;q=0.1',
  rdfxml: 'application/rdf+xml, application/xml;q=0.9, */*;q=0.1',
  jsonld: 'application/ld+json, application/json;q=0.9, */*;q=0.1',
};

const BY_MEDIA_TYPE: Readonly<Record<string, RdfSyntax>> = {
  'text/turtle': 'turtle',
  'application/x-turtle': 'turtle',
  'application/turtle': 'turtle',
  'text/n3': 'turtle',
  'application/n-triples': 'turtle',
  'application/n-quads': 'turtle',
  'application/trig': 'turtle',
  'application/rdf+xml': 'rdfxml',
  'application/ld+json': 'jsonld',
};

/** The syntax a content type names; `undefined` for generic types (`application/xml`, `text/plain`) that the first bytes must settle. */
export function syntaxOfContentType(contentType: string | undefined): RdfSyntax | undefined {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return BY_MEDIA_TYPE[mediaType];
}

export function isHtmlContentType(contentType: string | undefined): boolean {
  return /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? '');
}

/** The syntax the first characters of a document show (after any BOM and blank lines), or
 * `undefined` when they show none (HTML, an empty body). */
export function sniffSyntax(start: string): RdfSyntax | 'html' | undefined {
  const text = start.replace(/^\uFEFF/, '').trimStart();
  if (text === '') return undefined;
  const first = text[0];
  if (first === '{' || first === '[') return 'jsonld';
  if (first === '<') {
    // Turtle and N-Triples may start with an IRI: `<http://…> a dcat:Dataset .`
    if (/^<[a-z][a-z0-9+.-]*:[^\s>]*>/i.test(text) || /^<[^\s<>"]*>\s/.test(text)) return 'turtle';
    if (/^<!doctype\s+html|^<html[\s>]/i.test(text)) return 'html';
    if (/^<\?xml|^<!--|^<[A-Za-z_]/.test(text)) {
      // An XML declaration or comment may precede an HTML page too.
      return /<html[\s>]/i.test(text.slice(0, 2048)) && !/rdf:RDF|w3\.org\/1999\/02\/22-rdf-syntax-ns/.test(text.slice(0, 4096)) ? 'html' : 'rdfxml';
    }
    return undefined;
  }
  if (/^(?:@prefix|@base|prefix\s|base\s|#|_:)/i.test(text)) return 'turtle';
  return undefined;
}
