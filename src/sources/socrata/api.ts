// Reading the Discovery API's answers: a page of the catalogue, or the error a site reports.
import { HttpError, parseJsonBody, type HttpClient, type HttpResponse } from '../http.js';
import { instantOf } from '../common/dates.js';
import type { ItemProblem, RemoteItem } from '../source.js';
import { describeIssues, socrataCatalogPage, socrataListedResult } from './types.js';

export class SocrataApiError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SocrataApiError';
  }
}

/** The message a Socrata site puts in an error body (`{"error": "..."}` or `{"message": "..."}`). */
function errorText(body: string | undefined): string | undefined {
  if (body === undefined || !body.trimStart().startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const message = parsed['error'] ?? parsed['message'];
    if (typeof message === 'string') return message;
    if (typeof message === 'object' && message !== null && typeof (message as Record<string, unknown>)['message'] === 'string') {
      return (message as Record<string, string>)['message'];
    }
  } catch {
    // not JSON after all: the status says enough
  }
  return undefined;
}

/** GETs a catalogue URL; an error status with the site's message becomes a `SocrataApiError`. */
export async function fetchCatalog(http: HttpClient, url: string, signal?: AbortSignal): Promise<HttpResponse> {
  try {
    return await http.get(url, signal ? { accept: 'application/json', signal } : { accept: 'application/json' });
  } catch (error) {
    if (error instanceof HttpError && error.status !== undefined) {
      const said = errorText(error.body);
      if (said !== undefined) throw new SocrataApiError(`Socrata catalogue request failed at ${url} (HTTP ${error.status}): ${said}`, url, error.status);
    }
    throw error;
  }
}

/** The latest of a resource's modification dates: the stamp that moves when anything we map moves. */
export function resourceStamp(resource: { updatedAt?: unknown; metadata_updated_at?: unknown; data_updated_at?: unknown }): string | undefined {
  let latest: string | undefined;
  for (const value of [resource.updatedAt, resource.metadata_updated_at, resource.data_updated_at]) {
    const instant = instantOf(value);
    if (instant !== undefined && (latest === undefined || instant > latest)) latest = instant;
  }
  return latest;
}

export interface CatalogPage {
  items: RemoteItem[];
  problems: ItemProblem[];
  /** Ids in the order the page gave them (results without an id left out). */
  ids: string[];
  /** `resultSetSize`, when the site sends it. */
  total?: number;
  /** Results the page held, readable or not. */
  length: number;
}

/** Reads one page; a body that is not a catalogue page rejects, a bad result is a problem. */
export function readCatalogPage(response: HttpResponse, position: string): CatalogPage {
  const parsed = socrataCatalogPage.safeParse(parseJsonBody(response));
  if (!parsed.success) {
    throw new SocrataApiError(`response from ${response.url} is not a Socrata catalogue page (${describeIssues(parsed.error)})`, response.url, response.status);
  }
  const items: RemoteItem[] = [];
  const problems: ItemProblem[] = [];
  const ids: string[] = [];
  parsed.data.results.forEach((raw, index) => {
    const listed = socrataListedResult.safeParse(raw);
    if (!listed.success) {
      problems.push({ reason: `result ${index} of the page at ${position} (${response.url}) was skipped: it has no resource id (${describeIssues(listed.error)})` });
      return;
    }
    const remoteId = listed.data.resource.id.trim();
    ids.push(remoteId);
    const modified = resourceStamp(listed.data.resource);
    items.push(modified === undefined ? { remoteId, raw } : { remoteId, raw, modified });
  });
  return {
    items,
    problems,
    ids,
    length: parsed.data.results.length,
    ...(parsed.data.resultSetSize !== undefined ? { total: parsed.data.resultSetSize } : {}),
  };
}
