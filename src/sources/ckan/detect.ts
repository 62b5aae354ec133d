// Is there a CKAN behind this URL? Its Action API answers `status_show` with its version, at the
// site root or under a path prefix (open.canada.ca/data, donneesquebec.ca/recherche).
import type { HttpClient } from '../http.js';
import type { Detection } from '../kind.js';
import { actionUrl, callAction, ckanEndpoint } from './api.js';

/** The URL and each shorter path prefix of it, longest first: a dataset page leads to its site. */
export function candidateBases(url: string): string[] {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  const path = u.pathname.replace(/\/api(\/\d+)?(\/action)?(\/.*)?$/, '').replace(/\/+$/, '');
  const parts = path.split('/').filter(Boolean);
  const bases: string[] = [];
  for (let n = parts.length; n >= 0; n--) bases.push(`${u.origin}${n > 0 ? `/${parts.slice(0, n).join('/')}` : ''}`);
  return bases;
}

interface StatusShow {
  ckan_version?: unknown;
  site_title?: unknown;
  locale_default?: unknown;
}

interface SearchSample {
  count?: unknown;
  results?: Array<Record<string, unknown>>;
}

export async function detectCkan(url: string, http: HttpClient, signal?: AbortSignal): Promise<Detection | undefined> {
  for (const base of candidateBases(url).slice(0, 4)) {
    const endpoint = ckanEndpoint(base);
    let status: StatusShow;
    try {
      status = (await callAction(http, actionUrl(endpoint, 'status_show'), signal)) as StatusShow;
    } catch {
      continue;
    }
    if (typeof status !== 'object' || status === null || typeof status.ckan_version !== 'string') continue;
    let sample: SearchSample = {};
    try {
      sample = (await callAction(http, actionUrl(endpoint, 'package_search', { q: '*:*', rows: 1 }), signal)) as SearchSample;
    } catch {
      // status_show is proof enough; the count is a nicety
    }
    const first = sample.results?.[0];
    const languages = first && typeof first['title_translated'] === 'object' ? ['en', 'fr'] : typeof status.locale_default === 'string' ? [status.locale_default.slice(0, 2)] : undefined;
    return {
      kind: 'ckan',
      url: base,
      ...(typeof status.site_title === 'string' ? { title: status.site_title } : {}),
      ...(typeof sample.count === 'number' ? { count: sample.count } : {}),
      ...(languages ? { languages } : {}),
      evidence: `${actionUrl(endpoint, 'status_show')} answered CKAN ${status.ckan_version}`,
    };
  }
  return undefined;
}
