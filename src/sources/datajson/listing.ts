// The datasets of a catalogue document as pages of remote items, read from the stream as it
// arrives. A data.json has no server-side paging nor filter: every run reads the whole document,
// and the harvester recognizes unchanged records by their content hash.
import type { HttpStream } from '../http.js';
import type { ItemProblem, RemoteItem, SourcePage } from '../source.js';
import { CatalogueReader, type DatasetElement } from './catalogue-stream.js';
import { datasetRemoteId } from './identity.js';
import { describeValue, isObject } from './values.js';

/** A dataset that cannot be identified is reported under its position, `dataset[12]`. */
export function positionId(index: number): string {
  return `dataset[${index}]`;
}

export function toItem(element: DatasetElement): { item?: RemoteItem; problem?: ItemProblem } {
  const { index, value } = element;
  if (!isObject(value)) {
    return { problem: { remoteId: positionId(index), reason: `${positionId(index)} is ${describeValue(value)}, not a dataset object` } };
  }
  const remoteId = datasetRemoteId(value);
  if (remoteId === undefined) {
    return { problem: { remoteId: positionId(index), reason: `${positionId(index)} has no "identifier" (nor "landingPage"): it cannot be identified` } };
  }
  // No `modified` stamp on the item: a dataset's `modified` tells when its data changed, not
  // always its metadata (Hub writes the layer's last edit there), so the content hash decides.
  return { item: { remoteId, raw: value } };
}

export interface ListingOptions {
  pageSize: number;
  signal?: AbortSignal;
}

/** Pages of about `pageSize` datasets, in document order. Rejects when the document is not a
 * readable catalogue (not JSON, cut short, no dataset list). */
export async function* catalogueItems(stream: HttpStream, options: ListingOptions): AsyncGenerator<SourcePage> {
  const reader = new CatalogueReader(stream.url);
  let items: RemoteItem[] = [];
  let problems: ItemProblem[] = [];
  const add = (elements: DatasetElement[]): void => {
    for (const element of elements) {
      const { item, problem } = toItem(element);
      if (item) items.push(item);
      if (problem) problems.push(problem);
    }
  };
  const page = (total?: number): SourcePage => {
    const out: SourcePage = { items, problems, url: stream.url, ...(total !== undefined ? { total } : {}) };
    items = [];
    problems = [];
    return out;
  };
  try {
    for await (const chunk of stream.body) {
      options.signal?.throwIfAborted();
      add(reader.write(chunk));
      // A page closes at the chunk that fills it: a few datasets over `pageSize` at most.
      if (items.length + problems.length >= options.pageSize) yield page();
    }
    add(reader.end());
    yield page(reader.datasets);
  } finally {
    stream.cancel();
  }
}
