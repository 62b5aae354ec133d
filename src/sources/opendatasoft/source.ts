// The Opendatasoft portal kind: listing a domain's catalogue through the Explore API v2.1 (its
// export past the paging window), mapping each dataset. The API has no cheaper listing than the
// datasets themselves, so a full run lists everything and the harvester skips what the stamp
// says is unchanged.
import type { HttpClient } from '../http.js';
import type { SourceSettings } from '../settings.js';
import type { ListOptions, MapResult, RemoteItem, Source, SourcePage } from '../source.js';
import { odsEndpoint, type OdsEndpoint } from './endpoint.js';
import { mapOdsDataset } from './map.js';
import { parseOdsOptions } from './options.js';
import { listCatalog, MAX_LIMIT } from './paginate.js';

/** Bump when the mapping's output for the same dataset changes. */
export const ODS_MAPPING_VERSION = 'opendatasoft-2';

export interface OdsSourceOptions {
  /** Datasets per page: per offset page up to `MAX_LIMIT`, and per page yielded from the export. */
  pageSize?: number;
}

export function createOdsSource(settings: SourceSettings, http: HttpClient, sourceOptions: OdsSourceOptions = {}): Source {
  const options = parseOdsOptions(settings.options);
  const pageSize = Math.max(1, sourceOptions.pageSize ?? 500);
  let resolved: OdsEndpoint | undefined;
  // An unusable URL is reported when the listing starts, as a failed job naming it.
  const endpoint = (): OdsEndpoint => (resolved ??= odsEndpoint(settings.url));
  return {
    id: settings.id,
    kind: 'opendatasoft',
    mappingVersion: ODS_MAPPING_VERSION,
    list(listOptions: ListOptions): AsyncIterable<SourcePage> {
      return listCatalog({
        endpoint: endpoint(),
        http,
        // The harvest's page size when smaller than the API's largest page.
        limit: Math.min(MAX_LIMIT, pageSize),
        exportPageSize: pageSize,
        ...(listOptions.since ? { since: listOptions.since } : {}),
        ...(listOptions.signal ? { signal: listOptions.signal } : {}),
      });
    },
    map(item: RemoteItem): MapResult {
      return mapOdsDataset(item.raw, { settings, endpoint: endpoint(), options });
    },
  };
}
