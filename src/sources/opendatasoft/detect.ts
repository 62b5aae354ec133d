// Is there an Opendatasoft portal behind this URL? Its Explore API v2.1 answers
// `/api/explore/v2.1/catalog/datasets` with `total_count` and `results` of datasets. Any page of
// the portal leads to it (the API is at the domain's root).
import { normalizeLanguage } from '../../core/languages.js';
import { siteTitle } from '../common/site-title.js';
import { parseJsonBody, type HttpClient } from '../http.js';
import type { Detection } from '../kind.js';
import { catalogUrl, odsEndpoint } from './endpoint.js';
import { odsCatalogPage } from './types.js';

function datasetOf(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const dataset = value as Record<string, unknown>;
  return typeof dataset['dataset_id'] === 'string' ? dataset : undefined;
}

export async function detectOpendatasoft(url: string, http: HttpClient, signal?: AbortSignal): Promise<Detection | undefined> {
  const endpoint = odsEndpoint(url);
  const probe = catalogUrl(endpoint, { limit: 1 });
  let body: unknown;
  try {
    body = parseJsonBody(await http.get(probe, { accept: 'application/json', ...(signal ? { signal } : {}) }));
  } catch {
    return undefined;
  }
  const page = odsCatalogPage.safeParse(body);
  if (!page.success || page.data.total_count === undefined || !page.data.results.every((r) => datasetOf(r) !== undefined)) return undefined;
  const first = datasetOf(page.data.results[0]);
  const metas = first?.['metas'] as { default?: { language?: unknown } } | undefined;
  const language = typeof metas?.default?.language === 'string' ? normalizeLanguage(metas.default.language) : undefined;
  const title = (await siteTitle(http, endpoint.portal, signal)) ?? new URL(endpoint.portal).hostname;
  return {
    kind: 'opendatasoft',
    url: endpoint.portal,
    title,
    count: page.data.total_count,
    ...(language !== undefined ? { languages: [language] } : {}),
    evidence: `${probe} answered an Opendatasoft Explore API v2.1 catalogue (total_count ${page.data.total_count})`,
  };
}
