// Dates as portals write them. CKAN stores naive timestamps in UTC (`2023-04-13T13:06:26.8742701`, seven
// fractional digits from some .NET-fed portals; `2017-05-01 00:00:00` in scheming fields), and
// schemas add plain dates (`2011-03-09`), years (`1976`) and placeholders (`0001-01-01`).

const DATE_TIME =
  /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

// Years that stand for "unknown" rather than a date: the `0001-01-01` of .NET's
// DateTime.MinValue, and the far-future end dates of open intervals.
function isPlaceholderYear(year: number): boolean {
  return year <= 1 || year >= 9999;
}

interface DateParts {
  year: number;
  month?: number;
  day?: number;
  /** Milliseconds since the epoch when the value had a time. */
  instant?: number;
  /** A naive time of exactly midnight: what date fields stored as timestamps look like. */
  midnight?: boolean;
}

function parse(value: string): DateParts | undefined {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (isPlaceholderYear(year)) return undefined;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  // Scheming date fields come as `2017-05-01 00:00:00`: a date, not an instant at midnight.
  const dateOnly = { year, month, day };
  if (m[4] === undefined) return dateOnly;
  if (/^0?0$/.test(m[4]) && m[5] === '00' && (m[6] === undefined || m[6] === '00') && m[7] === undefined && m[8] === undefined) {
    return { ...dateOnly, midnight: true };
  }
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let instant = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const zone = m[8];
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0);
    instant -= sign * offset * 60_000;
  }
  return { year, month, day, instant };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO 8601 instant in UTC (`2023-04-13T13:06:26.874Z`) from a timestamp (naive = UTC); a plain date
 * counts as its midnight UTC. `undefined` for anything else. */
export function instantOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = parse(value);
  if (!parts || parts.month === undefined || parts.day === undefined) return undefined;
  return new Date(parts.instant ?? Date.UTC(parts.year, parts.month - 1, parts.day)).toISOString();
}

/** An ISO 8601 date at the precision given: `1976`, `2012-05`, `2011-03-09` (also for a naive
 * `00:00:00`), or an instant in UTC when there was a time. `undefined` for placeholders and
 * anything unreadable. */
export function dateOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = parse(value);
  if (!parts) return undefined;
  if (parts.instant !== undefined) return new Date(parts.instant).toISOString();
  if (parts.month === undefined) return String(parts.year).padStart(4, '0');
  if (parts.day === undefined) return `${parts.year}-${pad(parts.month)}`;
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** An ISO 8601 instant from epoch milliseconds (ArcGIS Hub, Socrata), or from their text. */
export function epochInstant(value: unknown): string | undefined {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && /^\d{10,14}$/.test(value.trim()) ? Number(value) : NaN;
  // Before 1970 or after 2200: not a date this code expects from a portal.
  if (!Number.isFinite(ms) || ms < 0 || ms > 7_258_118_400_000) return undefined;
  return new Date(ms).toISOString();
}
