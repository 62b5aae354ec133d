// The DCAT-US `data.json` kind: the whole catalogue streamed from one document, each dataset
// mapped on its own.
import type { HttpClient } from '../http.js';
import type { SourceSettings } from '../settings.js';
import type { ListOptions, MapResult, RemoteItem, Source, SourcePage } from '../source.js';
import { catalogueItems } from './listing.js';
import { mapDataJsonDataset } from './map.js';

/** Bump when the mapping's output for the same dataset changes. */
export const DATAJSON_MAPPING_VERSION = 'datajson-3';
const MIN_PAGE = 50;
const MAX_PAGE = 1000;

/** The catalogue document of a configured URL: the URL itself (`…/data.json`,
 * `…/api/feed/dcat-us/1.1.json`), or `/data.json` when only a site root is given. */
export function catalogueUrl(configured: string): string {
  let url: URL;
  try {
    url = new URL(configured.trim());
  } catch {
    throw new Error(`the data.json URL "${configured}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`the data.json URL "${configured}" must use http or https`);
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/data.json';
  return url.href;
}

export interface DataJsonSourceOptions {
  /** Datasets per page handed to the harvester. */
  pageSize?: number;
}

export function createDataJsonSource(settings: SourceSettings, http: HttpClient, options: DataJsonSourceOptions = {}): Source {
  const url = catalogueUrl(settings.url);
  const pageSize = Math.max(MIN_PAGE, Math.min(MAX_PAGE, Math.floor(options.pageSize ?? 500)));
  const context = { settings };
  return {
    id: settings.id,
    kind: 'datajson',
    mappingVersion: DATAJSON_MAPPING_VERSION,
    async *list(listOptions: ListOptions): AsyncGenerator<SourcePage> {
      const signal = listOptions.signal;
      const stream = await http.stream(url, { accept: 'application/json', ...(signal ? { signal } : {}) });
      yield* catalogueItems(stream, { pageSize, ...(signal ? { signal } : {}) });
    },
    map(item: RemoteItem): MapResult {
      return mapDataJsonDataset(item.raw, context);
    },
  };
}
