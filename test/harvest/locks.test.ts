// Two runs of one source never overlap (the store's harvest lock), a stop request ends a run at a
// page boundary, and a store left with an interrupted job gets it retried by the scheduler.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfigInput } from '../../src/cli/commands/demo.js';
import { parseConfig, type FederaConfig } from '../../src/harvest/config.js';
import { harvest } from '../../src/harvest/harvester.js';
import { SourceLockedError } from '../../src/harvest/lock.js';
import { HarvestScheduler } from '../../src/harvest/scheduler.js';
import { openCatalogue, type Catalogue } from '../../src/search/catalogue.js';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';

const RECORDS = 40;
const PAGE = 10;
let portals: SimulatedPortals;
let config: FederaConfig;
let dir: string;
let n = 0;

beforeAll(async () => {
  portals = await startSimulatedPortals({ portals: ['city'], records: RECORDS });
  const input = demoConfigInput(portals.portals);
  config = parseConfig({ ...input, harvest: { pageSize: PAGE, retries: 0 } }, 'locks test');
  dir = mkdtempSync(join(tmpdir(), 'federa-locks-'));
});
afterAll(async () => {
  await portals?.close();
  rmSync(dir, { recursive: true, force: true });
});

const fresh = (): Catalogue => openCatalogue({ path: join(dir, `store-${++n}.db`) });
const SOURCE = 'demo-city';

describe('the harvest lock of a source', () => {
  it('refuses a second run while another live process holds it, naming the holder, and starts no job', async () => {
    const catalogue = fresh();
    const other = { host: 'another-host', pid: 4242 };
    const at = new Date().toISOString();
    const stale = new Date(Date.now() - 3_600_000).toISOString();
    await catalogue.store.acquireLock({ sourceId: SOURCE, jobId: 'theirs', owner: other, at, staleBefore: stale, ownerGone: () => false });
    const busy: string[] = [];
    const result = await harvest({ config, sink: catalogue.store, mode: 'full', onBusy: (h) => busy.push(`${h.jobId}@${h.owner.host}:${h.owner.pid}`) });
    expect(result.jobs).toEqual([]);
    expect(result.busy.map((h) => h.jobId)).toEqual(['theirs']);
    expect(busy).toEqual(['theirs@another-host:4242']);
    expect(await catalogue.store.jobs(SOURCE, 5)).toEqual([]);
    expect(new SourceLockedError(result.busy[0]!).message).toMatch(/"demo-city" is being harvested by job theirs of process another-host:4242/);
    // released, the source harvests, and its own lock is gone at the end
    await catalogue.store.releaseLock(SOURCE, 'theirs');
    const second = await harvest({ config, sink: catalogue.store, mode: 'full' });
    expect(second.jobs.map((j) => j.status)).toEqual(['succeeded']);
    expect(await catalogue.store.locks()).toEqual([]);
    await catalogue.close();
  });

  it('never lets two runs of one source in one store overlap, even started together', async () => {
    const catalogue = fresh();
    const [a, b] = await Promise.all([harvest({ config, sink: catalogue.store, mode: 'full' }), harvest({ config, sink: catalogue.store, mode: 'full' })]);
    const ran = [...a.jobs, ...b.jobs];
    expect(ran).toHaveLength(1);
    expect([...a.busy, ...b.busy]).toHaveLength(1);
    expect(ran[0]?.counts.added).toBe(RECORDS);
    await catalogue.close();
  });

  it('takes over the lock of a process that is gone, and fails its job as interrupted', async () => {
    const catalogue = fresh();
    const dead = { host: 'this-host', pid: 99999 };
    const at = new Date(Date.now() - 60_000).toISOString();
    await catalogue.store.acquireLock({ sourceId: SOURCE, jobId: 'crashed', owner: dead, at, staleBefore: at, ownerGone: () => false });
    await catalogue.store.saveJob({ id: 'crashed', sourceId: SOURCE, mode: 'full', status: 'running', startedAt: at, counts: { seen: 0, added: 0, updated: 0, unchanged: 0, withdrawn: 0, skippedByLicence: 0, skippedByFilter: 0, failed: 0 }, problems: [], problemsOmitted: 0, complete: false });
    const result = await harvest({ config, sink: catalogue.store, mode: 'full', lock: { ownerGone: (o) => o.pid === dead.pid } });
    expect(result.jobs.map((j) => j.status)).toEqual(['succeeded']);
    const crashed = await catalogue.store.getJob('crashed');
    expect(crashed).toMatchObject({ status: 'failed', interrupted: true });
    expect(crashed?.error).toMatch(/interrupted: its process this-host:99999 is gone/);
    await catalogue.close();
  });
});

describe('a stop request', () => {
  it('ends the run at a page boundary: the page in hand written, nothing withdrawn, the job failed as interrupted', async () => {
    // a portal of its own, since a record goes from it
    const own = await startSimulatedPortals({ portals: ['city'], records: RECORDS });
    const ownConfig = parseConfig({ ...demoConfigInput(own.portals), harvest: { pageSize: PAGE, retries: 0 } }, 'stop test');
    const catalogue = fresh();
    try {
      expect((await harvest({ config: ownConfig, sink: catalogue.store, mode: 'full' })).jobs[0]?.status).toBe('succeeded');
      const city = own.portals[0]!;
      city.catalogue.remove(city.catalogue.at(0)!.id);
      const stop = new AbortController();
      let pagesSeen = 0;
      const result = await harvest({
        config: ownConfig,
        sink: catalogue.store,
        mode: 'full',
        stop: stop.signal,
        onProgress: () => {
          if (++pagesSeen === 2) stop.abort('SIGTERM');
        },
      });
      const job = result.jobs[0]!;
      expect(job).toMatchObject({ status: 'failed', interrupted: true, complete: false, pages: 2 });
      expect(job.error).toMatch(/^interrupted by SIGTERM after 2 page\(s\)/);
      expect(job.counts.withdrawn).toBe(0);
      expect(await catalogue.store.countActive(SOURCE)).toBe(RECORDS);
      expect(await catalogue.store.locks()).toEqual([]);
    } finally {
      await catalogue.close();
      await own.close();
    }
  });
});

describe('harvest() after a crash', () => {
  it('fails the jobs a gone process left running before any source starts, and says which', async () => {
    const catalogue = fresh();
    const config = parseConfig({ ...demoConfigInput(portals.portals), harvest: { pageSize: PAGE } }, 'recovery test');
    const dead = { host: 'this-host', pid: 99997 };
    const at = new Date(Date.now() - 5 * 60_000).toISOString();
    await catalogue.store.acquireLock({ sourceId: SOURCE, jobId: 'left-running', owner: dead, at, staleBefore: at, ownerGone: () => false });
    await catalogue.store.saveJob({ id: 'left-running', sourceId: SOURCE, mode: 'full', status: 'running', startedAt: at, counts: { seen: 0, added: 0, updated: 0, unchanged: 0, withdrawn: 0, skippedByLicence: 0, skippedByFilter: 0, failed: 0 }, problems: [], problemsOmitted: 0, complete: false });
    const told: string[][] = [];
    const events: string[] = [];
    const result = await harvest({
      config,
      sink: catalogue.store,
      mode: 'full',
      sourceIds: [SOURCE],
      lock: { ownerGone: (o) => o.pid === dead.pid },
      onRecovered: (ids) => [told.push(ids), events.push('recovered')],
      onJobStart: () => events.push('start'),
    });
    expect(result.recovered).toEqual(['left-running']);
    expect(told).toEqual([['left-running']]);
    expect(events[0]).toBe('recovered');
    expect(await catalogue.store.getJob('left-running')).toMatchObject({ status: 'failed', interrupted: true });
    // Nothing left to recover the next time.
    expect((await harvest({ config, sink: catalogue.store, mode: 'full', sourceIds: [SOURCE] })).recovered).toEqual([]);
    await catalogue.close();
  });
});

describe('the scheduler after a restart', () => {
  it('retries at its next look a source whose last run was interrupted, though its full run is not due for days', async () => {
    const catalogue = fresh();
    const scheduled = parseConfig({ ...demoConfigInput(portals.portals), harvest: { pageSize: PAGE }, sources: (demoConfigInput(portals.portals).sources as object[]).map((s) => ({ ...s, schedule: { incremental: '6h', full: '7d' } })) }, 'scheduler test');
    // harvested an hour ago: by the schedule, nothing is due for five hours
    const anHourAgo = () => new Date(Date.now() - 3_600_000);
    expect((await harvest({ config: scheduled, sink: catalogue.store, mode: 'full', now: anHourAgo })).jobs[0]?.status).toBe('succeeded');
    // a run cut short by a crash: still marked running, its process gone
    const dead = { host: 'this-host', pid: 99998 };
    const at = new Date(Date.now() - 5 * 60_000).toISOString();
    await catalogue.store.acquireLock({ sourceId: SOURCE, jobId: 'cut-short', owner: dead, at, staleBefore: at, ownerGone: () => false });
    await catalogue.store.saveJob({ id: 'cut-short', sourceId: SOURCE, mode: 'incremental', status: 'running', startedAt: at, counts: { seen: 0, added: 0, updated: 0, unchanged: 0, withdrawn: 0, skippedByLicence: 0, skippedByFilter: 0, failed: 0 }, problems: [], problemsOmitted: 0, complete: false });
    const started: string[] = [];
    let ended!: () => void;
    const end = new Promise<void>((resolve) => (ended = resolve));
    const scheduler = new HarvestScheduler({ config: scheduled, sink: catalogue.store, onJobStart: (id) => started.push(id), onJobEnd: () => ended() });
    // what serve does at start
    const { recoverInterrupted } = await import('../../src/harvest/harvester.js');
    expect(await recoverInterrupted(catalogue.store, new Date(), { ownerGone: (o) => o.pid === dead.pid })).toEqual(['cut-short']);
    await scheduler.tick();
    await end;
    await scheduler.stop();
    expect(started).toEqual([SOURCE]);
    const [latest] = await catalogue.store.jobs(SOURCE, 1);
    expect(latest).toMatchObject({ mode: 'incremental', status: 'succeeded' });
    // succeeded now: nothing is due at the next look
    const again: string[] = [];
    const later = new HarvestScheduler({ config: scheduled, sink: catalogue.store, onJobStart: (id) => again.push(id) });
    await later.tick();
    await later.stop();
    expect(again).toEqual([]);
    await catalogue.close();
  });
});
