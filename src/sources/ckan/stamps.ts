// The cheap side of a full run: ids and `metadata_modified` only (`fl`), then whole packages for
// the ids whose stamp moved. On a 40,000-record portal that is a few megabytes instead of
// hundreds. A CKAN that ignores `fl` (before 2.9) sends whole packages: still correct, not cheaper.
import type { HttpClient } from '../http.js';
import type { SourcePage, StampPage } from '../source.js';
import { actionUrl, readEnvelope, fetchAction, type CkanEndpoint } from './api.js';
import { packageSearch, readPage, solrPhrase } from './paginate.js';

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
  const wanted = new Set(remoteIds);
  // Only what was asked: a portal that ignores the filter must not slip other records in.
  return { items: page.items.filter((item) => wanted.has(item.remoteId)), problems: page.problems, url };
}
