// date, time, datetime, year, yearmonth and duration cells: ordered ones become numbers
// (milliseconds, or months for yearmonth) so that minimum and maximum compare them.
import type { TableField } from '../../table-schema.js';
import { INVALID, type Caster } from './invalid.js';
import { compilePattern, offsetMinutes, type Parts } from './strptime.js';

const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;
const YEAR = /^[+-]?\d{4}$/;
const YEARMONTH = /^(\d{4})-(\d{2})$/;
const DURATION = /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

function validTime(p: Parts): boolean {
  return p.hour <= 23 && p.minute <= 59 && p.second <= 60;
}

function fraction(text: string | undefined): number {
  return text ? Number(`0.${text}`) * 1000 : 0;
}

/** Date.UTC, except that years 0 to 99 stay themselves (Date.UTC makes them 1900 to 1999). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  if (year >= 100) return Date.UTC(year, month, day, hour, minute, second, ms);
  const d = new Date(Date.UTC(2000, month, day, hour, minute, second, ms));
  return d.setUTCFullYear(year + d.getUTCFullYear() - 2000);
}

/** Milliseconds since 1970 (UTC, or the text's offset); INVALID for a day or time that is not. */
function instant(p: Parts): number | typeof INVALID {
  if (p.yday !== undefined) {
    const days = validDay(p.year, 2, 29) ? 366 : 365;
    if (p.yday < 1 || p.yday > days || !validTime(p)) return INVALID;
    return utc(p.year, 0, p.yday, p.hour, p.minute - (p.offset ?? 0), p.second, p.ms);
  }
  if (!validDay(p.year, p.month, p.day) || !validTime(p)) return INVALID;
  return utc(p.year, p.month - 1, p.day, p.hour, p.minute - (p.offset ?? 0), p.second, p.ms);
}

const EMPTY: Parts = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 };

/** The number written by the digits at [from, to), or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** YYYY-MM-DD read without a regular expression: the commonest cell of a dated file. */
function isoDate(cell: string): number | typeof INVALID {
  if (cell.length !== 10 || cell.charCodeAt(4) !== 45 || cell.charCodeAt(7) !== 45) return INVALID;
  const year = digits(cell, 0, 4);
  const month = digits(cell, 5, 7);
  const day = digits(cell, 8, 10);
  if (year < 0 || month < 0 || day < 0 || !validDay(year, month, day)) return INVALID;
  return utc(year, month - 1, day);
}

function isoTime(cell: string): number | typeof INVALID {
  const m = TIME.exec(cell);
  if (!m) return INVALID;
  return instant({ ...EMPTY, hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3]), ms: fraction(m[4]), ...(m[5] ? { offset: offsetMinutes(m[5]) } : {}) });
}

function isoDatetime(cell: string): number | typeof INVALID {
  // The common YYYY-MM-DDThh:mm:ssZ without a regular expression or an object.
  if (cell.length === 20 && cell.charCodeAt(19) === 90 && cell.charCodeAt(10) === 84 && cell.charCodeAt(13) === 58 && cell.charCodeAt(16) === 58) {
    const day = isoDate(cell.slice(0, 10));
    const h = digits(cell, 11, 13);
    const m = digits(cell, 14, 16);
    const sec = digits(cell, 17, 19);
    if (day === INVALID || h < 0 || m < 0 || sec < 0 || h > 23 || m > 59 || sec > 60) return INVALID;
    return day + ((h * 60 + m) * 60 + sec) * 1000;
  }
  const m = DATETIME.exec(cell);
  if (!m) return INVALID;
  return instant({
    year: Number(m[1]), month: Number(m[2]), day: Number(m[3]),
    hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6]), ms: fraction(m[7]),
    ...(m[8] ? { offset: offsetMinutes(m[8]) } : {}),
  });
}

/** `any`: the ISO form, else what the JavaScript date parser reads. */
function anyOf(iso: (cell: string) => number | typeof INVALID): Caster {
  return (cell) => {
    const v = iso(cell);
    if (v !== INVALID) return v;
    const parsed = Date.parse(cell);
    return Number.isNaN(parsed) ? INVALID : parsed;
  };
}

/** One of the three: the default ISO form, `any`, or a strptime pattern. */
function temporal(field: TableField, iso: (cell: string) => number | typeof INVALID, keep: (p: Parts) => Parts): Caster {
  const format = field.format ?? 'default';
  if (format === 'default') return iso;
  if (format === 'any') return anyOf(iso);
  const parse = compilePattern(format.startsWith('fmt:') ? format.slice(4) : format);
  if (!parse) return () => INVALID;
  return (cell) => {
    const parts = parse(cell);
    return parts ? instant(keep(parts)) : INVALID;
  };
}

export const dateCaster = (field: TableField): Caster =>
  temporal(field, isoDate, (p) => ({ ...EMPTY, year: p.year, month: p.month, day: p.day, ...(p.yday !== undefined ? { yday: p.yday } : {}) }));
export const timeCaster = (field: TableField): Caster =>
  temporal(field, isoTime, (p) => ({ ...p, year: 1970, month: 1, day: 1 }));
export const datetimeCaster = (field: TableField): Caster => temporal(field, isoDatetime, (p) => p);

export const yearCaster = (): Caster => (cell) => (YEAR.test(cell) ? Number(cell) : INVALID);

export const yearmonthCaster = (): Caster => (cell) => {
  const m = YEARMONTH.exec(cell);
  if (!m) return INVALID;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? Number(m[1]) * 12 + month - 1 : INVALID;
};

export const durationCaster = (): Caster => (cell) => (DURATION.test(cell) ? cell : INVALID);
