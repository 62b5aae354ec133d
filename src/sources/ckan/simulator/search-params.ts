// Reads `package_search` parameters the way CKAN does, for the subset the simulator serves:
// `q=*:*`, `fq` with `field:value` and `field:(a OR b)` clauses and a `metadata_modified:[A TO B]`
// range joined by spaces or AND, `sort` by id, name or metadata_modified, `rows` (capped),
// `start` and `fl` (the fields to return).
import type { FieldClause, PackageFilter, SortField, SortSpec } from './catalogue.js';
import { SORT_FIELDS } from './catalogue.js';
import { parseInstant } from '../../simulator/timestamps.js';

export const MAX_ROWS = 1000;
const DEFAULT_ROWS = 10;

export interface SearchQuery {
  filter: PackageFilter;
  sort: SortSpec;
  start: number;
  rows: number;
  /** Fields to return (`fl`), when not whole packages. */
  fields?: string[];
}

/** A parameter CKAN would reject (409 Validation Error / Search Query Error). */
export class SearchParamError extends Error {
  constructor(
    message: string,
    readonly param: string,
  ) {
    super(message);
    this.name = 'SearchParamError';
  }
}

/** Splits a Solr filter query into clauses, keeping bracketed ranges and quoted values whole. */
function tokenize(fq: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let closing: string | undefined;
  for (const char of fq) {
    if (closing) {
      current += char;
      if (char === closing) closing = undefined;
      continue;
    }
    if (char === '[' || char === '{') closing = char === '[' ? ']' : '}';
    else if (char === '(') closing = ')';
    else if (char === '"') closing = '"';
    if (/\s/.test(char)) {
      if (current) tokens.push(current);
      current = '';
    } else current += char;
  }
  if (closing) throw new SearchParamError(`unbalanced ${closing === '"' ? 'quote' : closing === ')' ? 'parenthesis' : 'range'} in: ${fq}`, 'fq');
  if (current) tokens.push(current);
  return tokens;
}

function bound(text: string, param: string): number | undefined {
  if (text === '*') return undefined;
  const ms = parseInstant(text);
  if (Number.isNaN(ms)) throw new SearchParamError(`cannot read the date ${text} (the simulator reads ISO 8601 instants and *)`, param);
  return ms;
}

function addRange(filter: PackageFilter, field: string, range: string, param: string): void {
  if (field !== 'metadata_modified') throw new SearchParamError(`ranges are supported on metadata_modified only, not ${field}`, param);
  const match = /^([[{])\s*(\S+)\s+TO\s+(\S+)\s*([\]}])$/.exec(range);
  if (!match) throw new SearchParamError(`cannot read the range ${range}`, param);
  const [, open, fromText = '*', toText = '*', close] = match;
  const from = bound(fromText, param);
  const to = bound(toText, param);
  // `{A TO B}` excludes its bounds; instants are kept to the millisecond.
  if (from !== undefined) filter.modifiedFrom = Math.max(filter.modifiedFrom ?? -Infinity, open === '{' ? from + 1 : from);
  if (to !== undefined) filter.modifiedTo = Math.min(filter.modifiedTo ?? Infinity, close === '}' ? to - 1 : to);
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value.replace(/\\(.)/g, '$1');
}

/** `a OR "b c" OR d` → its values; other operators are not supported. */
function alternatives(group: string, param: string): string[] {
  const values: string[] = [];
  const parts = group.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      if (part !== 'OR' && part !== '||') throw new SearchParamError(`only OR is supported between grouped values, not ${part}`, param);
    } else values.push(unquote(part));
  });
  if (values.length === 0 || parts.length % 2 === 0) throw new SearchParamError(`cannot read the group (${group})`, param);
  return values;
}

/** Adds the clauses of a `q` or `fq` expression to a filter. */
function addExpression(filter: PackageFilter, expression: string, param: string): void {
  for (const token of tokenize(expression)) {
    if (token === 'AND' || token === '&&' || token === '*:*') continue;
    if (token === 'OR' || token === '||' || token === 'NOT') {
      throw new SearchParamError(`${token} is not supported by the simulator (only clauses joined by AND)`, param);
    }
    const negate = token.startsWith('-');
    const clause = negate || token.startsWith('+') ? token.slice(1) : token;
    const colon = clause.indexOf(':');
    if (colon <= 0) throw new SearchParamError(`the simulator supports field:value clauses only, not free text (${token})`, param);
    const field = clause.slice(0, colon);
    const value = clause.slice(colon + 1);
    if (value.startsWith('[') || value.startsWith('{')) {
      if (negate) throw new SearchParamError('negated ranges are not supported by the simulator', param);
      addRange(filter, field, value, param);
    } else if (value.startsWith('(') && value.endsWith(')')) {
      filter.clauses.push({ field, value: '', negate, anyOf: alternatives(value.slice(1, -1), param) });
    } else {
      const entry: FieldClause = { field, value: unquote(value), negate };
      filter.clauses.push(entry);
    }
  }
}

function integer(params: URLSearchParams, name: string, fallback: number): number {
  const text = params.get(name);
  if (text === null || text.trim() === '') return fallback;
  if (!/^\s*\d+\s*$/.test(text)) throw new SearchParamError(`Invalid integer: ${name}=${text}`, name);
  return Number(text);
}

function parseSort(text: string | null): SortSpec {
  const fallback: SortSpec = { field: 'metadata_modified', direction: 'desc' };
  if (text === null || text.trim() === '') return fallback;
  for (const part of text.split(',')) {
    const [field = '', direction = 'asc', ...rest] = part.trim().split(/\s+/);
    if (rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) throw new SearchParamError(`cannot read the sort ${text}`, 'sort');
    // Every record matches *:* equally, so relevance never decides: the next key does.
    if (field === 'score') continue;
    if (!(SORT_FIELDS as readonly string[]).includes(field)) throw new SearchParamError(`the simulator cannot sort by ${field}`, 'sort');
    return { field: field as SortField, direction };
  }
  return fallback;
}

export function parseSearchParams(params: URLSearchParams): SearchQuery {
  const filter: PackageFilter = { clauses: [] };
  const q = params.get('q');
  if (q !== null && q.trim() !== '') addExpression(filter, q, 'q');
  for (const fq of params.getAll('fq')) addExpression(filter, fq, 'fq');
  const fl = params.get('fl');
  const fields = fl?.split(/[\s,]+/).filter((f) => f !== '');
  return {
    filter,
    sort: parseSort(params.get('sort')),
    start: integer(params, 'start', 0),
    rows: Math.min(integer(params, 'rows', DEFAULT_ROWS), MAX_ROWS),
    ...(fields && fields.length > 0 ? { fields } : {}),
  };
}
