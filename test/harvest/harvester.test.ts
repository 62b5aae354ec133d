import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfig } from '../../src/cli/commands/demo.js';
import type { FederaConfig } from '../../src/harvest/config.js';
import { harvest, selectSources } from '../../src/harvest/harvester.js';
import { dueMode, HarvestScheduler } from '../../src/harvest/scheduler.js';
import type { JobReport } from '../../src/harvest/report.js';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';
import { MemorySink } from '../helpers/memory-sink.js';
import { sourceConfig } from '../helpers/source-config.js';

let portals: SimulatedPortals;
let config: FederaConfig;

beforeAll(async () => {
  portals = await startSimulatedPortals({ records: { federal: 30, quebec: 20, city: 10 } });
  config = demoConfig(portals.portals);
});
afterAll(() => portals?.close());

const DAY = 86_400_000;

describe('a harvest of several sources', () => {
  it('runs every enabled source, one report each, and purges only what was withdrawn before the grace period', async () => {
    const sink = new MemorySink();
    const t0 = Date.parse('2026-03-01T00:00:00Z');
    const first = await harvest({ config, sink, mode: 'full', now: () => new Date(t0) });
    expect(first.jobs.map((j) => j.sourceId)).toEqual(['demo-federal', 'demo-quebec', 'demo-city']);
    expect(first.jobs.every((j) => j.status === 'succeeded')).toBe(true);
    const city = portals.portals.find((p) => p.id === 'demo-city')!;
    const gone = city.catalogue.at(0)!.id;
    city.catalogue.remove(gone);
    const second = await harvest({ config, sink, sourceIds: ['demo-city'], mode: 'full', now: () => new Date(t0 + DAY) });
    expect(second.jobs[0]?.counts.withdrawn).toBe(1);
    expect(sink.rows.has(`demo-city:${gone}`)).toBe(true); // withdrawn, kept for the grace period
    const sixDays = await harvest({ config, sink, sourceIds: ['demo-city'], mode: 'incremental', now: () => new Date(t0 + 7 * DAY) });
    expect(sixDays.purged).toBe(0);
    const eightDays = await harvest({ config, sink, sourceIds: ['demo-city'], mode: 'incremental', now: () => new Date(t0 + 9 * DAY) });
    expect(eightDays.purged).toBe(1);
    expect(sink.rows.has(`demo-city:${gone}`)).toBe(false);
  });

  it('names an unknown source', () => {
    expect(() => selectSources(config, ['demo-city', 'nowhere'])).toThrow(/no source "nowhere" in demo \(simulated portals\) \(known: demo-federal, demo-quebec, demo-city\)/);
  });
});

describe('schedules', () => {
  const job = (mode: 'full' | 'incremental', hoursAgo: number, now: Date, status: JobReport['status'] = 'succeeded'): JobReport => ({
    id: `${mode}-${hoursAgo}`,
    sourceId: 's',
    mode,
    status,
    startedAt: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
    counts: { seen: 0, added: 0, updated: 0, unchanged: 0, withdrawn: 0, skippedByLicence: 0, skippedByFilter: 0, failed: 0 },
    problems: [],
    problemsOmitted: 0,
    complete: mode === 'full',
  });
  const source = sourceConfig({ schedule: { incrementalMs: 6 * 3_600_000, fullMs: 7 * DAY } });

  it('is due for a full run first, then incremental runs', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(dueMode(source, [], now)).toBe('full');
    expect(dueMode(source, [job('full', 1, now)], now)).toBeUndefined();
    expect(dueMode(source, [job('full', 7, now)], now)).toBe('incremental');
    expect(dueMode(source, [job('incremental', 2, now), job('full', 30, now)], now)).toBeUndefined();
    expect(dueMode(source, [job('incremental', 2, now), job('full', 24 * 8, now)], now)).toBe('full');
    expect(dueMode({ ...source, schedule: {} }, [], now)).toBeUndefined();
    // a running job is not a finished one
    expect(dueMode(source, [job('incremental', 0, now, 'running'), job('full', 7, now)], now)).toBe('incremental');
  });

  it('retries a failed run at once when it was interrupted, then with a growing backoff, never waiting a whole full interval', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const minutesAgo = (m: number) => m / 60;
    const failed = (mode: 'full' | 'incremental', m: number, interrupted = false): JobReport => ({ ...job(mode, minutesAgo(m), now, 'failed'), id: `failed-${m}`, ...(interrupted ? { interrupted: true } : {}) });
    const doneRecently = job('full', 2, now);
    // a full run interrupted a minute ago: retried now, in full
    expect(dueMode(source, [failed('full', 1, true), doneRecently], now)).toBe('full');
    // an incremental one interrupted, while the full run is overdue: the full run
    expect(dueMode(source, [failed('incremental', 1, true), job('full', 24 * 8, now)], now)).toBe('full');
    // the portal failed it: one minute of backoff, then two, then four
    expect(dueMode(source, [failed('incremental', 0.5), doneRecently], now)).toBeUndefined();
    expect(dueMode(source, [failed('incremental', 1), doneRecently], now)).toBe('incremental');
    expect(dueMode(source, [failed('incremental', 1.5), failed('incremental', 5), doneRecently], now)).toBeUndefined();
    expect(dueMode(source, [failed('incremental', 2), failed('incremental', 5), doneRecently], now)).toBe('incremental');
    expect(dueMode(source, [failed('incremental', 3), failed('incremental', 5), failed('incremental', 9), doneRecently], now)).toBeUndefined();
    expect(dueMode(source, [failed('incremental', 4), failed('incremental', 5), failed('incremental', 9), doneRecently], now)).toBe('incremental');
    // a manual source is never retried on its own
    expect(dueMode({ ...source, schedule: {} }, [failed('full', 60, true)], now)).toBeUndefined();
  });

  it('harvests sources never harvested when asked, and not twice at once', async () => {
    const sink = new MemorySink();
    const scheduler = new HarvestScheduler({ config, sink });
    const started = await scheduler.runNeverHarvested();
    expect(started.map((s) => s.id)).toEqual(['demo-federal', 'demo-quebec', 'demo-city']);
    expect(scheduler.active.sort()).toEqual(['demo-city', 'demo-federal', 'demo-quebec']);
    expect(await scheduler.run(config.sources, 'full')).toEqual([]); // all already running
    await scheduler.stop();
    expect(scheduler.active).toEqual([]);
    // Stopped before their first page: those that started end failed and interrupted, none stays running.
    expect(sink.jobList.filter((j) => j.status === 'running')).toEqual([]);
    expect(sink.jobList.every((j) => j.status === 'failed' && j.interrupted)).toBe(true);
  });
});
