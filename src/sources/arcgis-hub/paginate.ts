// Paging through `/api/v3/datasets`: `page[size]` and `page[number]` on the first request, then
// `links.next` until there is none.
//
// So that a listing never loops nor loses records silently:
// - records are deduplicated by id (a record edited while paging may move to a later page);
// - a `links.next` already followed, or a page that brings no record not already listed, stops
//   the listing with a problem (a server ignoring `page[number]` would loop forever);
// - when the listing ends before the `meta.stats.totalCount` the Hub announced, a problem says so:
//   the run is then incomplete and withdraws nothing.
// The next page is requested as soon as a page is read, before the harvester processes it.
import { parseJsonBody, type HttpClient, type HttpResponse } from '../http.js';
import { numberOf } from '../common/numbers.js';
import type { ItemProblem, RemoteItem, SourcePage } from '../source.js';
import { firstPageUrl, onSite, type HubFilters, type HubSite } from './api.js';
import { stampOf, trimRecord } from './record.js';
import { describeIssues, hubPage } from './types.js';

/** The v3 API serves at most 100 records a page. */
export const MAX_PAGE_SIZE = 100;

export class HubApiError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'HubApiError';
  }
}

export interface HubListingOptions {
  site: HubSite;
  http: HttpClient;
  pageSize: number;
  filter: HubFilters;
  signal?: AbortSignal;
}

interface ReadPage {
  items: RemoteItem[];
  problems: ItemProblem[];
  ids: string[];
  total?: number;
  next?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readHubPage(response: HttpResponse): ReadPage {
  const parsed = hubPage.safeParse(parseJsonBody(response));
  if (!parsed.success) throw new HubApiError(`the answer of ${response.url} is not a Hub v3 datasets page (${describeIssues(parsed.error)})`, response.url);
  const { data, meta, links } = parsed.data;
  const items: RemoteItem[] = [];
  const problems: ItemProblem[] = [];
  const ids: string[] = [];
  data.forEach((entry, index) => {
    const id = isObject(entry) && (typeof entry['id'] === 'string' || typeof entry['id'] === 'number') ? String(entry['id']).trim() : '';
    if (!isObject(entry) || id === '') {
      problems.push({ reason: `data[${index}] of ${response.url} was skipped: ${isObject(entry) ? 'it has no "id"' : 'it is not a record object'}` });
      return;
    }
    ids.push(id);
    const raw = trimRecord(entry);
    const modified = isObject(raw['attributes']) ? stampOf(raw['attributes']) : undefined;
    items.push(modified === undefined ? { remoteId: id, raw } : { remoteId: id, raw, modified });
  });
  const total = numberOf(meta?.stats?.totalCount) ?? numberOf(meta?.total);
  const next = typeof links?.next === 'string' && links.next.trim() !== '' ? links.next.trim() : undefined;
  return { items, problems, ids, ...(total !== undefined ? { total } : {}), ...(next !== undefined ? { next } : {}) };
}

export async function* hubListing(options: HubListingOptions): AsyncGenerator<SourcePage> {
  const { site, http, signal } = options;
  const size = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(options.pageSize)));
  /** `named`: the URL links.next gave, when it was on another host than the configured site. */
  const request = (url: string, named?: string): { url: string; named?: string; response: Promise<HttpResponse> } => {
    const response = http.get(url, { accept: 'application/vnd.api+json, application/json', ...(signal ? { signal } : {}) });
    response.catch(() => undefined); // a prefetched page nobody reads must not be an unhandled rejection
    return { url, ...(named !== undefined ? { named } : {}), response };
  };
  const seen = new Set<string>();
  const followed = new Set<string>();
  let pending = request(firstPageUrl(site, size, options.filter));
  let announced: number | undefined;
  for (let number = 1; ; number++) {
    const { url } = pending;
    followed.add(url);
    let page: ReadPage;
    try {
      page = readHubPage(await pending.response);
    } catch (error) {
      // A page asked of the site for a link to another host: say so, or the failure reads as the site's own.
      if (pending.named !== undefined && error instanceof Error) error.message += ` (links.next named ${pending.named}, on another host: asked of the configured site instead)`;
      throw error;
    }
    announced = page.total ?? announced;
    const items = page.items.filter((item) => {
      if (seen.has(item.remoteId)) return false;
      seen.add(item.remoteId);
      return true;
    });
    const problems = page.problems;
    const nextUrl = page.next !== undefined ? onSite(page.next, site) : undefined;
    let last = page.ids.length === 0 || nextUrl === undefined;
    if (!last && nextUrl !== undefined && followed.has(nextUrl)) {
      problems.push({ reason: `links.next of ${url} points to a page already read (${nextUrl}): the listing stopped after ${seen.size} records` });
      last = true;
    } else if (!last && number > 1 && items.length === 0) {
      problems.push({ reason: `the page at ${url} repeats records already listed (the Hub ignores paging?): the listing stopped after ${seen.size} records` });
      last = true;
    }
    if (last && announced !== undefined && seen.size < announced && problems.length === 0) {
      problems.push({ reason: `the listing ended after ${seen.size} of the ${announced} records the Hub announced (meta.stats.totalCount): records may be missing until the next full run` });
    }
    if (!last && nextUrl !== undefined) pending = request(nextUrl, new URL(page.next!, url).origin === new URL(nextUrl).origin ? undefined : page.next);
    yield { items, problems, url, ...(announced !== undefined ? { total: announced } : {}) };
    if (last) return;
  }
}
