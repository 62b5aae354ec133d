// Reading the Explore API's answers: a page of the catalogue, a dataset's stamp, or the error a
// domain reports (`{"error_code": "...", "message": "..."}`).
import { HttpError, parseJsonBody, type HttpClient, type HttpResponse } from '../http.js';
import { instantOf } from '../common/dates.js';
import type { ItemProblem, RemoteItem } from '../source.js';
import { describeIssues, odsCatalogPage, odsListedDataset } from './types.js';

export class OdsApiError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'OdsApiError';
  }
}

/** The message of an Explore API error body. */
export function odsErrorText(body: string | undefined): string | undefined {
  if (body === undefined || !body.trimStart().startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const code = typeof parsed['error_code'] === 'string' ? parsed['error_code'] : undefined;
    const message = typeof parsed['message'] === 'string' ? parsed['message'] : typeof parsed['error'] === 'string' ? parsed['error'] : undefined;
    if (message === undefined) return code;
    return code !== undefined ? `${code}: ${message}` : message;
  } catch {
    return undefined;
  }
}

/** Rethrows an HTTP error with the domain's own message when its body has one. */
export function withOdsMessage(error: unknown, url: string): unknown {
  if (error instanceof HttpError && error.status !== undefined) {
    const said = odsErrorText(error.body);
    if (said !== undefined) return new OdsApiError(`Opendatasoft request failed at ${url} (HTTP ${error.status}): ${said}`, url, error.status);
  }
  return error;
}

export async function fetchJson(http: HttpClient, url: string, signal?: AbortSignal): Promise<HttpResponse> {
  try {
    return await http.get(url, { accept: 'application/json', ...(signal ? { signal } : {}) });
  } catch (error) {
    throw withOdsMessage(error, url);
  }
}

/** The latest of a dataset's modification date and metadata processing date: the stamp moves
 * when anything Federa maps moves, even on domains where `modified` follows the data only. */
export function datasetStamp(metas: { modified?: unknown; metadata_processed?: unknown } | null | undefined): string | undefined {
  let latest: string | undefined;
  for (const value of [metas?.modified, metas?.metadata_processed]) {
    const instant = instantOf(value);
    if (instant !== undefined && (latest === undefined || instant > latest)) latest = instant;
  }
  return latest;
}

/** One listed dataset, or the reason it cannot be listed. */
export function listedItem(raw: unknown): RemoteItem | string {
  const listed = odsListedDataset.safeParse(raw);
  if (!listed.success) return `it has no dataset_id (${describeIssues(listed.error)})`;
  const remoteId = listed.data.dataset_id.trim();
  const metas = (raw as { metas?: unknown }).metas;
  const defaults = typeof metas === 'object' && metas !== null ? (metas as { default?: unknown }).default : undefined;
  const modified = typeof defaults === 'object' && defaults !== null ? datasetStamp(defaults) : undefined;
  return modified === undefined ? { remoteId, raw } : { remoteId, raw, modified };
}

export interface CatalogPage {
  items: RemoteItem[];
  problems: ItemProblem[];
  total?: number;
  length: number;
}

export function readCatalogPage(response: HttpResponse, offset: number): CatalogPage {
  const parsed = odsCatalogPage.safeParse(parseJsonBody(response));
  if (!parsed.success) {
    throw new OdsApiError(`response from ${response.url} is not an Opendatasoft catalogue page (${describeIssues(parsed.error)})`, response.url, response.status);
  }
  const items: RemoteItem[] = [];
  const problems: ItemProblem[] = [];
  parsed.data.results.forEach((raw, index) => {
    const item = listedItem(raw);
    if (typeof item === 'string') problems.push({ reason: `dataset ${offset + index} of ${response.url} was skipped: ${item}` });
    else items.push(item);
  });
  return { items, problems, length: parsed.data.results.length, ...(parsed.data.total_count !== undefined ? { total: parsed.data.total_count } : {}) };
}
