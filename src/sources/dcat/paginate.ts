// Crawling a catalogue: the first document, then every page its Hydra view links to.
//
// - Each page is read as it arrives (document.ts) and its datasets are handed over in batches.
// - The next page is asked for as soon as its link is known (the end of the current document),
//   before the last batch is processed, so that the server's time overlaps ours.
// - A `next` link to a page already read ends the crawl with a problem (a loop); so do three
//   pages in a row that bring no dataset not already listed. A dataset seen on two pages is
//   listed once.
// - A malformed page keeps the datasets read before the error and ends the crawl with a problem;
//   a page that is not RDF at all, or cannot be fetched, rejects (the job fails, nothing is withdrawn).
// - Datasets that a catalogue lists (`dcat:dataset`) but no page describes are reported at the end.
import { detached } from '../../core/text.js';
import type { HttpClient, HttpStream } from '../http.js';
import type { ItemProblem, RemoteItem, SourcePage } from '../source.js';
import { readRdfDocument } from './document.js';
import { datasetRemoteId, recordModified } from './map/map.js';
import { RdfNode } from './map/node.js';
import type { ContextLoader } from './rdf/parsers.js';
import { RDF_ACCEPT, SYNTAX_ACCEPT, type RdfSyntax } from './rdf/syntax.js';

const MAX_FRUITLESS_PAGES = 3;
/** Listed-but-undescribed ids kept for the final report. */
const MAX_UNDESCRIBED = 10_000;

export interface CrawlOptions {
  http: HttpClient;
  startUrl: string;
  format?: RdfSyntax;
  contextLoader?: ContextLoader;
  /** Datasets per page handed to the harvester. */
  batchSize: number;
  /** See DatasetWindow. */
  window?: number;
  signal?: AbortSignal;
}

function normalized(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

export async function* crawlCatalogue(options: CrawlOptions): AsyncGenerator<SourcePage> {
  const accept = options.format !== undefined ? SYNTAX_ACCEPT[options.format] : RDF_ACCEPT;
  const open = (url: string): Promise<HttpStream> => {
    const response = options.http.stream(url, { accept, ...(options.signal ? { signal: options.signal } : {}) });
    response.catch(() => undefined); // a prefetched page nobody reads must not be an unhandled rejection
    return response;
  };
  const visited = new Set<string>();
  const listed = new Set<string>();
  const undescribed = new Set<string>();
  let total: number | undefined;
  let fruitless = 0;
  let url = normalized(options.startUrl);
  let pending: Promise<HttpStream> | undefined = open(url);
  try {
    while (pending !== undefined) {
      visited.add(url);
      const response = await pending;
      pending = undefined;
      let fresh = 0;
      let next: string | undefined;
      for await (const batch of readRdfDocument(response, {
        ...(options.format !== undefined ? { format: options.format } : {}),
        ...(options.contextLoader ? { contextLoader: options.contextLoader } : {}),
        ...(options.window !== undefined ? { window: options.window } : {}),
        batchSize: options.batchSize,
      })) {
        const items: RemoteItem[] = [];
        const problems: ItemProblem[] = [];
        for (const dataset of batch.datasets) {
          const node = new RdfNode(dataset.raw);
          const id = datasetRemoteId(node);
          // Kept for the whole crawl: a copy, so that it does not keep its page's text alive.
          const remoteId = id === undefined ? undefined : detached(id);
          if (remoteId === undefined) {
            problems.push({ reason: `a dataset of ${response.url} is a blank node without dct:identifier: it cannot be identified and was skipped` });
            continue;
          }
          undescribed.delete(remoteId);
          if (listed.has(remoteId)) continue;
          listed.add(remoteId);
          fresh++;
          const modified = recordModified(node);
          items.push(modified !== undefined ? { remoteId, raw: dataset.raw, modified } : { remoteId, raw: dataset.raw });
        }
        const end = batch.end;
        if (end !== undefined) {
          total = end.paging.total ?? total;
          for (const id of end.undescribed) if (!listed.has(id) && undescribed.size < MAX_UNDESCRIBED) undescribed.add(id);
          if (end.malformed !== undefined) {
            const { message, broken } = end.malformed;
            const lost = broken.length > 0 ? `; the dataset${broken.length > 1 ? 's' : ''} it was describing (${broken.slice(0, 3).join(', ')}${broken.length > 3 ? '…' : ''}) could not be read` : '';
            problems.push({ reason: `${message}; the ${end.datasets} dataset(s) read before the error were kept${lost}; the crawl stopped there` });
            for (const id of broken) if (!id.startsWith('_:')) problems.push({ remoteId: id, reason: `the document broke off while describing it: ${message}` });
          } else if (end.paging.next !== undefined) {
            const candidate = normalized(end.paging.next);
            fruitless = fresh === 0 ? fruitless + 1 : 0;
            if (!/^https?:\/\//i.test(candidate)) {
              problems.push({ reason: `the next page of ${response.url} is not an http(s) URL (${end.paging.next}): the crawl stopped there` });
            } else if (visited.has(candidate)) {
              problems.push({ reason: `the next page of ${response.url} is ${candidate}, a page already read (the catalogue's paging loops): the crawl stopped there` });
            } else if (fruitless >= MAX_FRUITLESS_PAGES) {
              problems.push({ reason: `${MAX_FRUITLESS_PAGES} pages in a row up to ${response.url} brought no dataset not already listed: the crawl stopped there` });
            } else {
              next = candidate;
              pending = open(next);
            }
          }
        }
        yield { items, problems, ...(total !== undefined ? { total } : {}), url: response.url };
      }
      if (next !== undefined) url = next;
    }
  } finally {
    // Stopped early by the consumer: a page asked for and never read is closed.
    if (pending !== undefined) pending.then((response) => response.cancel()).catch(() => undefined);
  }
  if (undescribed.size > 0) {
    yield {
      items: [],
      problems: [...undescribed].map((remoteId) => ({ remoteId, reason: 'the catalogue lists it (dcat:dataset) but none of its pages describes it' })),
      ...(total !== undefined ? { total } : {}),
      url: options.startUrl,
    };
  }
}
