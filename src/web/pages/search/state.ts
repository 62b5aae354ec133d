// The search page's state read from its query string (q, filters, dates, sort, page), and links
// to the same search with something changed. Parameters the search module checks (filter values,
// dates, page range) are left to it; only what the page reads itself is checked here.
import type { UiLang } from '../../../core/langstring.js';
import { FILTER_KEYS, SORTS, type FilterKey, type SortOrder } from '../../../search/types.js';
import type { PageContext } from '../../server.js';
import { pagePath, type QueryValues } from '../../urls.js';

export interface SearchState {
  q: string;
  /** Selected values per key, in the order given. */
  filters: Partial<Record<FilterKey, string[]>>;
  modifiedFrom?: string;
  modifiedTo?: string;
  sort: SortOrder;
  page: number;
}

/** A parameter the page refused, with the message key that explains it. */
export interface StateProblem {
  key: 'invalidPage' | 'invalidSort' | 'repeated';
  params: Record<string, string>;
}

const SINGLE = ['q', 'sort', 'page', 'modifiedFrom', 'modifiedTo'] as const;

function isSort(value: string): value is SortOrder {
  return (SORTS as readonly string[]).includes(value);
}

export function readState(query: PageContext['query']): { state: SearchState; problems: StateProblem[] } {
  const problems: StateProblem[] = [];
  const single = (name: (typeof SINGLE)[number]): string | undefined => {
    const value = query[name];
    if (Array.isArray(value)) {
      problems.push({ key: 'repeated', params: { name } });
      return value[0];
    }
    return value;
  };
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) {
    const value = query[key];
    const values = (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== '');
    if (values.length > 0) filters[key] = [...new Set(values)];
  }
  const sortText = single('sort')?.trim() || 'relevance';
  let sort: SortOrder = 'relevance';
  if (isSort(sortText)) sort = sortText;
  else problems.push({ key: 'invalidSort', params: { value: sortText } });
  const pageText = single('page')?.trim() || '1';
  let page = 1;
  if (/^\d{1,9}$/.test(pageText) && Number(pageText) >= 1) page = Number(pageText);
  else problems.push({ key: 'invalidPage', params: { value: pageText } });
  const modifiedFrom = single('modifiedFrom')?.trim();
  const modifiedTo = single('modifiedTo')?.trim();
  return {
    state: {
      q: (single('q') ?? '').trim(),
      filters,
      sort,
      page,
      ...(modifiedFrom ? { modifiedFrom } : {}),
      ...(modifiedTo ? { modifiedTo } : {}),
    },
    problems,
  };
}

/** Whether anything narrows the search (words, filters or dates). */
export function isNarrowed(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0 || state.modifiedFrom !== undefined || state.modifiedTo !== undefined;
}

/** The state's query parameters; the default sort and page 1 are left out. */
export function stateQuery(state: SearchState): QueryValues {
  const query: QueryValues = { q: state.q };
  for (const key of FILTER_KEYS) if (state.filters[key]) query[key] = state.filters[key];
  query.modifiedFrom = state.modifiedFrom;
  query.modifiedTo = state.modifiedTo;
  if (state.sort !== 'relevance') query.sort = state.sort;
  if (state.page > 1) query.page = String(state.page);
  return query;
}

export function searchHref(lang: UiLang, state: SearchState): string {
  return pagePath(lang, 'search', undefined, stateQuery(state));
}

/** The search with one value of a key added or, when selected, removed; back to page 1. */
export function toggleValue(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (values.length > 0) filters[key] = values;
  else delete filters[key];
  return { ...state, filters, page: 1 };
}

/** The search without its words, or without one of its dates; back to page 1. */
export function without(state: SearchState, part: 'q' | 'modifiedFrom' | 'modifiedTo'): SearchState {
  const next: SearchState = { ...state, page: 1 };
  if (part === 'q') next.q = '';
  else delete next[part];
  return next;
}

/** The same words without any filter or date. */
export function wordsOnly(state: SearchState): SearchState {
  return { q: state.q, filters: {}, sort: state.sort, page: 1 };
}
