// Is this an ArcGIS Hub site? Its v3 API answers `/api/v3/datasets?page[size]=1` with a JSON:API
// page whose `meta.stats.totalCount` counts the site's datasets.
import { normalizeLanguage } from '../../core/languages.js';
import { HttpError, type HttpClient } from '../http.js';
import type { Detection } from '../kind.js';
import { siteTitle } from '../common/site-title.js';
import { hubSite } from './api.js';
import { readHubPage } from './paginate.js';

export async function detectHub(url: string, http: HttpClient, signal?: AbortSignal): Promise<Detection | undefined> {
  const u = new URL(url);
  // A Hub site lives at the root of its host; its pages (`/datasets/...`) and APIs are below it.
  const site = hubSite(u.origin);
  const probe = `${site.datasets}?page%5Bsize%5D=1`;
  let page;
  try {
    page = readHubPage(await http.get(probe, { accept: 'application/vnd.api+json, application/json', ...(signal ? { signal } : {}) }));
  } catch (error) {
    if (error instanceof HttpError && error.status === undefined) throw error; // unreachable
    return undefined;
  }
  const culture = page.items[0]?.raw;
  const attributes = typeof culture === 'object' && culture !== null ? (culture as { attributes?: Record<string, unknown> }).attributes : undefined;
  const language = typeof attributes?.['culture'] === 'string' ? normalizeLanguage(attributes['culture']) : undefined;
  if (page.total === undefined && page.items.length === 0) return undefined;
  const title = await siteTitle(http, site.root, signal);
  return {
    kind: 'arcgis-hub',
    url: site.root,
    ...(title !== undefined ? { title } : {}),
    ...(page.total !== undefined ? { count: page.total } : {}),
    ...(language === 'en' || language === 'fr' ? { languages: [language] } : {}),
    evidence: `${probe} answered a Hub v3 datasets page${page.total !== undefined ? ` (meta.stats.totalCount ${page.total})` : ''}`,
  };
}
