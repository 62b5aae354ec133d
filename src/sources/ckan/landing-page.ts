// The record's page on its portal.
import type { CkanEndpoint } from './api.js';

/** `<site root>/dataset/<name>`; open.canada.ca's pages are per language and by id. */
export function landingPage(endpoint: CkanEndpoint, remoteId: string, name: string | undefined): string {
  const host = new URL(endpoint.siteRoot).hostname;
  if (host === 'open.canada.ca' || host === 'ouvert.canada.ca') {
    return `https://open.canada.ca/data/en/dataset/${encodeURIComponent(remoteId)}`;
  }
  return `${endpoint.siteRoot}/dataset/${encodeURIComponent(name ?? remoteId)}`;
}
