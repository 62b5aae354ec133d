// Dates as jurisdictions write them (`DD/MM/YYYY`, `15 janv. 2024 14:30`, ISO) turned into the
// ISO forms Table Schema expects.
import type { FieldType } from '../table-schema.js';

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

// Text in square brackets is literal: `DD MMMM YYYY [à] HH[h]mm`.
const TOKENS = /\[[^\]]*\]|YYYY|MMMM|MMM|MM|M|DD|D|HH|H|hh|h|mm|ss|A/g;
const TOKEN_REGEX: Record<string, string> = {
  YYYY: '(\\d{4})',
  MMMM: '([\\p{L}]+\\.?)',
  MMM: '([\\p{L}]+\\.?)',
  MM: '(\\d{2})',
  M: '(\\d{1,2})',
  DD: '(\\d{2})',
  D: '(\\d{1,2})',
  HH: '(\\d{2})',
  H: '(\\d{1,2})',
  hh: '(\\d{2})',
  h: '(\\d{1,2})',
  mm: '(\\d{2})',
  ss: '(\\d{2})',
  A: '([AaPp]\\.?[Mm]\\.?)',
};

// English and French month names and their usual abbreviations, without accents.
const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'janvier', 'janv'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'decembre'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

function monthNumber(name: string): number | undefined {
  const key = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '').toLowerCase();
  return MONTHS[key];
}

export interface DatePattern {
  /** The tokens the pattern has, to check it gives what a field needs. */
  tokens: Set<string>;
  parse(text: string): DateParts | undefined;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles a pattern of YYYY, MM/M, MMM/MMMM (month names in English or French), DD/D, HH/H,
 * hh/h with A (AM/PM), mm and ss; other characters, and text in [brackets], must appear as is
 * (a space: any run of spaces). `iso` reads ISO 8601. */
export function compileDatePattern(pattern: string): DatePattern {
  if (pattern.toLowerCase() === 'iso') return ISO;
  const order: string[] = [];
  let source = '';
  let last = 0;
  for (const m of pattern.matchAll(TOKENS)) {
    const literal = m[0].startsWith('[');
    source += escapeRegex(pattern.slice(last, m.index) + (literal ? m[0].slice(1, -1) : '')).replace(/ /g, '\\s+');
    if (!literal) {
      source += TOKEN_REGEX[m[0]]!;
      order.push(m[0]);
    }
    last = m.index + m[0].length;
  }
  source += escapeRegex(pattern.slice(last)).replace(/ /g, '\\s+');
  const regex = new RegExp(`^${source}$`, 'u');
  return {
    tokens: new Set(order),
    parse(text) {
      const m = regex.exec(text);
      if (!m) return undefined;
      const parts: DateParts = {};
      let pm: boolean | undefined;
      for (let i = 0; i < order.length; i++) {
        const token = order[i]!;
        const value = m[i + 1]!;
        if (token === 'YYYY') parts.year = Number(value);
        else if (token === 'MMMM' || token === 'MMM') parts.month = monthNumber(value) ?? NaN;
        else if (token === 'MM' || token === 'M') parts.month = Number(value);
        else if (token === 'DD' || token === 'D') parts.day = Number(value);
        else if (token === 'HH' || token === 'H' || token === 'hh' || token === 'h') parts.hour = Number(value);
        else if (token === 'mm') parts.minute = Number(value);
        else if (token === 'ss') parts.second = Number(value);
        else if (token === 'A') pm = value[0]!.toLowerCase() === 'p';
      }
      if (pm !== undefined && parts.hour !== undefined) {
        if (parts.hour < 1 || parts.hour > 12) return undefined;
        parts.hour = (parts.hour % 12) + (pm ? 12 : 0);
      }
      return sound(parts) ? parts : undefined;
    },
  };
}

const ISO_REGEX = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

// The time is kept as written: a zone, when given, is not applied.
const ISO: DatePattern = {
  tokens: new Set(['YYYY', 'MM', 'DD', 'HH', 'mm', 'ss']),
  parse(text) {
    const m = ISO_REGEX.exec(text);
    if (!m) return undefined;
    const parts: DateParts = { year: Number(m[1]), month: Number(m[2]) };
    if (m[3] !== undefined) parts.day = Number(m[3]);
    if (m[4] !== undefined) Object.assign(parts, { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) });
    return sound(parts) ? parts : undefined;
  },
};

function sound(p: DateParts): boolean {
  if (p.month !== undefined && !(p.month >= 1 && p.month <= 12)) return false;
  if (p.day !== undefined) {
    const days = p.month === undefined ? 31 : new Date(Date.UTC(p.year ?? 2000, p.month, 0)).getUTCDate();
    if (p.day < 1 || p.day > days) return false;
  }
  if (p.hour !== undefined && p.hour > 23) return false;
  if (p.minute !== undefined && p.minute > 59) return false;
  if (p.second !== undefined && p.second > 59) return false;
  return true;
}

/** The parts a pattern lacks to fill a field of this type (none: empty). */
export function missingDateParts(tokens: Set<string>, type: FieldType | undefined): string[] {
  const has = (...names: string[]) => names.some((n) => tokens.has(n));
  const needs: Array<[string, boolean]> = [];
  const date = type === 'date' || type === 'datetime';
  if (date || type === 'year' || type === 'yearmonth') needs.push(['YYYY', has('YYYY')]);
  if (date || type === 'yearmonth') needs.push(['MM', has('MM', 'M', 'MMM', 'MMMM')]);
  if (date) needs.push(['DD', has('DD', 'D')]);
  if (type === 'time') needs.push(['HH', has('HH', 'H', 'hh', 'h')]);
  return needs.filter(([, ok]) => !ok).map(([name]) => name);
}

const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');

/** The ISO text for a field of this type: date, time, datetime, year, yearmonth; other types
 * get the date, the time, or both, as the parts allow. */
export function formatDate(p: DateParts, type: FieldType | undefined): string {
  const date = `${pad(p.year, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
  const time = `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
  switch (type) {
    case 'date':
      return date;
    case 'time':
      return time;
    case 'datetime':
      return `${date}T${time}`;
    case 'year':
      return pad(p.year, 4);
    case 'yearmonth':
      return `${pad(p.year, 4)}-${pad(p.month ?? 1)}`;
    default: {
      const hasDate = p.year !== undefined;
      const hasTime = p.hour !== undefined;
      return hasDate && hasTime ? `${date}T${time}` : hasDate ? date : time;
    }
  }
}
