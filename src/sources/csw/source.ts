// The CSW portal kind: GetRecords paging over ISO 19139 records, each mapped onto the core.
import type { HttpClient } from '../http.js';
import type { SourceSettings } from '../settings.js';
import type { ListOptions, MapResult, RemoteItem, Source, SourcePage } from '../source.js';
import { CswError } from './errors.js';
import { mapCswRecord } from './map.js';
import type { CswOptions } from './options.js';
import { getRecordsPages, type PagingOptions } from './paginate.js';
import { constraintOf, modifiedSince } from './request.js';

/** Bump when the mapping's output for the same record changes. */
export const CSW_MAPPING_VERSION = 'csw-2';
/** How far back an incremental run starts before the instant it was asked for. */
export const INCREMENTAL_OVERLAP_MS = 60 * 60 * 1000;

function incrementalFrom(since: Date): string {
  return new Date(since.getTime() - INCREMENTAL_OVERLAP_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Pages of an incremental listing; a server that refuses the `Modified` constraint is listed
 * whole instead (the harvester then finds what changed by content). */
async function* incrementalPages(paging: PagingOptions, whole: PagingOptions): AsyncGenerator<SourcePage> {
  const pages = getRecordsPages(paging);
  let first: IteratorResult<SourcePage>;
  try {
    first = await pages.next();
  } catch (error) {
    if (!(error instanceof CswError)) throw error;
    let firstWhole = true;
    for await (const page of getRecordsPages(whole)) {
      if (firstWhole) {
        page.problems.unshift({ reason: `the server refused to select records by modification date (${error.message}); every record was listed instead` });
        firstWhole = false;
      }
      yield page;
    }
    return;
  }
  if (first.done) return;
  yield first.value;
  yield* pages;
}

export function createCswSource(settings: SourceSettings, http: HttpClient, options: CswOptions): Source {
  const configured = options.constraint !== undefined ? constraintOf(options.constraint) : undefined;
  const paging = (signal: AbortSignal | undefined, since?: Date): PagingOptions => {
    const constraint = since !== undefined ? modifiedSince(incrementalFrom(since), configured) : configured;
    return {
      endpoint: settings.url,
      http,
      method: options.method,
      params: {
        maxRecords: options.maxRecords,
        outputSchema: options.outputSchema,
        typeNames: options.typeNames,
        elementSetName: options.elementSetName,
        ...(constraint !== undefined ? { constraint } : {}),
      },
      ...(signal ? { signal } : {}),
    };
  };
  const context = { settings, ...(options.recordUrl !== undefined ? { recordUrl: options.recordUrl } : {}) };
  return {
    id: settings.id,
    kind: 'csw',
    mappingVersion: CSW_MAPPING_VERSION,
    list(listOptions: ListOptions): AsyncIterable<SourcePage> {
      if (listOptions.since !== undefined && options.incremental) {
        return incrementalPages(paging(listOptions.signal, listOptions.since), paging(listOptions.signal));
      }
      return getRecordsPages(paging(listOptions.signal));
    },
    map(item: RemoteItem): MapResult {
      return mapCswRecord(item.raw, context);
    },
  };
}
