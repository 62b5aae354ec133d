// The DCAT portal kind: crawling an RDF catalogue (Hydra-paged or not), mapping each dataset.
import type { HttpClient } from '../http.js';
import type { SourceSettings } from '../settings.js';
import type { ListOptions, MapResult, RemoteItem, Source, SourcePage } from '../source.js';
import { mapDcatDataset } from './map/map.js';
import { parseDcatOptions } from './options.js';
import { crawlCatalogue } from './paginate.js';
import { contextLoader } from './rdf/contexts.js';

/** Bump when the mapping's output for the same dataset changes, so that stored records are remapped. */
export const DCAT_MAPPING_VERSION = 'dcat-3';
/** How far back an incremental run asks, before the instant it was given. */
export const INCREMENTAL_OVERLAP_MS = 60 * 60 * 1000;

export interface DcatSourceOptions {
  /** Datasets per page handed to the harvester (a catalogue's own pages may be larger or smaller). */
  batchSize?: number;
  /** See DatasetWindow. */
  window?: number;
}

/** The catalogue URL of a run: with the incremental parameter when the source has one. */
export function startUrl(url: string, incrementalParam: string | undefined, since: Date | undefined): string {
  if (incrementalParam === undefined || since === undefined) return url;
  const u = new URL(url);
  u.searchParams.set(incrementalParam, new Date(since.getTime() - INCREMENTAL_OVERLAP_MS).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  return u.href;
}

export function createDcatSource(settings: SourceSettings, http: HttpClient, options: DcatSourceOptions = {}): Source {
  const dcatOptions = parseDcatOptions(settings.options);
  const context = { settings };
  return {
    id: settings.id,
    kind: 'dcat',
    mappingVersion: DCAT_MAPPING_VERSION,
    list(listOptions: ListOptions): AsyncIterable<SourcePage> {
      return crawlCatalogue({
        http,
        startUrl: startUrl(settings.url, dcatOptions.incrementalParam, listOptions.since),
        ...(dcatOptions.format !== undefined ? { format: dcatOptions.format } : {}),
        contextLoader: contextLoader(http, listOptions.signal),
        batchSize: options.batchSize ?? 500,
        ...(options.window !== undefined ? { window: options.window } : {}),
        ...(listOptions.signal ? { signal: listOptions.signal } : {}),
      });
    },
    map(item: RemoteItem): MapResult {
      return mapDcatDataset(item.raw, context);
    },
  };
}
