// `temporal` is an ISO 8601 interval: `start/end`, or a start or end with a duration
// (`2015-01-01/P1Y`, `R/2015-01-01/P1D`); some portals write years (`2010/2020`).
// `modified` may be a repeating duration (`R/P1D`: updated daily), which says a frequency.
import type { TemporalCoverage } from '../../core/dataset.js';
import { dateOf } from '../common/dates.js';

const REPEAT = /^R\d*\//i;

export function temporalCoverage(value: string | undefined): TemporalCoverage | undefined {
  if (value === undefined) return undefined;
  const parts = value.trim().replace(REPEAT, '').split('/');
  if (parts.length > 2) return undefined;
  const [first, second] = parts;
  const start = dateOf(first);
  const end = dateOf(second);
  if (start === undefined && end === undefined) return undefined;
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

/** The duration of a repeating `modified` (`R/P1D`, `R/2015-01-01/P1D` → `P1D`), for the frequency. */
export function repeatingDuration(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = value.trim();
  if (!REPEAT.test(t)) return undefined;
  const last = t.split('/').pop() ?? '';
  return /^P[\dT]/i.test(last) ? last : undefined;
}

/** The date in a `modified` that may be an interval or a repeating date (`R/2015-01-01/P1D`). */
export function modifiedDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const direct = dateOf(value);
  if (direct !== undefined) return direct;
  for (const part of value.trim().replace(REPEAT, '').split('/')) {
    const d = dateOf(part);
    if (d !== undefined) return d;
  }
  return undefined;
}
