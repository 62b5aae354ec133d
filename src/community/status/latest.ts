// The latest self-reported status of each indicator (the history stays: reports are append-only),
// status counts per commitment and plan, and the overdue flag.
import type { Indicator, ProgressReport, ProgressStatus } from '../../core/community/types.js';

/** Report ids end in `#<n>`: compare numerically so `#10` comes after `#9`. */
const idOrder = new Intl.Collator('en', { numeric: true });

/** Oldest first: by recordedAt, then id. */
export function compareReports(a: ProgressReport, b: ProgressReport): number {
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
  return idOrder.compare(a.id, b.id);
}

/** The newest report of each indicator, by indicator id. */
export function latestByIndicator(reports: readonly ProgressReport[]): Map<string, ProgressReport> {
  const latest = new Map<string, ProgressReport>();
  for (const report of reports) {
    const held = latest.get(report.indicator);
    if (!held || compareReports(held, report) < 0) latest.set(report.indicator, report);
  }
  return latest;
}

export interface StatusCounts {
  C: number;
  SP: number;
  LP: number;
  NS: number;
  /** Indicators with no report yet. */
  none: number;
  total: number;
}

export function emptyStatusCounts(): StatusCounts {
  return { C: 0, SP: 0, LP: 0, NS: 0, none: 0, total: 0 };
}

/** Counts of the latest statuses of these indicators. */
export function statusCounts(indicators: readonly Pick<Indicator, 'id'>[], latest: ReadonlyMap<string, ProgressReport>): StatusCounts {
  const counts = emptyStatusCounts();
  for (const indicator of indicators) {
    const status: ProgressStatus | undefined = latest.get(indicator.id)?.status;
    if (status) counts[status] += 1;
    else counts.none += 1;
    counts.total += 1;
  }
  return counts;
}

/** Status counts grouped by a key of the indicator (`commitment` or `plan`). */
export function statusCountsBy(
  key: 'commitment' | 'plan',
  indicators: readonly Indicator[],
  latest: ReadonlyMap<string, ProgressReport>,
): Map<string, StatusCounts> {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const group = groups.get(indicator[key]);
    if (group) group.push(indicator);
    else groups.set(indicator[key], [indicator]);
  }
  return new Map([...groups].map(([id, group]) => [id, statusCounts(group, latest)]));
}

/** Overdue: the deadline's last day is before `today` (`YYYY-MM-DD`) and the latest status is not Complete. */
export function isOverdue(indicator: Pick<Indicator, 'deadline'>, latest: ProgressReport | undefined, today: string): boolean {
  const due = indicator.deadline.due;
  return due !== undefined && due < today && latest?.status !== 'C';
}
