// The cheap side of a full run: ids and `metadata_modified` only (`fl`), then whole packages for
// the ids whose stamp moved. On a 40,000-record portal that is a few megabytes instead of
// hundreds. A CKAN that ignores `fl` (before 2.9) sends whole packages: still correct, not cheaper.
import type { HttpClient } from '../http.js';
import { HttpError } from '../http.js';
import type { RemoteItem, SourcePage, StampPage } from '../source.js';
import { actionUrl, CkanApiError, fetchAction, readEnvelope, type CkanEndpoint } from './api.js';
import { instantOf } from '../common/dates.js';
import { packageSearch, readPage, solrPhrase } from './paginate.js';
import { ckanListedPackage } from './types.js';
import { packageRemoteId } from './values.js';

/** Ids per `fetch`: keeps the URL of `fq=id:(…)` within what servers accept (about 4 KB). */
export const FETCH_BATCH = 100;
const STAMP_FIELDS = 'id,name,metadata_modified';

export interface StampListing {
  endpoint: CkanEndpoint;
  http: HttpClient;
  rows: number;
  fq?: string;
  signal?: AbortSignal;
}

export async function* listStamps(options: StampListing): AsyncGenerator<StampPage> {
  for await (const page of packageSearch({ ...options, fl: STAMP_FIELDS })) {
    yield {
      stamps: page.items.map((item) => (item.modified !== undefined ? { remoteId: item.remoteId, modified: item.modified } : { remoteId: item.remoteId })),
      problems: page.problems,
      ...(page.total !== undefined ? { total: page.total } : {}),
      url: page.url,
    };
  }
}

/** Whole packages by id, through `package_search` (one request for many ids). */
export async function fetchPackages(endpoint: CkanEndpoint, http: HttpClient, remoteIds: string[], signal?: AbortSignal): Promise<SourcePage> {
  if (remoteIds.length === 0) return { items: [], problems: [], url: endpoint.actionBase };
  if (remoteIds.length > FETCH_BATCH) throw new Error(`at most ${FETCH_BATCH} ids at once, not ${remoteIds.length}`);
  const fq = `id:(${remoteIds.map(solrPhrase).join(' OR ')})`;
  const url = actionUrl(endpoint, 'package_search', { q: '*:*', fq, rows: remoteIds.length, start: 0 });
  const page = readPage(readEnvelope(await fetchAction(http, url, signal)), url, 0);
  const missing = new Set(remoteIds);
  // Only what was asked: a portal that ignores the filter must not slip other records in.
  const items = page.items.filter((item) => missing.delete(item.remoteId));
  // Not found by the filter (a portal that ignores fq, or an id that is really a name): ask one
  // by one, so that a changed record is never left stale silently.
  for (const id of missing) {
    const one = await showPackage(endpoint, http, id, signal);
    if (one) items.push(one);
  }
  return { items, problems: page.problems, url };
}

/** One package by id or name; undefined when the portal no longer has it (404). */
async function showPackage(endpoint: CkanEndpoint, http: HttpClient, id: string, signal?: AbortSignal): Promise<RemoteItem | undefined> {
  const url = actionUrl(endpoint, 'package_show', { id });
  let result: unknown;
  try {
    result = readEnvelope(await fetchAction(http, url, signal));
  } catch (error) {
    if ((error instanceof CkanApiError || error instanceof HttpError) && error.status === 404) return undefined;
    throw error;
  }
  const listed = ckanListedPackage.safeParse(result);
  const remoteId = listed.success ? packageRemoteId(listed.data.id, listed.data.name) : undefined;
  if (!listed.success || remoteId === undefined) throw new CkanApiError(`package_show at ${url} did not return a package`, url);
  if (remoteId !== id && listed.data.name !== id) return undefined; // not the record the listing named
  const modified = instantOf(listed.data.metadata_modified);
  return { remoteId: id, raw: result, ...(modified !== undefined ? { modified } : {}) };
}
