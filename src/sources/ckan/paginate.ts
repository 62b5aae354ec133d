// Paging through `package_search`.
//
// Method, so that a listing never loops and never loses records silently:
// - `q=*:*`, `sort=id asc`: ids never change, so a record edited during the run keeps its place
//   (a sort on `metadata_modified` would move it to the end and shift everything after it).
// - Each page asks from one record before the end of the previous page (an overlap of one). The
//   new page must contain a record of the previous page: then it continues the listing without a
//   gap. Records are deduplicated by id, so a record added before our position (which shifts the
//   listing right) is only seen twice, never missed.
// - When the new page contains none of the previous page's records, records were removed before
//   our position (the listing shifted left, and its first records may have been passed over):
//   the page is asked again from further back (by the drop in `count`, at least 1, doubling)
//   until it overlaps. If it still does not after a few tries, the listing goes on and the page
//   carries a problem saying records may have been missed; a later full run will list them.
// - A page that brings no record not already listed ends the listing with a problem: that is a
//   server ignoring `start` (it repeats the first page), which would otherwise loop forever.
// - The listing ends at `count` (the latest the server announced) or on an empty page; an empty
//   page short of `count`, a page past it, or an id twice in one page is a problem on the page.
// - The next page is requested as soon as a page is read, before the harvester processes it, so
//   that the portal's response time overlaps our work (still one request at a time per host).
import type { HttpClient } from '../http.js';
import type { ItemProblem, RemoteItem, SourcePage } from '../source.js';
import type { HttpResponse } from '../http.js';
import { actionUrl, CkanApiError, fetchAction, readEnvelope, type CkanEndpoint } from './api.js';
import { instantOf } from '../common/dates.js';
import { ckanListedPackage, ckanSearchResult, describeIssues } from './types.js';
import { packageRemoteId } from './values.js';

/** CKAN's default `ckan.search.rows_max`. */
export const MAX_ROWS = 1000;
export const SORT = 'id asc';
/** How far back an incremental run starts before the instant it was asked for. */
export const INCREMENTAL_OVERLAP_MS = 60 * 60 * 1000;
const MAX_REWINDS = 6;

export interface PackageSearchOptions {
  endpoint: CkanEndpoint;
  http: HttpClient;
  rows: number;
  /** Solr filter query, e.g. from `filterQuery`. */
  fq?: string;
  /** Fields to return (`fl`) instead of whole packages, for cheap listings. */
  fl?: string;
  signal?: AbortSignal;
}

interface ReadPage {
  items: RemoteItem[];
  problems: ItemProblem[];
  /** Ids of the page in order (duplicates included). */
  ids: string[];
  count: number;
  /** Number of results the server returned. */
  length: number;
}

export function readPage(result: unknown, url: string, start: number): ReadPage {
  const parsed = ckanSearchResult.safeParse(result);
  if (!parsed.success) {
    throw new CkanApiError(`package_search result from ${url} is not a search result: ${describeIssues(parsed.error)}`, url);
  }
  const items: RemoteItem[] = [];
  const problems: ItemProblem[] = [];
  const ids: string[] = [];
  parsed.data.results.forEach((raw, index) => {
    const listed = ckanListedPackage.safeParse(raw);
    const remoteId = listed.success ? packageRemoteId(listed.data.id, listed.data.name) : undefined;
    if (!listed.success || remoteId === undefined) {
      const why = listed.success ? 'it has no "id" (nor "name")' : `it is not a package (${describeIssues(listed.error)})`;
      problems.push({ reason: `result ${start + index} of ${url} was skipped: ${why}` });
      return;
    }
    ids.push(remoteId);
    const modified = instantOf(listed.data.metadata_modified);
    items.push(modified === undefined ? { remoteId, raw } : { remoteId, raw, modified });
  });
  return { items, problems, ids, count: parsed.data.count, length: parsed.data.results.length };
}

/** Every package of the listing, page by page, deduplicated by id. */
export async function* packageSearch(options: PackageSearchOptions): AsyncGenerator<SourcePage> {
  const rows = Math.max(2, Math.min(MAX_ROWS, Math.floor(options.rows)));
  const request = (from: number): { start: number; url: string; response: Promise<HttpResponse> } => {
    const url = actionUrl(options.endpoint, 'package_search', { q: '*:*', fq: options.fq, fl: options.fl, sort: SORT, rows, start: from });
    const response = fetchAction(options.http, url, options.signal);
    response.catch(() => undefined); // a prefetched page nobody reads must not be an unhandled rejection
    return { start: from, url, response };
  };
  const seen = new Set<string>();
  let pending = request(0);
  let previous: ReadonlySet<string> = new Set();
  let previousCount: number | undefined;
  let rewinds = 0;
  let rewindBy = 1;
  let lastStart = -1;
  let countDoubted = false;
  for (;;) {
    const { start, url } = pending;
    const page = readPage(readEnvelope(await pending.response), url, start);
    const problems = page.problems;
    if (page.length === 0) {
      // Short of the count (and of a count that shrank while paging): records may be missing.
      if (start < page.count && !countDoubted) {
        problems.push({ reason: `the page at ${url} is empty though the server announced ${page.count} records; the listing stopped after ${seen.size}` });
      }
      if (problems.length > 0) yield { items: [], problems, total: page.count, url };
      return;
    }
    const twice = page.ids.filter((id, i) => page.ids.indexOf(id) !== i);
    if (twice.length > 0) {
      problems.push({ reason: `the page at ${url} lists ${[...new Set(twice)].map((id) => `"${id}"`).join(', ')} more than once: the first copy was kept` });
    }
    // Solr counts and pages from one snapshot: a page past the count means the count is wrong, and
    // ending there could make records still published look deleted.
    if (start + page.length > page.count && !countDoubted) {
      countDoubted = true;
      problems.push({ reason: `the server announced ${page.count} records but the page at ${url} lists more: the count is not trusted and the listing goes on to a short page` });
    }
    if (previous.size > 0 && !page.ids.some((id) => previous.has(id)) && page.ids.some((id) => !seen.has(id))) {
      if (rewinds < MAX_REWINDS && start > 0) {
        const dropped = previousCount !== undefined ? previousCount - page.count : 0;
        rewindBy = rewinds === 0 ? Math.max(1, dropped) : rewindBy * 2;
        rewinds++;
        pending = request(Math.max(0, start - rewindBy));
        continue;
      }
      problems.push({
        reason: `the listing shifted while paging (records were removed at the source) and the page at ${url} does not follow the previous one: records between them may have been missed until the next full run`,
      });
    }
    rewinds = 0;
    const items = page.items.filter((item) => {
      if (seen.has(item.remoteId)) return false;
      seen.add(item.remoteId);
      return true;
    });
    const atEnd = countDoubted ? page.length < rows : start + page.length >= page.count;
    if (items.length === 0 && !atEnd && lastStart >= 0) {
      const repeats = page.ids.every((id) => previous.has(id));
      problems.push({
        reason: repeats
          ? `the server ignores "start": the page at ${url} repeats the previous page; the listing stopped after ${seen.size} of ${page.count} records`
          : `the page at ${url} brings no record not already listed; the listing stopped after ${seen.size} of ${page.count} records`,
      });
      yield { items, problems, total: page.count, url };
      return;
    }
    if (!atEnd) {
      // A server that caps pages at one record leaves nothing to overlap.
      const overlap = page.length > 1 ? 1 : 0;
      previous = overlap === 1 ? new Set(page.ids) : new Set();
      previousCount = page.count;
      lastStart = start;
      pending = request(start + page.length - overlap);
    }
    yield { items, problems, total: page.count, url };
    if (atEnd) return;
  }
}

/** The start of an incremental window: an hour before `since`, as Solr wants it (UTC, `Z`). */
export function incrementalFrom(since: Date): string {
  return new Date(since.getTime() - INCREMENTAL_OVERLAP_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// Fields CKAN indexes under their own name (its Solr schema indexes every top-level field);
// anything else (dotted paths, odd characters) is only checked when mapping.
const SOLR_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function solrPhrase(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** The `fq` for a run: the incremental window and the configured filters that Solr can apply.
 * Filters are checked again when mapping, since a portal may not honour them. */
export function filterQuery(filters: Record<string, string[]>, since?: Date): string | undefined {
  const clauses: string[] = [];
  if (since) clauses.push(`metadata_modified:[${incrementalFrom(since)} TO *]`);
  for (const [field, values] of Object.entries(filters)) {
    if (!SOLR_FIELD.test(field) || values.length === 0) continue;
    clauses.push(values.length === 1 ? `${field}:${solrPhrase(values[0] ?? '')}` : `${field}:(${values.map(solrPhrase).join(' OR ')})`);
  }
  return clauses.length === 0 ? undefined : clauses.join(' AND ');
}
