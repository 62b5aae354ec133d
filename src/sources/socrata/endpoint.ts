// Where a Socrata source's catalogue lives. `url` is the site (`https://data.edmonton.ca`), its
// catalogue (`…/api/catalog/v1`) or the global catalogue (`https://api.us.socrata.com`), which
// serves every domain and so needs `options.domain`.

export const CATALOG_PATH = '/api/catalog/v1';
const GLOBAL_HOST = /^api\.(?:[a-z]{2}\.)?socrata\.com$/i;

export class SocrataEndpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SocrataEndpointError';
  }
}

export interface SocrataEndpoint {
  /** `https://data.edmonton.ca/api/catalog/v1`. */
  catalogUrl: string;
  /** The domain whose assets are listed (`domains=` and `search_context=`). */
  domain: string;
}

export function isGlobalCatalog(url: URL): boolean {
  return GLOBAL_HOST.test(url.hostname);
}

export function socrataEndpoint(configured: string, domain: string | undefined): SocrataEndpoint {
  let url: URL;
  try {
    url = new URL(configured.trim());
  } catch {
    throw new SocrataEndpointError(`the Socrata URL "${configured}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SocrataEndpointError(`the Socrata URL "${configured}" must use http or https`);
  const path = url.pathname.replace(/\/+$/, '');
  const root = path.endsWith(CATALOG_PATH) ? path.slice(0, -CATALOG_PATH.length) : path;
  const listed = domain ?? (isGlobalCatalog(url) ? undefined : url.hostname.toLowerCase());
  if (listed === undefined) {
    throw new SocrataEndpointError(`the global Socrata catalogue ${url.origin} serves every domain: set options.domain (e.g. data.edmonton.ca)`);
  }
  return { catalogUrl: `${url.origin}${root}${CATALOG_PATH}`, domain: listed };
}

export type CatalogParams = Record<string, string | number | undefined>;

/** A catalogue URL with the source's domain and the given parameters (undefined ones left out). */
export function catalogPageUrl(endpoint: SocrataEndpoint, params: CatalogParams): string {
  const query = new URLSearchParams();
  query.set('domains', endpoint.domain);
  query.set('search_context', endpoint.domain);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, String(value));
  return `${endpoint.catalogUrl}?${query.toString()}`;
}
