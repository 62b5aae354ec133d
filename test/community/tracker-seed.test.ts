// The tracker over the shipped seed: CA0073's indicator 10.5.1 counts the provinces and
// municipalities whose last full harvest succeeded, from jobs written as the harvester writes them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedCommunity } from '../../src/community/seed/apply.js';
import { Tracker } from '../../src/community/tracker.js';
import type { JurisdictionLevel } from '../../src/core/dataset.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { sourceSettings } from '../store/records.js';
import { stubDocument } from '../store/stub-document.js';
import { job } from './records.js';

describe('the tracker over the seeded CA0073', () => {
  let store: SqliteStore;
  let tracker: Tracker;

  beforeEach(async () => {
    store = SqliteStore.open({ path: ':memory:', buildDocument: stubDocument });
    await seedCommunity(store, '2026-01-01T00:00:00.000Z');
    tracker = new Tracker(store);
  });
  afterEach(() => store.close());

  const source = (id: string, level: JurisdictionLevel, enabled = true) =>
    store.saveSource({ ...sourceSettings(id), jurisdiction: { level, code: 'CA' } }, { enabled });

  async function actuals(): Promise<Array<[number | undefined, boolean | undefined, string[]]>> {
    const found = await tracker.indicator('C10.5.1');
    if (!('found' in found)) throw new Error(`C10.5.1 not found uniquely: ${JSON.stringify(found)}`);
    expect(found.found.indicator.id).toBe('AP_CAN04:C10.5.1');
    return found.found.actuals.targets.map((t) => [t.value, t.met, t.records.map((r) => r.id)]);
  }

  it('counts sources by the outcome of their last full harvest', async () => {
    await source('alberta', 'provincial');
    await source('bc', 'provincial');
    await source('quebec', 'provincial');
    await source('nb', 'provincial', false);
    await source('toronto', 'municipal');
    await source('edmonton', 'municipal');
    await source('canada', 'federal');
    await store.saveJob(job('alberta', 'a1', { startedAt: '2026-01-02T00:00:00.000Z' }));
    await store.saveJob(job('bc', 'b1', { startedAt: '2026-01-02T00:00:00.000Z' }));
    await store.saveJob(job('quebec', 'q1', { status: 'failed', complete: false, startedAt: '2026-01-02T00:00:00.000Z' }));
    await store.saveJob(job('nb', 'n1', { startedAt: '2026-01-02T00:00:00.000Z' }));
    await store.saveJob(job('toronto', 't1', { startedAt: '2026-01-02T00:00:00.000Z' }));
    await store.saveJob(job('edmonton', 'e1', { mode: 'incremental', startedAt: '2026-01-02T00:00:00.000Z' }));
    await store.saveJob(job('canada', 'c1', { startedAt: '2026-01-02T00:00:00.000Z' }));
    expect(await actuals()).toEqual([
      [2, false, ['alberta', 'bc']],
      [1, false, ['toronto']],
    ]);

    await store.saveJob(job('quebec', 'q2', { startedAt: '2026-01-03T00:00:00.000Z' }));
    await store.saveJob(job('edmonton', 'e2', { startedAt: '2026-01-03T00:00:00.000Z' }));
    await store.saveJob(job('bc', 'b2', { status: 'partial', startedAt: '2026-01-03T00:00:00.000Z' }));
    expect(await actuals()).toEqual([
      [2, false, ['alberta', 'quebec']],
      [2, true, ['edmonton', 'toronto']],
    ]);
  });

  it('shows CA0073 by its OGP id with its milestones and every indicator unreported', async () => {
    const view = await tracker.commitment('CA0073', new Date('2026-01-05T00:00:00Z'));
    expect(view?.plan?.id).toBe('AP_CAN04');
    expect(view?.milestones.map((m) => m.code)).toEqual(['C10.1', 'C10.2', 'C10.3', 'C10.4', 'C10.5', 'C10.6', 'C10.7']);
    expect(view?.indicators.length).toBeGreaterThan(0);
    expect(view?.statuses.none).toBe(view?.indicators.length);
    // The plan ended in 2020: every dated indicator is overdue until reported Complete.
    expect(view?.indicators.filter((i) => i.indicator.deadline.due !== undefined).every((i) => i.overdue)).toBe(true);
  });
});
