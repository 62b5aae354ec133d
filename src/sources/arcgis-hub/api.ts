// Where a Hub site's v3 API lives, and its URLs. The site is configured by its root
// (`https://geoportal.gov.mb.ca`); a URL of the API itself is accepted too.
import { OptionsError } from '../kind.js';

export interface HubSite {
  /** `https://geoportal.gov.mb.ca`: where `/datasets/<slug>` pages live. */
  root: string;
  /** `<root>/api/v3/datasets`. */
  datasets: string;
}

export function hubSite(configured: string): HubSite {
  let url: URL;
  try {
    url = new URL(configured.trim());
  } catch {
    throw new Error(`the ArcGIS Hub URL "${configured}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`the ArcGIS Hub URL "${configured}" must use http or https`);
  const path = url.pathname.replace(/\/api(?:\/.*)?$/, '').replace(/\/+$/, '');
  const root = `${url.origin}${path}`;
  return { root, datasets: `${root}/api/v3/datasets` };
}

/** Hub filters (`filter[owner]=...`), from `options.filter` in sources.yaml. */
export type HubFilters = Record<string, string>;

export function parseHubOptions(options: Record<string, unknown>): { filter: HubFilters } {
  const filter: HubFilters = {};
  for (const key of Object.keys(options)) {
    if (key !== 'filter') throw new OptionsError(key, 'ArcGIS Hub sources take only "filter" (Hub v3 filters, e.g. filter: { owner: Manitoba_Government })');
  }
  const given = options['filter'];
  if (given === undefined) return { filter };
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new OptionsError('filter', 'expected field = value pairs, e.g. { owner: Manitoba_Government }');
  for (const [field, value] of Object.entries(given as Record<string, unknown>)) {
    if (!/^[A-Za-z][A-Za-z0-9_.]*$/.test(field)) throw new OptionsError(`filter.${field}`, 'a Hub field name has letters, digits, "_" and "."');
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new OptionsError(`filter.${field}`, 'expected one value (text, a number or true/false)');
    filter[field] = String(value);
  }
  return { filter };
}

/** The first page of the listing. */
export function firstPageUrl(site: HubSite, pageSize: number, filter: HubFilters): string {
  const query = new URLSearchParams();
  for (const [field, value] of Object.entries(filter)) query.set(`filter[${field}]`, value);
  query.set('page[size]', String(pageSize));
  query.set('page[number]', '1');
  return `${site.datasets}?${query.toString()}`;
}

/** `links.next` on the configured site. A Hub may name its canonical domain in its links: the
 * same API answers on the configured one, where politeness and the network guard apply. */
export function onSite(link: string, site: HubSite): string {
  const next = new URL(link, site.datasets);
  const root = new URL(site.datasets);
  if (next.origin === root.origin) return next.href;
  return `${root.origin}${next.pathname}${next.search}`;
}
