// The server's harvests in a child `federa harvest` process (the built CLI): reports, job ids as
// the child saves them, its stderr in the log, a child that dies or is stopped ending as a failed job.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../src/core/api-token.js';
import { childHarvestRunner } from '../../src/cli/harvest-child.js';
import { startServer } from '../../src/cli/commands/serve.js';
import { loadConfig } from '../../src/harvest/config.js';
import type { JobReport } from '../../src/harvest/report.js';
import { thisProcess } from '../../src/harvest/lock.js';
import type { RunnerEvents, RunnerSignals } from '../../src/harvest/scheduler.js';
import { openCatalogue } from '../../src/search/catalogue.js';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';
import { CLI } from '../helpers/cli.js';
import { writeCkanSources } from '../helpers/sources-yaml.js';

let portals: SimulatedPortals;
let dir: string;
let config: string;

beforeAll(async () => {
  portals = await startSimulatedPortals({ portals: ['city'], records: 30 });
  dir = mkdtempSync(join(tmpdir(), 'federa-harvest-child-'));
  config = join(dir, 'sources.yaml');
  const city = portals.portals[0]!;
  writeCkanSources(config, [city], { extra: ['    schedule: manual'] });
});
afterAll(async () => {
  await portals?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Stop and abort at once. */
function signalsOf(controller: AbortController): RunnerSignals {
  return { stop: controller.signal, abort: controller.signal };
}

function recorder() {
  const started: string[] = [];
  const ended: JobReport[] = [];
  const events: RunnerEvents = { onJobStart: (id) => started.push(id), onJobEnd: (r) => ended.push(r) };
  return { started, ended, events };
}

/** A stand-in for the CLI: a script that says it saved a job, writes to stderr, then does `then`. */
function fakeCli(name: string, then: string): string {
  const saved = { event: 'saved', report: { id: 'city-job-7', sourceId: 'demo-city', mode: 'full', status: 'running', startedAt: '2026-01-01T00:00:00.000Z', counts: {}, problems: [], problemsOmitted: 0, complete: false } };
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, `process.stdout.write(${JSON.stringify(`${JSON.stringify(saved)}\n`)});\nprocess.stderr.write('the child says goodbye\\n');\n${then}\n`);
  return file;
}

describe('childHarvestRunner', () => {
  it('harvests the sources in a child process on the same database: reports, saved job ids, events, log', async () => {
    const db = join(dir, 'child.db');
    const log: string[] = [];
    const saved: JobReport[] = [];
    const run = childHarvestRunner({ cli: CLI, configFile: config, db, lang: 'en', log: (l) => log.push(l), onJobSaved: (r) => saved.push(r) });
    const { started, ended, events } = recorder();
    const reports = await run(['demo-city'], 'full', signalsOf(new AbortController()), events);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ sourceId: 'demo-city', mode: 'full', status: 'succeeded', counts: { seen: 30, added: 30 } });
    expect(started).toEqual(['demo-city']);
    expect(ended.map((r) => r.id)).toEqual([reports[0]!.id]);
    expect(saved[0]).toMatchObject({ id: reports[0]!.id, status: 'running' });
    expect(log.join('\n')).toContain('demo-city: started');
    const catalogue = openCatalogue({ path: db });
    try {
      expect(await catalogue.store.countDatasets()).toBe(30);
      expect((await catalogue.store.jobs('demo-city', 1))[0]).toMatchObject({ id: reports[0]!.id, status: 'succeeded' });
    } finally {
      await catalogue.close();
    }
  });

  it('turns a child that dies into a failed job, stored in place of the running one, with its last words', async () => {
    const stored: JobReport[] = [];
    const log: string[] = [];
    const run = childHarvestRunner({ cli: fakeCli('dies', 'process.exit(3);'), configFile: config, db: join(dir, 'unused.db'), lang: 'en', log: (l) => log.push(l), saveJob: async (r) => void stored.push(r) });
    const { ended, events } = recorder();
    const reports = await run(['demo-city', 'other'], 'incremental', signalsOf(new AbortController()), events);
    expect(reports.map((r) => [r.sourceId, r.status])).toEqual([['demo-city', 'failed'], ['other', 'failed']]);
    expect(reports[0]).toMatchObject({ id: 'city-job-7', error: expect.stringContaining('exit code 3') });
    expect(reports[0]!.error).toContain('the child says goodbye');
    expect(reports[0]!.finishedAt).toBeDefined();
    expect(reports[1]!.id).toMatch(/^other-unsaved-/);
    // Only the job the child had saved is stored again (as failed); the other never existed there.
    expect(stored.map((r) => [r.id, r.status])).toEqual([['city-job-7', 'failed']]);
    expect(ended).toHaveLength(2);
    expect(log).toContain('the child says goodbye');
  });

  it('stops the child with SIGTERM when aborted, and SIGKILL when it will not stop', async () => {
    const abort = new AbortController();
    const saved: JobReport[] = [];
    const stubborn = fakeCli('stubborn', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000);");
    const run = childHarvestRunner({ cli: stubborn, configFile: config, db: join(dir, 'unused.db'), lang: 'fr', log: () => {}, onJobSaved: (r) => saved.push(r), killAfterMs: 200 });
    const pending = run(['demo-city'], 'full', signalsOf(abort), recorder().events);
    await expect.poll(() => saved.length).toBe(1);
    abort.abort();
    const [report] = await pending;
    expect(report).toMatchObject({ id: 'city-job-7', status: 'failed', error: expect.stringContaining('SIGKILL') });
    const polite = childHarvestRunner({ cli: fakeCli('polite', 'setInterval(() => {}, 1000);'), configFile: config, db: join(dir, 'unused.db'), lang: 'en', log: () => {} });
    const again = new AbortController();
    const second = polite(['demo-city'], 'full', signalsOf(again), recorder().events);
    setTimeout(() => again.abort(), 300);
    expect((await second)[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('SIGTERM') });
  });

  it('makes up no job for a source another run holds: the child says so and saves nothing', async () => {
    const db = join(dir, 'locked.db');
    const catalogue = openCatalogue({ path: db });
    const at = new Date().toISOString();
    // This test process, alive, holds the source.
    const held = await catalogue.store.acquireLock({ sourceId: 'demo-city', jobId: 'other-run', owner: thisProcess(), at, staleBefore: '2000-01-01T00:00:00.000Z', ownerGone: () => false });
    expect(held.acquired).toBe(true);
    await catalogue.close();
    const log: string[] = [];
    const saved: JobReport[] = [];
    const run = childHarvestRunner({ cli: CLI, configFile: config, db, lang: 'en', log: (l) => log.push(l), onJobSaved: (r) => saved.push(r) });
    const { ended, events } = recorder();
    expect(await run(['demo-city'], 'full', signalsOf(new AbortController()), events)).toEqual([]);
    expect(ended).toEqual([]);
    expect(saved).toEqual([]);
    expect(log.join('\n')).toContain('other-run');
  });
});

describe('startServer with child harvests', () => {
  it('answers 202 with the job the child saved, 409 while it runs, and serves what it harvested', async () => {
    const db = join(dir, 'serve.db');
    const catalogue = openCatalogue({ path: db });
    const made = newToken();
    await catalogue.store.createToken({ id: made.id, role: 'admin', hash: hashToken(made.token), createdAt: new Date().toISOString() });
    // Every source already harvested once, so the server starts no harvest of its own.
    await catalogue.store.saveJob({ id: 'old', sourceId: 'demo-city', mode: 'full', status: 'failed', startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', counts: { seen: 0, added: 0, updated: 0, unchanged: 0, withdrawn: 0, skippedByLicence: 0, skippedByFilter: 0, failed: 0 }, problems: [], problemsOmitted: 0, complete: false });
    const server = await startServer(catalogue, loadConfig(config), { host: '127.0.0.1', port: 0, lang: 'en', childHarvests: { cli: CLI, db } });
    try {
      const post = () => fetch(`${server.url}/api/v1/sources/demo-city/harvest`, { method: 'POST', headers: { authorization: `Bearer ${made.token}`, 'content-type': 'application/json' }, body: '{"mode":"full"}' });
      const first = await post();
      expect(first.status).toBe(202);
      const { job } = (await first.json()) as { job: string };
      expect(job).not.toBe('old');
      expect((await post()).status).toBe(409);
      await expect.poll(async () => ((await (await fetch(`${server.url}/api/v1/jobs/${job}`)).json()) as { status: string }).status, { timeout: 20_000 }).toBe('succeeded');
      await expect.poll(async () => ((await (await fetch(`${server.url}/api/v1/datasets?size=0`)).json()) as { total: number }).total).toBe(30);
    } finally {
      await server.stop();
      await catalogue.close();
    }
  });
});
