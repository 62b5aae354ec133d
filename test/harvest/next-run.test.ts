// The next scheduled run of a source, told ahead of time by the rule the scheduler applies.
import { describe, expect, it } from 'vitest';
import { parseConfig, type SourceSchedule } from '../../src/harvest/config.js';
import { nextRun, scheduleFromText } from '../../src/harvest/next-run.js';
import { emptyCounts, type JobMode, type JobReport, type JobStatus } from '../../src/harvest/report.js';
import { dueMode } from '../../src/harvest/scheduler.js';
import { sourceConfig } from '../helpers/source-config.js';

const HOUR = 3_600_000;
const NOW = new Date('2026-03-10T12:00:00Z');

function job(hoursAgo: number, mode: JobMode, status: JobStatus = 'succeeded'): JobReport {
  return {
    id: `j-${hoursAgo}-${mode}`,
    sourceId: 'portal',
    mode,
    status,
    startedAt: new Date(NOW.getTime() - hoursAgo * HOUR).toISOString(),
    counts: emptyCounts(),
    problems: [],
    problemsOmitted: 0,
    complete: mode === 'full',
  };
}

describe('scheduleFromText', () => {
  it('reads back the text a configuration stores for every schedule shape', () => {
    const cases: Array<[unknown, SourceSchedule]> = [
      [{ incremental: '6h', full: '7d' }, { incrementalMs: 6 * HOUR, fullMs: 168 * HOUR }],
      [{ incremental: 'PT30M' }, { incrementalMs: HOUR / 2 }],
      [{ full: '1w' }, { fullMs: 168 * HOUR }],
      ['manual', {}],
    ];
    for (const [schedule, expected] of cases) {
      const config = parseConfig({ sources: [{ id: 'p', name: { en: 'P', fr: 'P' }, type: 'ckan', url: 'https://p.example', jurisdiction: { level: 'federal', code: 'CA' }, primaryLanguage: 'en', schedule }] }, 'test');
      const source = config.sources[0]!;
      expect(scheduleFromText(source.scheduleText)).toEqual(expected);
      expect(source.schedule).toEqual(expected);
    }
  });

  it('takes unreadable text as manual', () => {
    expect(scheduleFromText('every tuesday')).toEqual({});
    expect(scheduleFromText(undefined)).toEqual({});
    expect(scheduleFromText('incremental soon, full 2d')).toEqual({ fullMs: 48 * HOUR });
  });
});

describe('nextRun', () => {
  const schedule = { incrementalMs: 6 * HOUR, fullMs: 48 * HOUR };

  it('says manual and disabled', () => {
    expect(nextRun({ enabled: true, schedule: {} }, [job(1, 'full')], NOW)).toEqual({ kind: 'manual' });
    expect(nextRun({ enabled: false, schedule }, [job(1, 'full')], NOW)).toEqual({ kind: 'disabled' });
  });

  it('is due now for a source never harvested', () => {
    expect(nextRun({ enabled: true, schedule }, [], NOW)).toEqual({ kind: 'scheduled', at: NOW, mode: 'full', due: true });
    expect(nextRun({ enabled: true, schedule: { incrementalMs: HOUR } }, [job(0.5, 'incremental', 'running')], NOW)).toMatchObject({ mode: 'incremental', due: true });
  });

  it('adds the interval to the start of the last run that counts', () => {
    // Last run 2 h ago (incremental), last full 30 h ago: incremental in 4 h, before the full in 18 h.
    expect(nextRun({ enabled: true, schedule }, [job(2, 'incremental'), job(30, 'full')], NOW)).toEqual({
      kind: 'scheduled',
      at: new Date(NOW.getTime() + 4 * HOUR),
      mode: 'incremental',
      due: false,
    });
    // Last full 46 h ago, last run 1 h ago: the full run in 2 h comes before the incremental in 5 h.
    expect(nextRun({ enabled: true, schedule }, [job(1, 'incremental'), job(46, 'full')], NOW)).toMatchObject({ at: new Date(NOW.getTime() + 2 * HOUR), mode: 'full' });
    // A running job is not a run yet.
    expect(nextRun({ enabled: true, schedule }, [job(0.1, 'full', 'running'), job(2, 'incremental'), job(30, 'full')], NOW)).toMatchObject({ at: new Date(NOW.getTime() + 4 * HOUR), mode: 'incremental' });
  });

  it('agrees with the scheduler on what is due, and with which mode', () => {
    const schedules: SourceSchedule[] = [schedule, { incrementalMs: 6 * HOUR }, { fullMs: 24 * HOUR }, { incrementalMs: 48 * HOUR, fullMs: 6 * HOUR }];
    const histories: JobReport[][] = [
      [],
      [job(1, 'incremental')],
      [job(7, 'incremental'), job(20, 'full')],
      [job(7, 'incremental'), job(50, 'full')],
      [job(3, 'incremental', 'failed'), job(49, 'full')],
      [job(0.2, 'full', 'running'), job(8, 'full', 'partial')],
      [job(6, 'full')],
    ];
    let compared = 0;
    for (const s of schedules) {
      for (const jobs of histories) {
        const source = sourceConfig({ schedule: s });
        const next = nextRun(source, jobs, NOW);
        const due = dueMode(source, jobs, NOW);
        expect(next.kind).toBe('scheduled');
        if (next.kind !== 'scheduled') continue;
        expect(next.due ? next.mode : undefined).toBe(due);
        // Not due now, but due at the moment it names.
        if (!next.due) expect(dueMode(source, jobs, next.at)).toBe(next.mode);
        compared++;
      }
    }
    expect(compared).toBe(schedules.length * histories.length);
  });
});
