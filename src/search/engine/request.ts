// Checks a search request and gives it defaults. Every refusal is a QueryError naming the
// parameter, in English and French.
import { JURISDICTION_LEVELS } from '../../core/dataset.js';
import type { UiLang } from '../../core/langstring.js';
import { keywordValue } from '../document/facet-values.js';
import { FILTER_KEYS, QueryError, SORTS, type FilterKey, type SearchRequest, type SortOrder } from '../types.js';

export const DEFAULT_SIZE = 20;
export const MAX_SIZE = 100;
/** Deeper pages cost a sort of everything before them; nobody reads that far. */
export const MAX_RESULT_WINDOW = 10_000;
const MAX_FILTER_VALUES = 50;

export interface NormalizedRequest {
  q: string;
  filters: Map<FilterKey, string[]>;
  /** Epoch milliseconds, inclusive. */
  modifiedFrom?: number;
  modifiedTo?: number;
  lang?: UiLang;
  sort: SortOrder;
  page: number;
  size: number;
}

// French follows Canadian typography: a no-break space before a colon and inside « », none
// before a semicolon.
const fail = (field: string, en: string, fr: string): never => {
  throw new QueryError(`${field}: ${en}`, field, `${field}\u00a0: ${fr}`);
};

function integer(value: unknown, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    return fail(field, `must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`,
      `doit être un nombre entier de ${min} à ${max}, reçu ${JSON.stringify(value)}`);
  }
  return n;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether the day exists: Date.parse rolls 2024-02-30 over to March 1st. */
function calendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return Number(month) >= 1 && Number(month) <= 12 && date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1;
}

/** An ISO 8601 date or instant; a bare date as an upper bound means the end of that day. */
function date(value: unknown, field: string, endOfDay: boolean): number | undefined {
  if (value === undefined || value === '') return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  const m = DATE.exec(text);
  const time = m ? Date.parse(m[4] === undefined ? `${text}T00:00:00Z` : m[7] === undefined ? `${text}Z` : text) : Number.NaN;
  if (!m || Number.isNaN(time) || !calendarDate(m[1]!, m[2]!, m[3]!)) {
    return fail(field, `must be an ISO 8601 date such as 2024-05-31, got ${JSON.stringify(value)}`,
      `doit être une date ISO 8601 comme 2024-05-31, reçu ${JSON.stringify(value)}`);
  }
  return m[4] === undefined && endOfDay ? time + 86_399_999 : time;
}

function filterValues(key: FilterKey, values: unknown): string[] {
  const list = Array.isArray(values) ? values : [values];
  if (list.length > MAX_FILTER_VALUES) {
    fail(key, `has too many values (${list.length}, at most ${MAX_FILTER_VALUES})`, `a trop de valeurs (${list.length}, au plus ${MAX_FILTER_VALUES})`);
  }
  const out: string[] = [];
  for (const value of list) {
    if (typeof value !== 'string' || value.trim() === '') fail(key, 'values must be non-empty text', 'les valeurs doivent être du texte non vide');
    const text = (value as string).trim();
    if (key === 'open' && text !== 'true' && text !== 'false') fail(key, `must be true or false, got "${text}"`, `doit être true ou false, reçu «\u00a0${text}\u00a0»`);
    if (key === 'jurisdictionLevel' && !(JURISDICTION_LEVELS as readonly string[]).includes(text)) {
      fail(key, `must be one of ${JURISDICTION_LEVELS.join(', ')}, got "${text}"`, `doit être l’un de ${JURISDICTION_LEVELS.join(', ')}, reçu «\u00a0${text}\u00a0»`);
    }
    out.push(normalizeFilterValue(key, text));
  }
  return [...new Set(out)];
}

function normalizeFilterValue(key: FilterKey, value: string): string {
  if (key === 'keyword') return keywordValue(value);
  if (key === 'jurisdiction') {
    const slash = value.indexOf('/');
    if (slash < 0) return value.toUpperCase();
    return `${value.slice(0, slash).trim().toUpperCase()}/${value.slice(slash + 1).replace(/\s+/g, ' ').trim()}`;
  }
  return value;
}

export function normalizeRequest(request: SearchRequest): NormalizedRequest {
  if (request.q !== undefined && typeof request.q !== 'string') fail('q', 'must be text', 'doit être du texte');
  const q = (request.q ?? '').trim();
  if (request.lang !== undefined && request.lang !== 'en' && request.lang !== 'fr') {
    fail('lang', `must be en or fr, got ${JSON.stringify(request.lang)}`, `doit être en ou fr, reçu ${JSON.stringify(request.lang)}`);
  }
  const sort = request.sort ?? 'relevance';
  if (!(SORTS as readonly string[]).includes(sort)) {
    fail('sort', `must be one of ${SORTS.join(', ')}, got ${JSON.stringify(request.sort)}`, `doit être l’un de ${SORTS.join(', ')}, reçu ${JSON.stringify(request.sort)}`);
  }
  const size = integer(request.size, 'size', 0, MAX_SIZE, DEFAULT_SIZE);
  const page = integer(request.page, 'page', 1, Number.MAX_SAFE_INTEGER, 1);
  if ((page - 1) * size >= MAX_RESULT_WINDOW) {
    fail('page', `goes past the first ${MAX_RESULT_WINDOW} results; narrow the search instead`,
      `dépasse les ${MAX_RESULT_WINDOW} premiers résultats; précisez plutôt la recherche`);
  }
  const filters = new Map<FilterKey, string[]>();
  if (request.filters !== undefined && (typeof request.filters !== 'object' || request.filters === null)) {
    fail('filters', 'must be an object of lists', 'doit être un objet de listes');
  }
  for (const [key, values] of Object.entries(request.filters ?? {})) {
    if (!(FILTER_KEYS as readonly string[]).includes(key)) {
      fail(key, `is not a filter; filters are ${FILTER_KEYS.join(', ')}`, `n’est pas un filtre; les filtres sont ${FILTER_KEYS.join(', ')}`);
    }
    if (values === undefined) continue;
    const list = filterValues(key as FilterKey, values);
    if (list.length > 0) filters.set(key as FilterKey, list);
  }
  const modifiedFrom = date(request.modifiedFrom, 'modifiedFrom', false);
  const modifiedTo = date(request.modifiedTo, 'modifiedTo', true);
  if (modifiedFrom !== undefined && modifiedTo !== undefined && modifiedFrom > modifiedTo) {
    fail('modifiedTo', 'is before modifiedFrom', 'précède modifiedFrom');
  }
  return {
    q,
    filters,
    sort,
    page,
    size,
    ...(request.lang ? { lang: request.lang } : {}),
    ...(modifiedFrom !== undefined ? { modifiedFrom } : {}),
    ...(modifiedTo !== undefined ? { modifiedTo } : {}),
  };
}
