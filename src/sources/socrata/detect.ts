// Is there a Socrata site behind this URL? Its Discovery API answers `/api/catalog/v1` with
// `results` and `resultSetSize`. Any page of the site leads to it (the API is at the domain's
// root); the global catalogue (`https://api.us.socrata.com/api/catalog/v1?domains=x`) is
// recognized too, with the domain as an option.
import { siteTitle } from '../common/site-title.js';
import { parseJsonBody, type HttpClient } from '../http.js';
import type { Detection } from '../kind.js';
import { catalogPageUrl, isGlobalCatalog, socrataEndpoint } from './endpoint.js';
import { socrataCatalogPage } from './types.js';

function looksLikeResult(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const resource = (value as Record<string, unknown>)['resource'];
  return typeof resource === 'object' && resource !== null && typeof (resource as Record<string, unknown>)['id'] === 'string';
}

export async function detectSocrata(url: string, http: HttpClient, signal?: AbortSignal): Promise<Detection | undefined> {
  const given = new URL(url);
  const global = isGlobalCatalog(given);
  const domain = global ? given.searchParams.get('domains')?.split(',')[0]?.trim().toLowerCase() : undefined;
  if (global && !domain) return undefined;
  const endpoint = socrataEndpoint(given.origin, domain);
  const probe = catalogPageUrl(endpoint, { only: 'dataset', limit: 1 });
  let body: unknown;
  try {
    body = parseJsonBody(await http.get(probe, { accept: 'application/json', ...(signal ? { signal } : {}) }));
  } catch {
    return undefined;
  }
  const page = socrataCatalogPage.safeParse(body);
  if (!page.success || page.data.resultSetSize === undefined || !page.data.results.every(looksLikeResult)) return undefined;
  const title = global ? endpoint.domain : ((await siteTitle(http, given.origin, signal)) ?? endpoint.domain);
  return {
    kind: 'socrata',
    url: given.origin,
    ...(global ? { options: { domain: endpoint.domain } } : {}),
    title,
    count: page.data.resultSetSize,
    evidence: `${probe} answered a Socrata Discovery API catalogue (resultSetSize ${page.data.resultSetSize})`,
  };
}
