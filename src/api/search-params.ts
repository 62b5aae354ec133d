// From the query string of GET /api/v1/datasets to a SearchRequest, refusing what is invalid.
import { FILTER_KEYS, SORTS, type FilterKey, type SearchRequest, type SortOrder } from '../search/types.js';
import { invalidParameter } from './errors.js';

export const MAX_PAGE_SIZE = 100;
const MAX_QUERY_LENGTH = 1000;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export type Query = Record<string, string | string[] | undefined>;

export function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) {
    if (value.length > 1) throw invalidParameter(name, 'given more than once', 'donné plus d’une fois');
    return value[0];
  }
  return value;
}

export function integer(query: Query, name: string, min: number, max: number): number | undefined {
  const text = single(query, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw invalidParameter(name, `must be a whole number from ${min} to ${max}`, `doit être un nombre entier de ${min} à ${max}`);
  }
  return Number(text);
}

function date(query: Query, name: string): string | undefined {
  const text = single(query, name);
  if (text === undefined) return undefined;
  if (!DATE.test(text) || Number.isNaN(Date.parse(text))) {
    throw invalidParameter(name, 'must be an ISO 8601 date such as 2024-05-01', 'doit être une date ISO 8601 comme 2024-05-01');
  }
  return text;
}

const KNOWN = new Set<string>(['q', 'lang', 'sort', 'page', 'size', 'modifiedFrom', 'modifiedTo', ...FILTER_KEYS]);

export function parseSearchParams(query: Query): SearchRequest {
  for (const name of Object.keys(query)) {
    if (!KNOWN.has(name)) {
      throw invalidParameter(name, `unknown parameter (known: ${[...KNOWN].join(', ')})`, `paramètre inconnu (connus : ${[...KNOWN].join(', ')})`);
    }
  }
  const request: SearchRequest = {};
  const q = single(query, 'q');
  if (q !== undefined) {
    if (q.length > MAX_QUERY_LENGTH) throw invalidParameter('q', `longer than ${MAX_QUERY_LENGTH} characters`, `plus de ${MAX_QUERY_LENGTH} caractères`);
    request.q = q;
  }
  const lang = single(query, 'lang');
  if (lang !== undefined) {
    if (lang !== 'en' && lang !== 'fr') throw invalidParameter('lang', 'must be en or fr', 'doit être en ou fr');
    request.lang = lang;
  }
  const sort = single(query, 'sort');
  if (sort !== undefined) {
    if (!(SORTS as readonly string[]).includes(sort)) throw invalidParameter('sort', `must be one of ${SORTS.join(', ')}`, `doit être l’une des valeurs ${SORTS.join(', ')}`);
    request.sort = sort as SortOrder;
  }
  const page = integer(query, 'page', 1, 10_000);
  if (page !== undefined) request.page = page;
  const size = integer(query, 'size', 0, MAX_PAGE_SIZE); // 0: counts and facets only
  if (size !== undefined) request.size = size;
  const from = date(query, 'modifiedFrom');
  if (from !== undefined) request.modifiedFrom = from;
  const to = date(query, 'modifiedTo');
  if (to !== undefined) request.modifiedTo = to;
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value === undefined) continue;
    const values = (Array.isArray(value) ? value : [value]).map((v) => v.trim());
    if (values.some((v) => v === '')) throw invalidParameter(key, 'must not be empty', 'ne doit pas être vide');
    if (key === 'open' && values.some((v) => v !== 'true' && v !== 'false')) throw invalidParameter(key, 'must be true or false', 'doit être true ou false');
    filters[key] = values;
  }
  if (Object.keys(filters).length > 0) request.filters = filters;
  return request;
}
