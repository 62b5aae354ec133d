// Where an Opendatasoft domain's Explore API v2.1 lives. `url` is the portal
// (`https://opendata.vancouver.ca`) or its API (`…/api/explore/v2.1`); the API is at the root.

export const API_PATH = '/api/explore/v2.1';

export class OdsEndpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OdsEndpointError';
  }
}

export interface OdsEndpoint {
  /** `https://opendata.vancouver.ca`: where dataset pages (`/explore/dataset/<id>/`) live. */
  portal: string;
  /** `<portal>/api/explore/v2.1`. */
  api: string;
}

export function odsEndpoint(configured: string): OdsEndpoint {
  let url: URL;
  try {
    url = new URL(configured.trim());
  } catch {
    throw new OdsEndpointError(`the Opendatasoft URL "${configured}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OdsEndpointError(`the Opendatasoft URL "${configured}" must use http or https`);
  // Portals live at a domain's root; a path given is a page of the portal or the API itself.
  return { portal: url.origin, api: `${url.origin}${API_PATH}` };
}

export function catalogUrl(endpoint: OdsEndpoint, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, String(value));
  const qs = query.toString();
  return `${endpoint.api}/catalog/datasets${qs === '' ? '' : `?${qs}`}`;
}

/** The whole catalogue as one JSON array, without the paging window. */
export function catalogExportUrl(endpoint: OdsEndpoint): string {
  return `${endpoint.api}/catalog/exports/json`;
}

export function datasetApiUrl(endpoint: OdsEndpoint, datasetId: string, rest: string): string {
  return `${endpoint.api}/catalog/datasets/${encodeURIComponent(datasetId)}/${rest}`;
}
