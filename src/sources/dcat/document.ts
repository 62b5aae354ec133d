// One RDF document (a catalogue, one page of it, or a single dataset) read as it arrives: its
// syntax settled, its quads parsed and grouped into datasets by the window, and the datasets
// handed over in batches while the rest is still being read.
import type * as RDFJS from '@rdfjs/types';
import type { HttpStream } from '../http.js';
import type { Paging } from './graph/paging.js';
import type { Subject } from './graph/subject.js';
import { DatasetWindow, type EmittedDataset } from './graph/window.js';
import { DCT } from './rdf/namespaces.js';
import { createQuadParser, type ContextLoader } from './rdf/parsers.js';
import { isHtmlContentType, sniffSyntax, syntaxOfContentType, type RdfSyntax } from './rdf/syntax.js';
import { decodedText } from './rdf/text-stream.js';

export const SYNTAX_NAMES: Readonly<Record<RdfSyntax, string>> = { turtle: 'Turtle', rdfxml: 'RDF/XML', jsonld: 'JSON-LD' };

/** A document that is not RDF, or whose RDF is malformed: the page cannot be read. */
export class RdfDocumentError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'RdfDocumentError';
  }
}

export interface ReadDocumentOptions {
  /** The source's explicit syntax; otherwise the content type, then the first characters, tell. */
  format?: RdfSyntax;
  contextLoader?: ContextLoader;
  /** Datasets per batch (default 500). */
  batchSize?: number;
  /** See DatasetWindow. */
  window?: number;
}

export interface CatalogueInfo {
  iri: string;
  /** `dct:title` literals as read: text and language tag. */
  titles: { text: string; language?: string }[];
}

export interface DocumentEnd {
  syntax: RdfSyntax;
  paging: Paging;
  catalogues: CatalogueInfo[];
  /** IRIs a catalogue lists as datasets that the document does not describe. */
  undescribed: string[];
  /** Language tags seen on the datasets' literals, base languages (`en`, `fr`). */
  languages: string[];
  datasets: number;
  /** When the document is malformed: the parser's message (with its line), and the datasets that
   * were being described when it broke (dropped; the others read before the error were kept). */
  malformed?: { message: string; broken: string[] };
}

export interface DocumentBatch {
  datasets: EmittedDataset[];
  /** On the last batch only. */
  end?: DocumentEnd;
}

function catalogueInfo(subject: Subject): CatalogueInfo {
  const titles: CatalogueInfo['titles'] = [];
  for (const term of subject.props.get(`${DCT}title`) ?? []) {
    if (term.kind === 'literal') titles.push(term.language !== undefined ? { text: term.value, language: term.language } : { text: term.value });
  }
  return { iri: subject.key, titles };
}

function syntaxOf(response: HttpStream, first: string, explicit: RdfSyntax | undefined): RdfSyntax {
  if (explicit !== undefined) return explicit;
  const contentType = response.headers['content-type'];
  const declared = syntaxOfContentType(contentType);
  if (declared !== undefined) return declared;
  const sniffed = sniffSyntax(first);
  if (sniffed === 'html' || (sniffed === undefined && isHtmlContentType(contentType))) {
    throw new RdfDocumentError(`${response.url} answered an HTML page (content type ${contentType ?? 'none'}), not an RDF catalogue`, response.url);
  }
  if (sniffed === undefined) {
    throw new RdfDocumentError(
      `${response.url} answered ${contentType ?? 'no content type'} that is neither Turtle, RDF/XML nor JSON-LD; it starts with: ${first.slice(0, 80).replace(/\s+/g, ' ')}`,
      response.url,
    );
  }
  return sniffed;
}

const SNIFF_LENGTH = 512;

/** Syntax errors, as opposed to a document that is not RDF at all or a connection that failed. */
class SyntaxFailure extends Error {}

/** Reads a document to its end, batch by batch. Rejects (and closes the response) when it is not
 * RDF at all or the connection fails. A syntax error ends the document early: the datasets read
 * before it are kept, and the last batch says what broke, where (the parser's message gives the
 * line) and which datasets it dropped. */
export async function* readRdfDocument(response: HttpStream, options: ReadDocumentOptions = {}): AsyncGenerator<DocumentBatch> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  let ready: EmittedDataset[] = [];
  let count = 0;
  // The subject of the last quad read: what a syntax error broke off (keyed only then).
  let lastSubject: RDFJS.Term | undefined;
  const languages = new Set<string>();
  const seenTags = new Set<string>();
  const window = new DatasetWindow({
    ...(options.window !== undefined ? { window: options.window } : {}),
    onDataset: (dataset) => {
      ready.push(dataset);
      count++;
    },
  });
  const chunks = decodedText(response.body, response.headers['content-type'])[Symbol.asyncIterator]();
  let syntax: RdfSyntax | undefined;
  let malformed: DocumentEnd['malformed'];
  try {
    // Enough of the start to sniff the syntax, however small the first chunks.
    let start = '';
    let exhausted = false;
    while (start.length < SNIFF_LENGTH) {
      const next = await chunks.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      start += next.value;
    }
    if (start === '') {
      if (options.format === undefined) throw new RdfDocumentError(`${response.url} answered an empty document`, response.url);
      syntax = options.format;
    } else syntax = syntaxOf(response, start, options.format);
    // Blank lines before an XML declaration are refused by XML parsers (and sent by some servers).
    if (syntax === 'rdfxml') start = start.trimStart();
    const parser = createQuadParser(syntax, {
      baseIRI: response.url,
      onQuad: (quad) => {
        const language: unknown = quad.object.termType === 'Literal' ? quad.object.language : undefined;
        if (typeof language === 'string' && language !== '' && !seenTags.has(language)) {
          seenTags.add(language);
          languages.add(language.toLowerCase().split('-')[0] ?? '');
        }
        lastSubject = quad.subject;
        window.add(quad);
      },
      ...(options.contextLoader ? { contextLoader: options.contextLoader } : {}),
    });
    const name = SYNTAX_NAMES[syntax];
    const fail = (error: unknown): never => {
      const message = error instanceof Error ? error.message : String(error);
      throw new SyntaxFailure(`the ${name} document at ${response.url} is malformed: ${message}`);
    };
    try {
      if (start !== '') await parser.write(start).catch(fail);
      for (;;) {
        if (ready.length >= batchSize) {
          const batch = ready;
          ready = [];
          yield { datasets: batch };
        }
        const next = exhausted ? undefined : await chunks.next();
        if (next === undefined || next.done) break;
        await parser.write(next.value).catch(fail);
      }
      await parser.end().catch(fail);
    } catch (error) {
      if (!(error instanceof SyntaxFailure)) throw error;
      response.cancel();
      const brokenKey = lastSubject === undefined ? undefined : lastSubject.termType === 'BlankNode' ? `_:${lastSubject.value}` : lastSubject.value;
      malformed = { message: error.message, broken: window.salvage(brokenKey) };
    }
  } catch (error) {
    response.cancel();
    throw error;
  }
  if (malformed === undefined) window.end();
  while (ready.length > batchSize) yield { datasets: ready.splice(0, batchSize) };
  yield {
    datasets: ready,
    end: {
      syntax,
      paging: window.paging.result(response.url),
      catalogues: window.catalogs.map(catalogueInfo),
      undescribed: window.undescribed,
      languages: [...languages].filter((l) => l !== '').sort(),
      datasets: count,
      ...(malformed ? { malformed } : {}),
    },
  };
}
