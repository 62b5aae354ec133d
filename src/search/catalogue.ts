// The entry point of the faces: the SQLite store, the document builder and the search engine
// composed, so that the CLI and the API hold no business logic.
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Label } from '../core/langstring.js';
import type { Store } from '../store/store.js';
import { buildIndexDocument } from './document/build-document.js';
import { SqliteSearchEngine, type SearchEngineOptions } from './engine/search-engine.js';
import type { Completion, CompletionRequest } from './completion/completion-index.js';
import type { SpellingSuggestion } from './spelling/suggest.js';
import type { SearchRequest, SearchResponse } from './types.js';

export interface CatalogueOptions extends SearchEngineOptions {
  /** Database file (created when missing), or `:memory:`. */
  path: string;
  busyTimeoutMs?: number;
}

export interface Catalogue {
  store: Store;
  /** Rejects with a QueryError naming the parameter when the request is invalid. */
  search(request: SearchRequest): Promise<SearchResponse>;
  /** "Did you mean …?" for a request: its query with unknown words corrected, when that finds
   * datasets with the same filters; rejects like `search` when the request is invalid. */
  suggest(request: SearchRequest): Promise<SpellingSuggestion | undefined>;
  /** Loads the in-memory search columns now (about 2 s per 100,000 records) rather than on the
   * first search; searches keep them up to date by themselves. */
  refresh(): Promise<void>;
  /** Prefix completion for a search box: titles and keywords in a language, most used first. */
  complete(request: CompletionRequest): Promise<Completion[]>;
  /** The bilingual name of every configured source. */
  sourceNames(): Promise<ReadonlyMap<string, Label>>;
  close(): Promise<void>;
}

export function openCatalogue(options: CatalogueOptions): Catalogue {
  const store = SqliteStore.open({
    path: options.path,
    buildDocument: buildIndexDocument,
    ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
  });
  const engine = new SqliteSearchEngine(store.searchPort, options);
  return {
    store,
    search: async (request) => engine.search(request),
    suggest: async (request) => engine.suggest(request),
    refresh: async () => engine.refresh(),
    complete: async (request) => engine.complete(request),
    sourceNames: async () => engine.sourceNames(),
    close: () => store.close(),
  };
}
