// The CKAN portal kind: listing through `package_search`, mapping each package.
import type { HttpClient } from '../http.js';
import type { SourceSettings } from '../settings.js';
import type { ListOptions, MapResult, RemoteItem, Source, SourcePage, StampPage } from '../source.js';
import { ckanEndpoint } from './api.js';
import { mapCkanPackage } from './map.js';
import { filterQuery, MAX_ROWS, packageSearch } from './paginate.js';
import { FETCH_BATCH, fetchPackages, listStamps } from './stamps.js';

/** Bump when the mapping's output for the same package changes, so that stored records are
 * remapped on the next harvest even when unchanged at the source. */
export const CKAN_MAPPING_VERSION = 'ckan-2';

export interface CkanSourceOptions {
  /** Records per `package_search` page (at most 1000, CKAN's usual cap). */
  rows?: number;
}

export function createCkanSource(settings: SourceSettings, http: HttpClient, options: CkanSourceOptions = {}): Source {
  const endpoint = ckanEndpoint(settings.url);
  const rows = Math.min(MAX_ROWS, options.rows ?? MAX_ROWS);
  const context = { settings, endpoint };
  return {
    id: settings.id,
    kind: 'ckan',
    mappingVersion: CKAN_MAPPING_VERSION,
    list(listOptions: ListOptions): AsyncIterable<SourcePage> {
      const fq = filterQuery(settings.filters, listOptions.since);
      return packageSearch({
        endpoint,
        http,
        rows,
        ...(fq !== undefined ? { fq } : {}),
        ...(listOptions.signal ? { signal: listOptions.signal } : {}),
      });
    },
    map(item: RemoteItem): MapResult {
      return mapCkanPackage(item.raw, context);
    },
    listStamps(listOptions: ListOptions): AsyncIterable<StampPage> {
      const fq = filterQuery(settings.filters, listOptions.since);
      return listStamps({
        endpoint,
        http,
        rows,
        ...(fq !== undefined ? { fq } : {}),
        ...(listOptions.signal ? { signal: listOptions.signal } : {}),
      });
    },
    fetch(remoteIds: string[], fetchOptions: { signal?: AbortSignal }): Promise<SourcePage> {
      return fetchPackages(endpoint, http, remoteIds, fetchOptions.signal);
    },
    fetchBatch: FETCH_BATCH,
  };
}
