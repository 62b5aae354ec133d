// Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as inclusive day windows, so that `to: 2020-06`
// means up to the end of June 2020.
import type { PartialDate } from '../core/community/types.js';

export interface DayWindow {
  /** First day, `YYYY-MM-DD`. */
  first: string;
  /** Last day, `YYYY-MM-DD`. */
  last: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a partial date covers; undefined when it is not one of the three shapes or not a real date. */
export function partialDateWindow(date: PartialDate): DayWindow | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const monthDays = daysInMonth(year, month);
  if (match[3] === undefined) return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(monthDays)}` };
  const day = Number(match[3]);
  if (day < 1 || day > monthDays) return undefined;
  return { first: date, last: date };
}

/** The calendar day an ISO date or date-time falls on, in its own offset (`2019-05-29T23:00-04:00` → `2019-05-29`). */
export function dayOf(isoDateOrDateTime: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(isoDateOrDateTime);
  return match ? match[1] : undefined;
}

/** Whether a record dated `date` lies wholly inside the rule's `from`..`to` (each inclusive, each
 * optional); a record dated only `2019` is not known to lie inside `2019-05`..`2019-12`. */
export function withinPeriod(date: PartialDate, from?: PartialDate, to?: PartialDate): boolean {
  const record = partialDateWindow(date);
  if (!record) return false;
  if (from !== undefined) {
    const start = partialDateWindow(from);
    if (!start || record.first < start.first) return false;
  }
  if (to !== undefined) {
    const end = partialDateWindow(to);
    if (!end || record.last > end.last) return false;
  }
  return true;
}

/** `YYYY-MM` of an instant, in UTC. */
export function monthOf(now: Date): string {
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}`;
}

/** `YYYY-MM-DD` of an instant, in UTC. */
export function dayOfInstant(now: Date): string {
  return now.toISOString().slice(0, 10);
}
