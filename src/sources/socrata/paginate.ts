// Paging through the Discovery API catalogue of one domain.
//
// The API pages with `offset` and `limit`, but only within its first 10,000 results
// (`offset + limit` may not pass 10,000); beyond, it pages with `scroll_id`: results come sorted
// by resource id, after the id given. So:
// - The first page is asked by offset (0). When its `resultSetSize` fits within the wall, the
//   listing goes on by offset, each page from where the last one ended. Offset order is the
//   site's own; if `resultSetSize` changes while paging (records added or removed), positions
//   shifted and a record may have been passed over: the listing goes on but carries a problem,
//   so that the run withdraws nothing.
// - When the catalogue is larger than the wall (announced by the first page, or reached because
//   it grew while paging), the listing switches to scrolling, from the start (`scroll_id=`
//   empty), then from the last id of each page. Records already listed by offset come again and
//   are dropped by id: the cost is one page, and keyset paging never shifts.
// - Loop guards: a page that brings no record not already listed ends the listing with a
//   problem (a site that ignores `offset` or `scroll_id` repeats itself); a scroll page must
//   end past its `scroll_id`, and one whose ids are out of order is reported (records may be
//   missed).
// - The listing ends on an empty page, when the offset reaches `resultSetSize`, or when a short
//   scroll page leaves nothing announced unlisted. If fewer distinct records were listed than
//   the last `resultSetSize` announced, a problem says so (and nothing is withdrawn).
// - The next page is requested as soon as a page is read, so that the site's response time
//   overlaps the harvester's work.
import type { HttpClient, HttpResponse } from '../http.js';
import type { ItemProblem, SourcePage } from '../source.js';
import { fetchCatalog, readCatalogPage } from './api.js';
import { catalogPageUrl, type SocrataEndpoint } from './endpoint.js';

/** `offset + limit` may not pass this. */
export const OFFSET_WALL = 10_000;
/** Results per page we ask for at most. */
export const MAX_LIMIT = 1000;
/** How far back an incremental run looks before the instant it was asked for. */
export const INCREMENTAL_OVERLAP_MS = 60 * 60 * 1000;

export interface CatalogListing {
  endpoint: SocrataEndpoint;
  http: HttpClient;
  /** Results per page (capped at `MAX_LIMIT`). */
  limit: number;
  /** Asset types (`only=`). */
  types: readonly string[];
  /** Only records stamped at or after this instant (minus the overlap) are yielded. */
  since?: Date;
  signal?: AbortSignal;
}

type Cursor = { mode: 'offset'; offset: number } | { mode: 'scroll'; after: string };

interface Pending {
  cursor: Cursor;
  limit: number;
  url: string;
  response: Promise<HttpResponse>;
}

function describeCursor(cursor: Cursor): string {
  return cursor.mode === 'offset' ? `offset ${cursor.offset}` : cursor.after === '' ? 'the start of the scroll' : `scroll_id ${cursor.after}`;
}

export async function* listCatalog(options: CatalogListing): AsyncGenerator<SourcePage> {
  const pageSize = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit)));
  const only = options.types.join(',');
  const sinceMs = options.since ? options.since.getTime() - INCREMENTAL_OVERLAP_MS : undefined;
  const request = (cursor: Cursor): Pending => {
    const limit = cursor.mode === 'offset' ? Math.min(pageSize, OFFSET_WALL - cursor.offset) : pageSize;
    const params = cursor.mode === 'offset' ? { only, limit, offset: cursor.offset } : { only, limit, scroll_id: cursor.after };
    const url = catalogPageUrl(options.endpoint, params);
    const response = fetchCatalog(options.http, url, options.signal);
    response.catch(() => undefined); // a prefetched page nobody reads must not be an unhandled rejection
    return { cursor, limit, url, response };
  };

  const seen = new Set<string>();
  let firstTotal: number | undefined;
  let total: number | undefined;
  let shiftReported = false;
  let stopped = false;
  let pending: Pending | undefined = request({ mode: 'offset', offset: 0 });
  while (pending) {
    const { cursor, limit, url } = pending;
    const page = readCatalogPage(await pending.response, describeCursor(cursor));
    const problems: ItemProblem[] = page.problems;
    total = page.total ?? total;
    const fresh = page.items.filter((item) => {
      if (seen.has(item.remoteId)) return false;
      seen.add(item.remoteId);
      return true;
    });

    let next: Cursor | undefined;
    if (page.length === 0) next = undefined;
    else if (cursor.mode === 'offset') {
      firstTotal ??= page.total;
      if (!shiftReported && page.total !== undefined && firstTotal !== undefined && page.total !== firstTotal) {
        shiftReported = true;
        problems.push({
          reason: `the catalogue changed while it was listed (resultSetSize ${firstTotal} then ${page.total} at ${url}): records may have been passed over until the next full run`,
        });
      }
      const reached = cursor.offset + page.length;
      if (cursor.offset > 0 && fresh.length === 0 && page.ids.length > 0) {
        stopped = true;
        problems.push({ reason: `the page at ${url} brings no record not already listed (the site ignores "offset"?): the listing stopped after ${seen.size}${total !== undefined ? ` of ${total}` : ''} records` });
      } else if (page.total !== undefined && page.total > OFFSET_WALL && cursor.offset === 0) next = { mode: 'scroll', after: '' };
      else if (page.total !== undefined && reached >= page.total) next = undefined;
      else next = reached >= OFFSET_WALL ? { mode: 'scroll', after: '' } : { mode: 'offset', offset: reached };
    } else {
      const last = page.ids[page.ids.length - 1];
      const ordered = page.ids.every((id, i) => (i === 0 ? cursor.after === '' || id > cursor.after : id > (page.ids[i - 1] ?? '')));
      if (last === undefined || (cursor.after !== '' && last <= cursor.after)) {
        stopped = true;
        problems.push({ reason: `the scroll page at ${url} does not move past its scroll_id (the site ignores "scroll_id"?): the listing stopped after ${seen.size}${total !== undefined ? ` of ${total}` : ''} records` });
      } else {
        if (!ordered) problems.push({ reason: `the scroll page at ${url} is not in id order after its scroll_id: records may have been missed until the next full run` });
        next = page.length < limit && (total === undefined || seen.size >= total) ? undefined : { mode: 'scroll', after: last };
      }
    }

    pending = next ? request(next) : undefined;
    if (!pending && !stopped && total !== undefined && seen.size < total) {
      problems.push({ reason: `the catalogue announced ${total} records but ${seen.size} were listed: records may have been missed until the next full run` });
    }
    const items = sinceMs === undefined ? fresh : fresh.filter((item) => item.modified === undefined || Date.parse(item.modified) >= sinceMs);
    yield { items, problems, url, ...(total !== undefined ? { total } : {}) };
  }
}
