// The "due" list: indicators whose progress report for their plan's current reporting period is
// still missing.
import type { ActionPlan, Indicator, ProgressReport, ReportingCadence } from '../../core/community/types.js';
import { monthOf } from '../dates.js';
import { latestByIndicator } from './latest.js';

/** The latest period whose month has begun by `now`; undefined before the first period and once
 * the last period's month is over (nothing is due for a finished plan). */
export function currentPeriod(plan: Pick<ActionPlan, 'periods'>, now: Date): string | undefined {
  const month = monthOf(now);
  const last = plan.periods.at(-1);
  if (last === undefined || month > last) return undefined;
  let current: string | undefined;
  for (const period of plan.periods) if (period <= month && (current === undefined || period > current)) current = period;
  return current;
}

export interface DueIndicator {
  indicator: Indicator;
  /** The newest report of an earlier period, when any. */
  latest?: ProgressReport;
}

export interface DuePlan {
  plan: string;
  cadence: ReportingCadence;
  period: string;
  indicators: DueIndicator[];
}

/** Per plan with a current period: its indicators without a report for that period, except those
 * already reported Complete (nothing more to report). Plans with nothing due are left out. */
export function dueList(plans: readonly ActionPlan[], indicators: readonly Indicator[], reports: readonly ProgressReport[], now: Date): DuePlan[] {
  const latest = latestByIndicator(reports);
  const reported = new Set(reports.map((r) => `${r.indicator}@${r.period}`));
  const out: DuePlan[] = [];
  for (const plan of plans) {
    const period = currentPeriod(plan, now);
    if (period === undefined) continue;
    const due = indicators
      .filter((i) => i.plan === plan.id && !reported.has(`${i.id}@${period}`) && latest.get(i.id)?.status !== 'C')
      .map((indicator): DueIndicator => {
        const last = latest.get(indicator.id);
        return last ? { indicator, latest: last } : { indicator };
      });
    if (due.length > 0) out.push({ plan: plan.id, cadence: plan.cadence, period, indicators: due });
  }
  return out;
}
