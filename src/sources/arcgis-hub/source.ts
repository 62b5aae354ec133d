// The ArcGIS Hub kind: the v3 datasets API, paged, each record mapped on its own.
import type { HttpClient } from '../http.js';
import type { SourceSettings } from '../settings.js';
import type { ListOptions, MapResult, RemoteItem, Source, SourcePage } from '../source.js';
import { hubSite, parseHubOptions } from './api.js';
import { groupPages } from './group-pages.js';
import { mapHubRecord } from './map.js';
import { hubListing, MAX_PAGE_SIZE } from './paginate.js';

/** Bump when the mapping's output for the same record changes. */
export const HUB_MAPPING_VERSION = 'arcgis-hub-2';

export interface HubSourceOptions {
  /** Records per API page (at most 100, the API's cap). */
  pageSize?: number;
  /** Records per page handed to the harvester (API pages grouped). */
  batch?: number;
}

export function createHubSource(settings: SourceSettings, http: HttpClient, options: HubSourceOptions = {}): Source {
  const site = hubSite(settings.url);
  const { filter } = parseHubOptions(settings.options ?? {});
  const pageSize = Math.min(MAX_PAGE_SIZE, options.pageSize ?? MAX_PAGE_SIZE);
  const batch = Math.max(pageSize, options.batch ?? pageSize);
  const context = { settings, site };
  return {
    id: settings.id,
    kind: 'arcgis-hub',
    mappingVersion: HUB_MAPPING_VERSION,
    // The v3 API has no reliable filter on modification dates: an incremental run lists
    // everything, and records whose stamp did not move are passed over without being read.
    list(listOptions: ListOptions): AsyncIterable<SourcePage> {
      return groupPages(hubListing({ site, http, pageSize, filter, ...(listOptions.signal ? { signal: listOptions.signal } : {}) }), batch);
    },
    map(item: RemoteItem): MapResult {
      return mapHubRecord(item.raw, context);
    },
  };
}
