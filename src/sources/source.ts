// The contract between a portal kind and the harvester.
import type { DatasetRecord } from '../core/dataset.js';

/** One record as received from a portal, before mapping. */
export interface RemoteItem {
  remoteId: string;
  raw: unknown;
  /** The portal's modification stamp, when the listing gives one. */
  modified?: string;
}

/** A record the source could not read: reported, the run goes on. */
export interface ItemProblem {
  remoteId?: string;
  reason: string;
}

export interface SourcePage {
  items: RemoteItem[];
  problems: ItemProblem[];
  /** The total the portal announces for the whole listing, when it does. */
  total?: number;
  /** The URL that produced the page, for reports. */
  url: string;
}

export interface ListOptions {
  /** Incremental run: only records modified at or after this instant (the source adds its own overlap). */
  since?: Date;
  signal?: AbortSignal;
}

/** A record as a cheap listing gives it: its id and the portal's modification stamp. */
export interface RemoteStamp {
  remoteId: string;
  modified?: string;
}

export interface StampPage {
  stamps: RemoteStamp[];
  problems: ItemProblem[];
  total?: number;
  url: string;
}

export type MapResult =
  | {
      kind: 'record';
      record: Omit<DatasetRecord, 'provenance'> & { provenance: Omit<DatasetRecord['provenance'], 'contentHash' | 'harvestedAt'> };
      /** What the mapping could not use but that does not make the record fail (a licence it
       * does not recognize, a malformed distribution left out), for previews and reports. */
      notes?: string[];
    }
  | { kind: 'skip'; reason: string }
  | { kind: 'problem'; reason: string };

export interface Source {
  readonly id: string;
  readonly kind: string;
  /** Changes whenever the mapping's output for the same input may change, so that an upgrade
   * remaps records that are unchanged at the source. */
  readonly mappingVersion: string;
  /** Pages through the remote listing. A page that cannot be fetched or read rejects: the
   * harvester fails the job and keeps what was harvested before. */
  list(options: ListOptions): AsyncIterable<SourcePage>;
  /** Maps one remote record onto the core. Pure: no I/O. */
  map(item: RemoteItem): MapResult;
  /** Optional, with `fetch`: lists ids and modification stamps only, so that a full run asks
   * for the whole records of what changed and nothing else. Rejects like `list`. */
  listStamps?(options: ListOptions): AsyncIterable<StampPage>;
  /** The whole records of these ids (at most `fetchBatch` at a time); ids the portal no longer
   * has are simply absent from the page. */
  fetch?(remoteIds: string[], options: { signal?: AbortSignal }): Promise<SourcePage>;
  /** How many ids `fetch` takes at once. */
  readonly fetchBatch?: number;
}

/** A record mapped by a source, before the harvester stamps it. */
export type MappedRecord = Extract<MapResult, { kind: 'record' }>['record'];
