import { describe, expect, it } from 'vitest';
import { currentPeriod, dueList } from '../../src/community/status/due.js';
import { isOverdue, latestByIndicator, statusCounts, statusCountsBy } from '../../src/community/status/latest.js';
import { indicator, plan, report } from './records.js';

describe('latest report per indicator', () => {
  it('takes the newest by recordedAt, then by id with #10 after #9', () => {
    const reports = [
      report('P:C1.1.1', '2019-01', 1, { status: 'NS', recordedAt: '2019-02-01T00:00:00Z' }),
      report('P:C1.1.1', '2019-04', 1, { status: 'LP', recordedAt: '2019-05-01T00:00:00Z' }),
      report('P:C1.1.1', '2019-01', 2, { status: 'C', recordedAt: '2019-03-01T00:00:00Z' }),
      report('P:C1.1.2', '2019-01', 9, { status: 'LP' }),
      report('P:C1.1.2', '2019-01', 10, { status: 'SP' }),
    ];
    const latest = latestByIndicator(reports);
    expect(latest.get('P:C1.1.1')?.status).toBe('LP');
    expect(latest.get('P:C1.1.2')?.id).toBe('P:C1.1.2@2019-01#10');
  });

  it('counts latest statuses per commitment and plan, with indicators never reported apart', () => {
    const indicators = [indicator('P:C1.1.1'), indicator('P:C1.1.2'), indicator('P:C2.1.1'), indicator('Q:C1.1.1')];
    const latest = latestByIndicator([report('P:C1.1.1', '2019-01', 1, { status: 'C' }), report('P:C2.1.1', '2019-01', 1, { status: 'NS' })]);
    expect(statusCounts(indicators, latest)).toEqual({ C: 1, SP: 0, LP: 0, NS: 1, none: 2, total: 4 });
    const byCommitment = statusCountsBy('commitment', indicators, latest);
    expect(byCommitment.get('P:C1')).toEqual({ C: 1, SP: 0, LP: 0, NS: 0, none: 1, total: 2 });
    expect(byCommitment.get('Q:C1')?.none).toBe(1);
    expect(statusCountsBy('plan', indicators, latest).get('P')?.total).toBe(3);
  });

  it('flags overdue when the deadline is past and the latest status is not Complete', () => {
    const ind = indicator('P:C1.1.1');
    expect(isOverdue(ind, undefined, '2020-06-01')).toBe(true);
    expect(isOverdue(ind, report(ind.id, '2020-04', 1, { status: 'SP' }), '2020-06-01')).toBe(true);
    expect(isOverdue(ind, report(ind.id, '2020-04', 1, { status: 'C' }), '2020-06-01')).toBe(false);
    expect(isOverdue(ind, undefined, '2020-05-31')).toBe(false);
    expect(isOverdue(indicator('P:C1.1.2', { deadline: { precision: 'ongoing', text: { en: 'Ongoing' } } }), undefined, '2030-01-01')).toBe(false);
  });
});

describe('the due list', () => {
  const quarterly = plan('AP_CAN05', { periods: ['2022-03', '2022-06', '2022-09', '2022-12'] });
  const semiAnnual = plan('AP_CAN06', { cadence: 'semi-annual', periods: ['2025-06', '2025-12', '2026-06'] });

  it('takes the latest period whose month has begun', () => {
    expect(currentPeriod(quarterly, new Date('2022-02-28T23:00:00Z'))).toBeUndefined();
    expect(currentPeriod(quarterly, new Date('2022-03-01T00:00:00Z'))).toBe('2022-03');
    expect(currentPeriod(quarterly, new Date('2022-08-15T00:00:00Z'))).toBe('2022-06');
    expect(currentPeriod(quarterly, new Date('2022-12-31T23:59:59Z'))).toBe('2022-12');
    expect(currentPeriod(quarterly, new Date('2023-01-01T00:00:00Z'))).toBeUndefined();
    expect(currentPeriod(plan('AP_X01'), new Date('2023-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('lists indicators without a report for the current period, with the plan’s cadence', () => {
    const indicators = [indicator('AP_CAN06:C1.1.1'), indicator('AP_CAN06:C1.1.2'), indicator('AP_CAN06:C1.1.3'), indicator('AP_CAN06:C1.1.4'), indicator('AP_CAN05:C1.1.1')];
    const reports = [
      report('AP_CAN06:C1.1.1', '2025-12', 1),
      report('AP_CAN06:C1.1.2', '2025-06', 1, { status: 'LP' }),
      report('AP_CAN06:C1.1.3', '2025-06', 1, { status: 'C' }),
    ];
    const due = dueList([quarterly, semiAnnual], indicators, reports, new Date('2026-02-10T12:00:00Z'));
    expect(due).toHaveLength(1);
    expect(due[0]!.plan).toBe('AP_CAN06');
    expect(due[0]!.cadence).toBe('semi-annual');
    expect(due[0]!.period).toBe('2025-12');
    expect(due[0]!.indicators.map((d) => [d.indicator.id, d.latest?.status])).toEqual([
      ['AP_CAN06:C1.1.2', 'LP'],
      ['AP_CAN06:C1.1.4', undefined],
    ]);
  });

  it('has nothing due once every report for the period is in', () => {
    const indicators = [indicator('AP_CAN06:C1.1.1')];
    expect(dueList([semiAnnual], indicators, [report('AP_CAN06:C1.1.1', '2026-06', 1)], new Date('2026-06-02T00:00:00Z'))).toEqual([]);
  });
});
