// Paging through GetRecords. `csw:SearchResults` says where the next page starts (`nextRecord`)
// and how many records match; the listing ends at `nextRecord="0"`, past the total, or on an
// empty page. A server that sends a `nextRecord` that does not move forward, or pages that bring
// nothing new (it ignores `startPosition`), would loop forever: the listing stops there with a
// problem. Each response is parsed as it streams in, one record tree at a time, and the next page
// is asked for as soon as one is read, before the harvester processes it.
import { HttpError, type HttpClient } from '../http.js';
import type { ItemProblem, RemoteItem, SourcePage } from '../source.js';
import { CswError, exceptionInBody } from './errors.js';
import { recordIdentity } from './identity.js';
import { getRecordsRequest, type GetRecordsParams } from './request.js';
import { readRecordsResponse, type RecordsResponse, type SearchResults } from './response.js';
import { decodeXml } from './xml/decode.js';

export interface PagingOptions {
  endpoint: string;
  http: HttpClient;
  method: 'GET' | 'POST';
  params: Omit<GetRecordsParams, 'startPosition' | 'resultType'>;
  signal?: AbortSignal;
}

/** Fetches and reads one GetRecords response. */
export async function fetchRecords(options: PagingOptions, startPosition: number, resultType: 'results' | 'hits' = 'results'): Promise<RecordsResponse & { label: string }> {
  const request = getRecordsRequest(options.endpoint, options.method, { ...options.params, startPosition, resultType });
  let stream;
  try {
    stream = await options.http.stream(request.url, { ...request.options, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    const exception = error instanceof HttpError ? exceptionInBody(error.body) : undefined;
    if (exception !== undefined) {
      throw new CswError(`the CSW server at ${request.label} answered HTTP ${(error as HttpError).status ?? '?'} with an exception: ${exception}`, request.url);
    }
    throw error;
  }
  try {
    const response = await readRecordsResponse(decodeXml(stream.body, stream.headers['content-type']), request.label);
    return { ...response, label: request.label };
  } finally {
    stream.cancel();
  }
}

/** Where the next page starts, or undefined at the end of the listing. */
export function nextStart(results: SearchResults | undefined, start: number, returned: number, maxRecords: number): number | undefined {
  const matched = results?.matched;
  let next = results?.next;
  if (next === undefined) {
    // No nextRecord: count, and stop at the total, or at a short page when there is none.
    if (matched === undefined && returned < maxRecords) return undefined;
    next = start + returned;
  }
  if (next === 0) return undefined;
  if (matched !== undefined && next > matched) return undefined;
  return next;
}

interface ReadPage {
  items: RemoteItem[];
  problems: ItemProblem[];
}

function itemsOf(response: RecordsResponse, start: number, label: string): ReadPage {
  const items: RemoteItem[] = [];
  const problems: ItemProblem[] = [];
  for (const record of response.records) {
    const { remoteId, modified } = recordIdentity(record.element);
    const where = remoteId !== undefined ? `record "${remoteId}"` : `the record at position ${start + record.index}`;
    if (record.errors.length > 0) {
      const reason = `${where} of ${label} is not well-formed XML and was skipped: ${record.errors[0] ?? ''}`;
      problems.push(remoteId !== undefined ? { remoteId, reason } : { reason });
      continue;
    }
    if (remoteId === undefined) {
      problems.push({ reason: `${where} of ${label} has no identifier (gmd:fileIdentifier) and was skipped` });
      continue;
    }
    items.push({ remoteId, raw: record.element, ...(modified !== undefined ? { modified } : {}) });
  }
  return { items, problems };
}

/** Every record of the listing, page by page, each once. */
export async function* getRecordsPages(options: PagingOptions): AsyncGenerator<SourcePage> {
  const request = (start: number) => {
    const page = fetchRecords(options, start);
    page.catch(() => undefined); // a prefetched page nobody reads must not be an unhandled rejection
    return { start, page };
  };
  const seen = new Set<string>();
  let pending = request(1);
  for (;;) {
    const { start } = pending;
    const response = await pending.page;
    const { label } = response;
    const { items, problems } = itemsOf(response, start, label);
    const matched = response.searchResults?.matched;
    const returned = response.records.length;
    const fresh = items.filter((item) => {
      if (seen.has(item.remoteId)) return false;
      seen.add(item.remoteId);
      return true;
    });
    let next = returned === 0 ? undefined : nextStart(response.searchResults, start, returned, options.params.maxRecords);
    const total = matched !== undefined ? ` of ${matched}` : '';
    if (returned === 0 && response.searchResults?.next !== undefined && response.searchResults.next > start && (matched === undefined || start <= matched)) {
      problems.push({ reason: `the page at ${label} holds no record although the server announced more: the listing stopped after ${seen.size}${total} records` });
    }
    if (next !== undefined && fresh.length === 0 && items.length > 0) {
      problems.push({ reason: `the page at ${label} brings no record not already listed (the server ignores startPosition?): the listing stopped after ${seen.size}${total} records` });
      next = undefined;
    } else if (next !== undefined && next <= start) {
      problems.push({ reason: `the server's nextRecord ${next} at ${label} does not move forward from startPosition ${start}: the listing stopped after ${seen.size}${total} records` });
      next = undefined;
    }
    if (next !== undefined) pending = request(next);
    yield { items: fresh, problems, ...(matched !== undefined ? { total: matched } : {}), url: label };
    if (next === undefined) return;
  }
}
