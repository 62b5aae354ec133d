// RDF parsers behind one interface: text goes in chunk by chunk, quads come out to a callback.
// Turtle (and N-Triples) use n3's push parser, whose callbacks run while a chunk is written;
// RDF/XML is a stream transform whose quads may arrive a little later. JSON-LD is processed a
// document at a time by jsonld.js, the reference processor: JSON-LD's algorithms need a node's
// whole context, and the streaming JSON-LD parser we measured slows down with the square of a
// page's size (a page of 100 datasets took seconds), where jsonld.js stays linear.
import type * as RDFJS from '@rdfjs/types';
import jsonld from 'jsonld';
import { Parser as N3Parser } from 'n3';
import { DataFactory } from 'rdf-data-factory';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import type { Transform } from 'node:stream';
import type { RdfSyntax } from './syntax.js';
import { XmlCheck } from './xml-check.js';

export type QuadCallback = (quad: RDFJS.Quad) => void;

/** Where JSON-LD finds remote contexts: the parsed JSON of a context URL. */
export interface ContextLoader {
  load(url: string): Promise<unknown>;
}

export interface QuadParser {
  /** Parses a chunk; rejects with the syntax error when the document is malformed. */
  write(text: string): Promise<void>;
  /** Ends the document: resolves once every quad has been delivered. */
  end(): Promise<void>;
}

export interface QuadParserOptions {
  /** The document's URL: relative IRIs resolve against it. */
  baseIRI: string;
  onQuad: QuadCallback;
  /** Where JSON-LD finds remote contexts. */
  contextLoader?: ContextLoader;
}

// Prefixes that catalogues use without declaring them (a forgotten `@prefix` is a common error of
// hand-edited and generated files). Written before the document on its first line, so that the
// document's own declarations win and the parser's line numbers stay the document's.
const WELL_KNOWN_PREFIXES: Readonly<Record<string, string>> = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcterms: 'http://purl.org/dc/terms/',
  dc: 'http://purl.org/dc/elements/1.1/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'http://schema.org/',
  locn: 'http://www.w3.org/ns/locn#',
  adms: 'http://www.w3.org/ns/adms#',
  prov: 'http://www.w3.org/ns/prov#',
  dqv: 'http://www.w3.org/ns/dqv#',
  spdx: 'http://spdx.org/rdf/terms#',
  time: 'http://www.w3.org/2006/time#',
  gsp: 'http://www.opengis.net/ont/geosparql#',
  geo: 'http://www.opengis.net/ont/geosparql#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  dcatap: 'http://data.europa.eu/r5r/',
  healthdcatap: 'http://healthdataportal.eu/ns/health#',
  cnt: 'http://www.w3.org/2011/content#',
  oa: 'http://www.w3.org/ns/oa#',
};
const PROLOGUE = Object.entries(WELL_KNOWN_PREFIXES)
  .map(([prefix, iri]) => `@prefix ${prefix}: <${iri}> .`)
  .join(' ');

const FACTORY = new DataFactory();

function turtleParser(options: QuadParserOptions): QuadParser {
  // rdf-data-factory's terms keep their parts as fields: n3's own re-parse their N-Triples form
  // on every read and copy every literal into it.
  const parser = new N3Parser({ baseIRI: options.baseIRI, format: 'application/trig', factory: FACTORY });
  let onData: ((text: string) => void) | undefined;
  let onEnd: (() => void) | undefined;
  let failure: Error | undefined;
  // n3 reads a "stream" through these two events only; pushing text into them parses synchronously.
  const input = {
    on(event: string, listener: (...args: never[]) => void) {
      if (event === 'data') onData = listener as unknown as (text: string) => void;
      else if (event === 'end') onEnd = listener as unknown as () => void;
      return input;
    },
  };
  parser.parse(input as unknown as NodeJS.EventEmitter, {
    onQuad: (error, quad) => {
      if (error) failure ??= error;
      else if (quad) options.onQuad(quad);
    },
  });
  const check = () => {
    if (failure) throw failure;
  };
  let started = false;
  return {
    write(text) {
      if (!failure) onData?.(started ? text : `${PROLOGUE} ${text}`);
      started = true;
      return failure ? Promise.reject(failure) : Promise.resolve();
    },
    end() {
      if (!failure) onEnd?.();
      try {
        check();
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
  };
}

function transformParser(stream: Transform, onQuad: QuadCallback): QuadParser {
  let failure: Error | undefined;
  const ended = new Promise<void>((resolve, reject) => {
    // The RDF/XML parser reads on after an error, making up triples from what follows: none is taken.
    stream.on('data', (quad: RDFJS.Quad) => {
      if (failure === undefined) onQuad(quad);
    });
    stream.on('error', (error: Error) => {
      failure ??= error;
      reject(error);
    });
    stream.on('end', () => resolve());
  });
  ended.catch(() => undefined); // read through write() and end()
  return {
    write(text) {
      if (failure) return Promise.reject(failure);
      return new Promise<void>((resolve, reject) => {
        const more = stream.write(text, (error) => (error ? reject(error) : undefined));
        const settle = () => (failure ? reject(failure) : resolve());
        if (more) setImmediate(settle);
        else stream.once('drain', settle);
        ended.catch(reject);
      });
    },
    end() {
      if (failure) return Promise.reject(failure);
      stream.end();
      return ended;
    },
  };
}

/** The RDF/XML parser fed only what precedes the document's first well-formedness error, which
 * is then the parser's error (see xml-check.ts). */
function checkedXmlParser(parser: QuadParser): QuadParser {
  const check = new XmlCheck();
  return {
    async write(text) {
      const good = check.write(text);
      if (good > 0) await parser.write(good < text.length ? text.slice(0, good) : text);
      if (check.error !== undefined) throw check.error;
    },
    end() {
      const error = check.end();
      return error !== undefined ? Promise.reject(error) : parser.end();
    },
  };
}

function isTerm(value: unknown): value is RDFJS.Term {
  return typeof value === 'object' && value !== null && typeof (value as { termType?: unknown }).termType === 'string' && typeof (value as { value?: unknown }).value === 'string';
}

/** jsonld.js returns RDF/JS-shaped plain objects (its types say only `object`): checked here. */
function isQuad(value: unknown): value is RDFJS.Quad {
  if (typeof value !== 'object' || value === null) return false;
  const quad = value as Record<string, unknown>;
  return isTerm(quad['subject']) && isTerm(quad['predicate']) && isTerm(quad['object']);
}

/** `position 1234` of a JSON error as a line number, for a message that says where. */
function jsonErrorWhere(text: string, message: string): string {
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
  if (!Number.isFinite(position)) return message;
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return `${message} (line ${line})`;
}

function jsonldParser(options: QuadParserOptions): QuadParser {
  const parts: string[] = [];
  return {
    write(text) {
      parts.push(text);
      return Promise.resolve();
    },
    async end() {
      const text = parts.join('');
      parts.length = 0;
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch (error) {
        throw new Error(`not JSON: ${jsonErrorWhere(text, (error as Error).message)}`);
      }
      const loader = options.contextLoader;
      const dataset: unknown = await jsonld.toRDF(document as Parameters<typeof jsonld.toRDF>[0], {
        base: options.baseIRI,
        documentLoader: async (url: string) => {
          if (loader === undefined) throw new Error(`remote JSON-LD context ${url}: no loader`);
          return { contextUrl: undefined, document: (await loader.load(url)) as object, documentUrl: url };
        },
      } as Parameters<typeof jsonld.toRDF>[1]);
      if (!Array.isArray(dataset)) throw new Error('the JSON-LD processor returned no quads');
      for (const quad of dataset) if (isQuad(quad)) options.onQuad(quad);
    },
  };
}

export function createQuadParser(syntax: RdfSyntax, options: QuadParserOptions): QuadParser {
  switch (syntax) {
    case 'turtle':
      return turtleParser(options);
    case 'rdfxml':
      return checkedXmlParser(
        transformParser(new RdfXmlParser({ baseIRI: options.baseIRI, allowDuplicateRdfIds: true, validateUri: false, trackPosition: true }) as unknown as Transform, options.onQuad),
      );
    case 'jsonld':
      return jsonldParser(options);
  }
}
