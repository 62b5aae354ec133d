// Listing an Opendatasoft domain's catalogue.
//
// `/catalog/datasets` pages with `offset` and `limit` (at most 100), and `offset + limit` may
// not pass 10,000. Past that window the catalogue is read from its JSON export
// (`/catalog/exports/json`), one document holding every dataset in the same shape, streamed:
// - The first page is asked by offset (0). When `total_count` fits within the window, the
//   listing goes on by offset, each page from where the last one ended; if `total_count` changes
//   while paging, positions shifted and a dataset may have been passed over: the listing goes on
//   but carries a problem, so that the run withdraws nothing. A page that brings nothing new
//   (a domain ignoring `offset`) ends the listing with a problem instead of looping.
// - When the catalogue is larger than the window (said by the first page, or reached because it
//   grew while paging), the listing reads the export instead: items are parsed one at a time as
//   they arrive (memory does not grow with the catalogue) and yielded in pages; datasets the
//   offset pages already gave are dropped by id. An export cut short rejects the page.
// - If fewer distinct datasets were listed than the last `total_count` announced, a problem
//   says so (and nothing is withdrawn).
// - The next offset page is requested as soon as a page is read, so that the domain's response
//   time overlaps the harvester's work.
import type { HttpClient, HttpResponse } from '../http.js';
import type { ItemProblem, RemoteItem, SourcePage } from '../source.js';
import { fetchJson, listedItem, OdsApiError, readCatalogPage, withOdsMessage } from './api.js';
import { catalogExportUrl, catalogUrl, type OdsEndpoint } from './endpoint.js';
import { jsonArrayItems } from './json-array.js';

/** `offset + limit` may not pass this. */
export const OFFSET_WINDOW = 10_000;
/** The API's largest page. */
export const MAX_LIMIT = 100;
/** How far back an incremental run looks before the instant it was asked for. */
export const INCREMENTAL_OVERLAP_MS = 60 * 60 * 1000;

export interface CatalogListing {
  endpoint: OdsEndpoint;
  http: HttpClient;
  /** Datasets per offset page (capped at `MAX_LIMIT`). */
  limit: number;
  /** Datasets per page yielded from the export. */
  exportPageSize: number;
  /** Only datasets stamped at or after this instant (minus the overlap) are yielded. */
  since?: Date;
  signal?: AbortSignal;
}

interface Pending {
  offset: number;
  url: string;
  response: Promise<HttpResponse>;
}

/** The export, read as it arrives, in pages of `pageSize` datasets not already `seen`. */
async function* exportPages(options: CatalogListing, seen: Set<string>, total: number | undefined): AsyncGenerator<SourcePage> {
  const url = catalogExportUrl(options.endpoint);
  let stream;
  try {
    stream = await options.http.stream(url, { accept: 'application/json', ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    throw withOdsMessage(error, url);
  }
  const pageSize = Math.max(1, Math.floor(options.exportPageSize));
  let items: RemoteItem[] = [];
  let problems: ItemProblem[] = [];
  let index = 0;
  try {
    for await (const text of jsonArrayItems(stream.body, `the catalogue export at ${url}`)) {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new OdsApiError(`item ${index} of the catalogue export at ${url} is not JSON (${(error as Error).message})`, url);
      }
      const item = listedItem(raw);
      if (typeof item === 'string') problems.push({ reason: `dataset ${index} of the catalogue export at ${url} was skipped: ${item}` });
      else if (!seen.has(item.remoteId)) {
        seen.add(item.remoteId);
        items.push(item);
      }
      index++;
      if (items.length + problems.length >= pageSize) {
        yield { items, problems, url, ...(total !== undefined ? { total } : {}) };
        items = [];
        problems = [];
      }
    }
  } finally {
    stream.cancel();
  }
  if (total !== undefined && seen.size < total) {
    problems.push({ reason: `the catalogue announced ${total} datasets but ${seen.size} were listed: datasets may have been missed until the next full run` });
  }
  if (items.length > 0 || problems.length > 0) yield { items, problems, url, ...(total !== undefined ? { total } : {}) };
}

export async function* listCatalog(options: CatalogListing): AsyncGenerator<SourcePage> {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit)));
  const sinceMs = options.since ? options.since.getTime() - INCREMENTAL_OVERLAP_MS : undefined;
  const recent = (items: RemoteItem[]): RemoteItem[] =>
    sinceMs === undefined ? items : items.filter((item) => item.modified === undefined || Date.parse(item.modified) >= sinceMs);
  const request = (offset: number): Pending => {
    const url = catalogUrl(options.endpoint, { limit: Math.min(limit, OFFSET_WINDOW - offset), offset });
    const response = fetchJson(options.http, url, options.signal);
    response.catch(() => undefined); // a prefetched page nobody reads must not be an unhandled rejection
    return { offset, url, response };
  };

  const seen = new Set<string>();
  let firstTotal: number | undefined;
  let total: number | undefined;
  let shiftReported = false;
  let pending: Pending | undefined = request(0);
  while (pending) {
    const { offset, url } = pending;
    const page = readCatalogPage(await pending.response, offset);
    const problems = page.problems;
    total = page.total ?? total;
    firstTotal ??= page.total;
    const fresh = page.items.filter((item) => {
      if (seen.has(item.remoteId)) return false;
      seen.add(item.remoteId);
      return true;
    });
    if (!shiftReported && page.total !== undefined && firstTotal !== undefined && page.total !== firstTotal) {
      shiftReported = true;
      problems.push({ reason: `the catalogue changed while it was listed (total_count ${firstTotal} then ${page.total} at ${url}): datasets may have been passed over until the next full run` });
    }
    const reached = offset + page.length;
    let stopped = false;
    let exporting = false;
    pending = undefined;
    if (offset > 0 && fresh.length === 0 && page.items.length > 0) {
      stopped = true;
      problems.push({ reason: `the page at ${url} brings no dataset not already listed (the domain ignores "offset"?): the listing stopped after ${seen.size}${total !== undefined ? ` of ${total}` : ''} datasets` });
    } else if (page.length === 0 || (page.total !== undefined && reached >= page.total)) {
      // the end
    } else if ((page.total !== undefined && page.total > OFFSET_WINDOW) || reached >= OFFSET_WINDOW) exporting = true;
    else pending = request(reached);

    if (!pending && !exporting && !stopped && total !== undefined && seen.size < total) {
      problems.push({ reason: `the catalogue announced ${total} datasets but ${seen.size} were listed: datasets may have been missed until the next full run` });
    }
    yield { items: recent(fresh), problems, url, ...(total !== undefined ? { total } : {}) };
    if (exporting) {
      for await (const exported of exportPages(options, seen, total)) yield { ...exported, items: recent(exported.items) };
    }
  }
}
