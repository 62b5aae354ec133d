// Search over the SQLite store: FTS5 finds and scores the matches, the in-memory columns filter
// them and count the facets, and only the page's records are read back.
import type { Label, UiLang } from '../../core/langstring.js';
import type { IndexedLang } from '../../store/index-document.js';
import type { MatchSet, SqliteSearchPort } from '../../store/sqlite/search-port.js';
import { TEXT_COLUMN_ORDER } from '../../store/sqlite/search-port.js';
import { compileQuery, type CompiledQuery } from '../query/compile.js';
import { parseQuery } from '../query/parse.js';
import { toHit } from '../results/hit.js';
import { matchedLanguage } from '../results/hit-language.js';
import { otherCopies } from '../results/other-copies.js';
import { correctQuery, type SpellingSuggestion } from '../spelling/suggest.js';
import { IndexTermDictionary } from '../spelling/term-dictionary.js';
import type { Completion, CompletionRequest } from '../completion/completion-index.js';
import type { SearchRequest, SearchResponse } from '../types.js';
import { evaluate, type Candidates, type Evaluation } from './evaluate.js';
import { facetLists } from './facets.js';
import { IndexSync } from './index-sync.js';
import { Lru } from './lru.js';
import { StaleCache } from './stale-cache.js';
import { pageOf } from './order.js';
import { normalizeRequest, type NormalizedRequest } from './request.js';

export interface FieldWeights {
  title: number;
  keywords: number;
  description: number;
}

/** The title counts four times a word of the description, a keyword twice. */
export const DEFAULT_WEIGHTS: FieldWeights = { title: 4, keywords: 2, description: 1 };

export interface SearchEngineOptions {
  weights?: FieldWeights;
  /** Query results kept for paging and facet clicks (cleared by any write). */
  cacheEntries?: number;
  /** Whole responses (and suggestions) kept for repeated requests (default 0: none). */
  responseEntries?: number;
  /** How long a kept response may still be given after a write changed the catalogue, while
   * recomputations are rationed (default 0: never). */
  maxStaleMs?: number;
  /** Recomputations of such responses per second (default 20). */
  recomputePerSecond?: number;
  /** Recomputations allowed at once after a write (default 5): 1 spreads them out, so that no
   * request waits behind several at once. */
  recomputeBurst?: number;
  /** While writes stream in, they are applied at most this often (default 0: before every
   * search): a server under a harvest then answers from its caches in between, at most this
   * much behind, each dataset still whole; after a search that found nothing new, the next
   * one applies what came meanwhile at once. */
  refreshIntervalMs?: number;
  /** The clock of `refreshIntervalMs`. */
  now?: () => number;
}

const BOTH: readonly IndexedLang[] = ['en', 'fr'];

export class SqliteSearchEngine {
  private readonly sync: IndexSync;
  private readonly weights: number[];
  private readonly matches: Lru<string, MatchSet | Int32Array>;
  private readonly evaluations: Lru<string, Evaluation>;
  private readonly dictionary: IndexTermDictionary;
  private readonly responses: StaleCache<SearchResponse> | undefined;
  private readonly suggestions: StaleCache<SpellingSuggestion | null> | undefined;
  private readonly refreshIntervalMs: number;
  private readonly now: () => number;
  /** When a search last applied changes (undefined: the columns were up to date then). */
  private lastRefresh: number | undefined;

  constructor(
    private readonly port: SqliteSearchPort,
    options: SearchEngineOptions = {},
  ) {
    this.sync = new IndexSync(port);
    const w = options.weights ?? DEFAULT_WEIGHTS;
    this.weights = TEXT_COLUMN_ORDER.map((c) => w[c.field]);
    const entries = options.cacheEntries ?? 8;
    this.matches = new Lru(entries);
    this.evaluations = new Lru(entries);
    this.dictionary = new IndexTermDictionary(port);
    const kept = { entries: options.responseEntries ?? 0, maxStaleMs: options.maxStaleMs ?? 0, perSecond: options.recomputePerSecond ?? 20, burst: options.recomputeBurst ?? 5 };
    this.responses = kept.entries > 0 ? new StaleCache(kept) : undefined;
    this.suggestions = kept.entries > 0 ? new StaleCache(kept) : undefined;
    this.refreshIntervalMs = options.refreshIntervalMs ?? 0;
    this.now = options.now ?? (() => performance.now());
  }

  /** Brings the in-memory columns up to date (also done before every search). */
  refresh(): void {
    this.port.snapshot(() => this.refreshInSnapshot(true));
  }

  search(request: SearchRequest): SearchResponse {
    const req = normalizeRequest(request);
    const ast = parseQuery(req.q);
    const compiled = compileQuery(ast, req.lang ? [req.lang] : BOTH);
    const highlight = req.lang ? compileQuery(ast, BOTH) : compiled;
    return this.port.snapshot(() => {
      this.refreshInSnapshot();
      const sources = this.port.sourceLabels();
      // Source names are not in the change feed: they are part of the key.
      const key = this.responses ? JSON.stringify([requestKey(req), [...sources]]) : '';
      const version = this.sync.version;
      const now = this.now();
      const cached = this.responses?.get(key, version, now);
      if (cached) return cached;
      const evaluation = this.evaluation(req, compiled);
      const columns = this.sync.columns;
      const uiLang: UiLang = req.lang ?? 'en';
      const page = pageOf(evaluation, columns, req.sort, uiLang, (req.page - 1) * req.size, req.size);
      const records = this.port.records(page.docs);
      const members = this.port.clusterMembers([...new Set(page.docs.map((doc) => columns.cluster[doc]!).filter((c) => c >= 0))]);
      const terms = termsOf(highlight);
      const results = page.docs.flatMap((doc, i) => {
        const record = records.get(doc);
        if (!record) return [];
        const lang = req.lang ?? (compiled.kind === 'match' ? matchedLanguage(record, terms) : uiLang);
        const alsoAvailableFrom = otherCopies(doc, members.get(columns.cluster[doc]!), sources);
        return [toHit(record, { lang, score: page.scores[i] ?? 0, terms, alsoAvailableFrom })];
      });
      const response: SearchResponse = {
        total: evaluation.total,
        page: req.page,
        size: req.size,
        results,
        facets: facetLists(evaluation, columns, req.filters, req.lang, sources),
      };
      this.responses?.set(key, version, now, response);
      return response;
    });
  }

  /** A corrected query when some of the request's words are unknown to the index and near
   * known ones, and the corrected query (with the same filters) finds datasets. */
  suggest(request: SearchRequest): SpellingSuggestion | undefined {
    const req = normalizeRequest(request);
    if (req.q === '') return undefined;
    const key = this.suggestions ? JSON.stringify(requestKey({ ...req, page: 1, size: 0 })) : '';
    const found = this.port.snapshot(() => {
      this.refreshInSnapshot();
      const version = this.sync.version;
      const now = this.now();
      const cached = this.suggestions?.get(key, version, now);
      if (cached !== undefined) return { cached };
      return { correction: correctQuery(req.q, req.lang ? [req.lang] : BOTH, this.dictionary), version, now };
    });
    if (found.cached !== undefined) return found.cached ?? undefined;
    const { correction, version, now } = found;
    const total = correction ? this.search({ ...request, q: correction.q, page: 1, size: 0 }).total : 0;
    const suggestion = correction && total > 0 ? { ...correction, total } : undefined;
    // Of the version the correction was made at (the search above may have applied writes).
    this.suggestions?.set(key, version, now, suggestion ?? null);
    return suggestion;
  }

  /** The bilingual name of every configured source. */
  sourceNames(): ReadonlyMap<string, Label> {
    return this.port.sourceLabels();
  }

  /** Titles and keywords of `lang` with a word starting with `q`, most used first. */
  complete(request: CompletionRequest): Completion[] {
    return this.port.snapshot(() => {
      this.refreshInSnapshot();
      return this.sync.columns.completion.complete(request.q, request.lang, request.limit);
    });
  }

  private refreshInSnapshot(force = false): void {
    const now = this.now();
    // Throttled only while writes stream in: after an idle spell the first search sees everything.
    if (!force && this.lastRefresh !== undefined && now - this.lastRefresh < this.refreshIntervalMs) return;
    const changed = this.sync.refresh();
    this.lastRefresh = changed && !force ? now : undefined;
    if (changed) {
      this.matches.clear();
      this.evaluations.clear();
      this.dictionary.clear();
    }
  }

  private evaluation(req: NormalizedRequest, compiled: CompiledQuery): Evaluation {
    // bm25() costs several times the matching itself: only relevance order pays for it.
    const scored = req.sort === 'relevance';
    const filters = [...req.filters.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const query = compiled.kind === 'all' ? '' : compiled.kind === 'match' ? compiled.match : `-${compiled.excluded}`;
    const key = JSON.stringify([query, scored, filters, req.modifiedFrom, req.modifiedTo]);
    const cached = this.evaluations.get(key);
    if (cached) return cached;
    const evaluation = evaluate(this.sync.columns, this.candidates(compiled, scored), {
      filters: req.filters,
      ...(req.modifiedFrom !== undefined ? { modifiedFrom: req.modifiedFrom } : {}),
      ...(req.modifiedTo !== undefined ? { modifiedTo: req.modifiedTo } : {}),
    });
    this.evaluations.set(key, evaluation);
    return evaluation;
  }

  private candidates(compiled: CompiledQuery, scored: boolean): Candidates {
    if (compiled.kind === 'all') return { kind: 'all' };
    if (compiled.kind === 'exclude') return { kind: 'all', excluded: this.matchDocs(compiled.excluded) };
    if (!scored) {
      const docs = this.matchDocs(compiled.match);
      return { kind: 'matches', docs, scores: new Float64Array(docs.length), count: docs.length };
    }
    const key = `scored:${compiled.match}`;
    let found = this.matches.get(key);
    if (!found || found instanceof Int32Array) {
      found = this.port.matchScored(compiled.match, this.weights);
      this.matches.set(key, found);
    }
    return { kind: 'matches', ...found };
  }

  private matchDocs(expression: string): Int32Array {
    const key = `ids:${expression}`;
    let docs = this.matches.get(key);
    if (!(docs instanceof Int32Array)) {
      docs = this.port.matchDocs(expression);
      this.matches.set(key, docs);
    }
    return docs;
  }
}

/** Every part of a normalized request, filters in key order. */
function requestKey(req: NormalizedRequest): unknown[] {
  const filters = [...req.filters.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return [req.q, req.lang ?? null, filters, req.modifiedFrom ?? null, req.modifiedTo ?? null, req.sort, req.page, req.size];
}

function termsOf(compiled: CompiledQuery): Record<UiLang, ReadonlySet<string>> {
  if (compiled.kind === 'all') return { en: new Set(), fr: new Set() };
  return { en: compiled.perLang.en?.terms ?? new Set(), fr: compiled.perLang.fr?.terms ?? new Set() };
}
