// The harvest lock of a source: at most one run of a source at a time, across processes. It lives
// in the store so that it survives a crash, and a lock whose owner is gone is taken over.
import { hostname } from 'node:os';

export interface LockOwner {
  host: string;
  pid: number;
}

export interface HarvestLock {
  sourceId: string;
  jobId: string;
  owner: LockOwner;
  acquiredAt: string;
  heartbeatAt: string;
}

export interface LockRequest {
  sourceId: string;
  jobId: string;
  owner: LockOwner;
  at: string;
  /** A lock whose heartbeat is older than this is stale. */
  staleBefore: string;
  /** Whether a lock's owner is known to be gone (same host, process not alive). */
  ownerGone: (owner: LockOwner) => boolean;
}

export type LockResult =
  /** `tookOver`: the stale lock replaced; its job, if still running, was failed as interrupted. */
  | { acquired: true; tookOver?: HarvestLock }
  | { acquired: false; holder: HarvestLock };

// A page may wait minutes on retries and backoff; a live owner beats every minute (see run-job).
export const LOCK_STALE_MS = 15 * 60_000;
export const HEARTBEAT_MS = 60_000;

export function thisProcess(): LockOwner {
  return { host: hostname(), pid: process.pid };
}

/** True when the owner ran on this host and its process no longer exists. */
export function ownerGone(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Why a lock is stale, or undefined when it is not. */
export function staleness(lock: HarvestLock, staleBefore: string, gone: (owner: LockOwner) => boolean): string | undefined {
  if (gone(lock.owner)) return `its process ${describeOwner(lock.owner)} is gone`;
  if (lock.heartbeatAt < staleBefore) return `no sign of life from ${describeOwner(lock.owner)} since ${lock.heartbeatAt}`;
  return undefined;
}

export function describeOwner(owner: LockOwner): string {
  return `${owner.host}:${owner.pid}`;
}

/** The error of a job left running by a process that stopped without finishing it. */
export function interruptedReason(why: string): string {
  return `interrupted: ${why}`;
}

/** Thrown by runJob when another run holds the source's lock: the job did not start. */
export class SourceLockedError extends Error {
  constructor(readonly holder: HarvestLock) {
    super(`source "${holder.sourceId}" is being harvested by job ${holder.jobId} of process ${describeOwner(holder.owner)} (since ${holder.acquiredAt}, last sign of life ${holder.heartbeatAt})`);
    this.name = 'SourceLockedError';
  }
}
