// The Socrata portal kind: listing a domain's catalogue through the Discovery API, mapping each
// asset. The Discovery API has no cheaper listing than the whole results (no field selection),
// so a full run lists everything and the harvester skips what the stamp says is unchanged.
import type { HttpClient } from '../http.js';
import type { SourceSettings } from '../settings.js';
import type { ListOptions, MapResult, RemoteItem, Source, SourcePage } from '../source.js';
import { socrataEndpoint, type SocrataEndpoint } from './endpoint.js';
import { mapSocrataResult } from './map.js';
import { parseSocrataOptions } from './options.js';
import { listCatalog, MAX_LIMIT } from './paginate.js';

/** Bump when the mapping's output for the same result changes. */
export const SOCRATA_MAPPING_VERSION = 'socrata-1';

export interface SocrataSourceOptions {
  /** Results per page (at most `MAX_LIMIT`). */
  limit?: number;
}

export function createSocrataSource(settings: SourceSettings, http: HttpClient, sourceOptions: SocrataSourceOptions = {}): Source {
  const options = parseSocrataOptions(settings.options);
  const limit = Math.min(MAX_LIMIT, sourceOptions.limit ?? MAX_LIMIT);
  // An unusable URL is reported when the listing starts, as a failed job naming it.
  let resolved: SocrataEndpoint | undefined;
  const endpoint = (): SocrataEndpoint => (resolved ??= socrataEndpoint(settings.url, options.domain));
  return {
    id: settings.id,
    kind: 'socrata',
    mappingVersion: SOCRATA_MAPPING_VERSION,
    list(listOptions: ListOptions): AsyncIterable<SourcePage> {
      return listCatalog({
        endpoint: endpoint(),
        http,
        limit,
        types: options.types,
        ...(listOptions.since ? { since: listOptions.since } : {}),
        ...(listOptions.signal ? { signal: listOptions.signal } : {}),
      });
    },
    map(item: RemoteItem): MapResult {
      return mapSocrataResult(item.raw, { settings, endpoint: endpoint(), options });
    },
  };
}
