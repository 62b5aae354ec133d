// Two CKAN sources on loopback harvested together into a real SQLite catalogue: one stays
// healthy, the other harvests fine once and then turns hostile. The checks every fault case
// shares: the hostile job ends failed or partial with a problem naming it and why, its records
// are all still there and searchable, the healthy source's job is untouched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseConfig, type FederaConfig } from '../../src/harvest/config.js';
import type { HttpClientOptions } from '../../src/harvest/fetch/http-client.js';
import { harvest, type HarvestRunResult } from '../../src/harvest/harvester.js';
import type { JobReport } from '../../src/harvest/report.js';
import { openCatalogue, type Catalogue } from '../../src/search/catalogue.js';
import { fakePackages, startFakeCkan, type FakeCkan, type HostileServer } from './fake-ckan.js';

export const HOSTILE_RECORDS = 12;
export const STEADY_RECORDS = 6;
/** Short, so that a silent server fails its job quickly (the config's least is a second). */
export const TIMEOUT_MS = 400;

/** A hostile source of another kind than CKAN: its server, what the config says of it, and how
 * many records it holds while healthy. */
export interface HostileKind {
  server: HostileServer;
  type: string;
  url: string;
  options?: Record<string, unknown>;
  records: number;
}

export interface FaultHarness {
  steady: FakeCkan;
  /** The CKAN hostile source (unused, but still there, when `kind` is given). */
  hostile: FakeCkan;
  /** The server of the hostile source, whatever its kind. */
  hostileServer: HostileServer;
  hostileRecords: number;
  catalogue: Catalogue;
  config: FederaConfig;
  /** Waits the client was asked to make (Retry-After, backoff), not slept. */
  waits: number[];
  run(http?: Partial<HttpClientOptions>): Promise<HarvestRunResult>;
  close(): Promise<void>;
}

export interface FaultHarnessOptions {
  hostileAllowsPrivateNetwork?: boolean;
  kind?: HostileKind;
  /** The configured URL of the CKAN hostile source, from its server's. */
  hostileUrl?: (url: string) => string;
  /** Client settings of every run (tests override the private-network guard's seams). */
  http?: Partial<HttpClientOptions>;
}

export async function faultHarness(options: FaultHarnessOptions = {}): Promise<FaultHarness> {
  const steady = await startFakeCkan(fakePackages('steady', 'lighthouses', STEADY_RECORDS));
  const hostile = await startFakeCkan(fakePackages('hostile', 'glaciers', HOSTILE_RECORDS));
  const dir = mkdtempSync(join(tmpdir(), 'federa-faults-'));
  const catalogue = openCatalogue({ path: join(dir, 'federa.db') });
  const kind = options.kind;
  const source = (id: string, url: string, allowPrivateNetwork: boolean, type = 'ckan', extra: Record<string, unknown> = {}) => ({
    id,
    name: { en: `Portal ${id}`, fr: `Portail ${id}` },
    type,
    url,
    ...extra,
    jurisdiction: { level: 'provincial', code: 'CA-NS' },
    primaryLanguage: 'en',
    allowPrivateNetwork,
  });
  const config = parseConfig(
    {
      harvest: { concurrency: 2, timeout: '1s', retries: 1, pageSize: 5 },
      sources: [
        source('steady', steady.url, true),
        kind
          ? source('hostile', kind.url, options.hostileAllowsPrivateNetwork ?? true, kind.type, kind.options ? { options: kind.options } : {})
          : source('hostile', options.hostileUrl?.(hostile.url) ?? hostile.url, options.hostileAllowsPrivateNetwork ?? true),
      ],
    },
    'fault-injection test',
  );
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  return {
    steady,
    hostile,
    hostileServer: kind?.server ?? hostile,
    hostileRecords: kind?.records ?? HOSTILE_RECORDS,
    catalogue,
    config,
    waits,
    run: (http = {}) => harvest({ config, sink: catalogue.store, mode: 'full', http: { sleep, backoffBaseMs: 1, timeoutMs: TIMEOUT_MS, ...options.http, ...http } }),
    async close() {
      await catalogue.close();
      await Promise.all([steady.close(), hostile.close(), kind?.server.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function jobOf(result: HarvestRunResult, sourceId: string): JobReport {
  const job = result.jobs.find((j) => j.sourceId === sourceId);
  if (!job) throw new Error(`no job for ${sourceId}`);
  return job;
}

/** A first harvest of both sources, every record in; then a new record on the steady source, so
 * that its next run has work to do while the other source is hostile. */
export async function harvestBothThenGrowSteady(h: FaultHarness): Promise<void> {
  const first = await h.run();
  expect(first.jobs.map((j) => [j.sourceId, j.status])).toEqual([
    ['steady', 'succeeded'],
    ['hostile', 'succeeded'],
  ]);
  await expectHostileRecordsKept(h);
  h.steady.packages.push(...fakePackages('steady-new', 'lighthouses', 1));
}

export async function expectHostileRecordsKept(h: FaultHarness): Promise<void> {
  expect(await h.catalogue.store.countActive('hostile')).toBe(h.hostileRecords);
  const found = await h.catalogue.search({ filters: { source: ['hostile'] }, size: 100 });
  expect(found.total).toBe(h.hostileRecords);
}

/** The hostile job ended badly with a problem (or flag) matching `reason`; nothing was lost; the steady
 * source harvested its new record as if nothing happened. */
export async function expectContained(h: FaultHarness, result: HarvestRunResult, reason: RegExp, status: 'failed' | 'partial' | 'failed or partial' = 'failed or partial'): Promise<JobReport> {
  const job = jobOf(result, 'hostile');
  if (status === 'failed or partial') expect(['failed', 'partial']).toContain(job.status);
  else expect(job.status).toBe(status);
  // The mass-withdrawal guard says why on the report's flag.
  const reasons = [...job.problems.map((p) => p.reason), ...(job.flagged ? [job.flagged] : [])];
  expect(reasons.some((r) => reason.test(r)), `problems: ${JSON.stringify(reasons)}`).toBe(true);
  expect(job.problems.every((p) => p.sourceId === 'hostile')).toBe(true);
  expect(job.counts.withdrawn).toBe(0);
  await expectHostileRecordsKept(h);
  const steady = jobOf(result, 'steady');
  expect(steady.status).toBe('succeeded');
  expect(steady.counts).toMatchObject({ added: 1, withdrawn: 0, failed: 0 });
  expect(await h.catalogue.store.countActive('steady')).toBe(STEADY_RECORDS + 1);
  expect((await h.catalogue.search({ q: 'lighthouses', size: 100 })).total).toBe(STEADY_RECORDS + 1);
  return job;
}
