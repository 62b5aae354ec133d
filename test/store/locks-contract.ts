// The harvest lock and the recovery of interrupted jobs, as every Store engine must provide them
// (run from contract.ts).
import { expect, it } from 'vitest';
import type { LockOwner, LockRequest } from '../../src/harvest/lock.js';
import type { JobReport } from '../../src/harvest/report.js';
import type { Store } from '../../src/store/store.js';
import { copyOf, jobReport } from './records.js';

const T0 = '2026-05-01T10:00:00.000Z';
const LATER = '2026-05-01T10:05:00.000Z';
const A: LockOwner = { host: 'host-a', pid: 101 };
const B: LockOwner = { host: 'host-b', pid: 202 };

function request(jobId: string, owner: LockOwner, at = T0, gone: LockOwner[] = []): LockRequest {
  // Stale when silent for more than ten minutes.
  const staleBefore = new Date(Date.parse(at) - 10 * 60_000).toISOString();
  return { sourceId: 'canada', jobId, owner, at, staleBefore, ownerGone: (o) => gone.some((g) => g.host === o.host && g.pid === o.pid) };
}

function running(id: string, startedAt = T0): JobReport {
  const { finishedAt: _f, ...report } = jobReport('canada', id, startedAt);
  return { ...report, status: 'running', complete: false, problems: [] };
}

export function lockContract(create: () => Promise<Store>): void {
  it('gives a source’s harvest lock to one run at a time and names its holder to the others', async () => {
    const store = await create();
    expect(await store.acquireLock(request('job-a', A))).toEqual({ acquired: true });
    const refused = await store.acquireLock(request('job-b', B, LATER));
    expect(refused).toEqual({ acquired: false, holder: { sourceId: 'canada', jobId: 'job-a', owner: A, acquiredAt: T0, heartbeatAt: T0 } });
    // another source is free
    expect((await store.acquireLock({ ...request('job-c', B), sourceId: 'quebec' })).acquired).toBe(true);
    expect(await store.heartbeat('canada', 'job-a', LATER)).toBe(true);
    expect(await store.heartbeat('canada', 'job-b', LATER)).toBe(false);
    expect((await store.locks()).find((l) => l.sourceId === 'canada')?.heartbeatAt).toBe(LATER);
    // only its holder releases it
    await store.releaseLock('canada', 'job-b');
    expect((await store.acquireLock(request('job-b', B, LATER))).acquired).toBe(false);
    await store.releaseLock('canada', 'job-a');
    expect((await store.acquireLock(request('job-b', B, LATER))).acquired).toBe(true);
  });

  it('takes over a lock whose owner is gone or silent too long, failing its job as interrupted', async () => {
    const store = await create();
    await store.acquireLock(request('job-a', A));
    await store.saveJob(running('job-a'));
    const taken = await store.acquireLock(request('job-b', B, LATER, [A]));
    expect(taken).toEqual({ acquired: true, tookOver: { sourceId: 'canada', jobId: 'job-a', owner: A, acquiredAt: T0, heartbeatAt: T0 } });
    const failed = await store.getJob('job-a');
    expect(failed).toMatchObject({ status: 'failed', interrupted: true, finishedAt: LATER, complete: false });
    expect(failed?.error).toMatch(/^interrupted: its process host-a:101 is gone/);
    // silent for more than the limit, though not known to be gone
    const anHourLater = '2026-05-01T11:05:00.000Z';
    expect(await store.heartbeat('canada', 'job-b', LATER)).toBe(true);
    const silent = await store.acquireLock(request('job-c', A, anHourLater));
    expect(silent.acquired).toBe(true);
    expect(await store.heartbeat('canada', 'job-b', anHourLater)).toBe(false); // the old holder learns it lost the lock
  });

  it('recovers jobs left running by a gone process, and leaves a live one alone', async () => {
    const store = await create();
    await store.acquireLock(request('job-dead', A));
    await store.saveJob(running('job-dead'));
    await store.acquireLock({ ...request('job-live', B), sourceId: 'quebec' });
    await store.saveJob({ ...running('job-live'), sourceId: 'quebec' });
    // a running job whose process never took a lock (or an older Federa's)
    await store.saveJob({ ...running('job-orphan'), sourceId: 'yukon' });
    const recovered = await store.recoverInterrupted({ staleBefore: '2026-05-01T09:00:00.000Z', ownerGone: (o) => o.pid === A.pid, at: LATER });
    expect(recovered.sort()).toEqual(['job-dead', 'job-orphan']);
    expect((await store.getJob('job-dead'))?.status).toBe('failed');
    expect((await store.getJob('job-orphan'))?.error).toMatch(/^interrupted: no process holds its lock/);
    expect((await store.getJob('job-live'))?.status).toBe('running');
    expect((await store.locks()).map((l) => l.jobId)).toEqual(['job-live']);
    expect(await store.recoverInterrupted({ staleBefore: '2026-05-01T09:00:00.000Z', ownerGone: () => false, at: LATER })).toEqual([]);
  });

  it('passes its integrity check with records, clusters, withdrawals and jobs', async () => {
    const store = await create();
    await store.write([copyOf('canada', 'a', { title: { en: 'Roads' } }), copyOf('quebec', 'a', { title: { en: 'Roads' } }), copyOf('canada', 'b', { title: { en: 'Rivers' } })]);
    await store.withdrawMissing('canada', new Set(['a']), T0);
    await store.saveJob(jobReport('canada', 'job-1', T0));
    await store.acquireLock(request('job-2', A));
    await store.saveJob(running('job-2'));
    const report = await store.checkIntegrity();
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.counted).toMatchObject({ datasets: 2, withdrawn: 1, jobs: 2, locks: 1 });
  });
}
