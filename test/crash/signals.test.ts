// SIGTERM and SIGINT during `federa harvest` and `federa serve`, two harvests of one source at
// once, and `federa store check`: the built CLI against a slowed-down simulated CKAN portal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobReport } from '../../src/harvest/report.js';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';
import { runCli } from '../helpers/cli.js';
import { activeCount, peek, startCli, until, writeSources } from './helpers.js';

const RECORDS = 400;
const PAGE = 20;
let portals: SimulatedPortals;
let dir: string;
let config: string;
let n = 0;

beforeAll(async () => {
  // Slow enough that a harvest of 20 pages is still going when the signal comes.
  portals = await startSimulatedPortals({ portals: ['city'], records: RECORDS, latencyMs: 250 });
  dir = mkdtempSync(join(tmpdir(), 'federa-signals-'));
  config = writeSources(dir, portals.portals[0]!, PAGE);
});
afterAll(async () => {
  await portals?.close();
  rmSync(dir, { recursive: true, force: true });
});

const newDb = () => join(dir, `federa-${++n}.db`);
const SOURCE = 'demo-city';

function lastJob(db: string): JobReport {
  const row = peek<{ report: string }>(db, `SELECT report FROM jobs WHERE source_id = '${SOURCE}' ORDER BY started_at DESC, rowid DESC LIMIT 1`);
  if (!row) throw new Error('no job');
  return JSON.parse(row.report) as JobReport;
}

describe('a signal during federa harvest', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s: the page in hand is written, the job saved as interrupted, the lock released, exit %i', { timeout: 120_000 }, async (signal, exitCode) => {
    const db = newDb();
    const run = startCli(['harvest', '--full', '--config', config, '--db', db]);
    await until(() => activeCount(db) >= 2 * PAGE, 'two pages written');
    run.child.kill(signal);
    const { code } = await run.exited;
    expect(run.stderr()).toContain(`${signal}: stopping at the end of the current page`);
    expect(code).toBe(exitCode);
    const job = lastJob(db);
    expect(job).toMatchObject({ status: 'failed', interrupted: true, complete: false });
    expect(job.counts.withdrawn).toBe(0);
    expect(job.error).toMatch(new RegExp(`^interrupted by ${signal} after ${job.pages} page\\(s\\) and ${job.counts.added} record\\(s\\) written; nothing was withdrawn$`));
    // Every record listed was written: the run stopped at a page boundary, not inside a page.
    expect(job.pages).toBeGreaterThanOrEqual(2);
    expect(job.counts.added).toBe(job.counts.seen);
    expect(job.counts.added).toBeLessThan(RECORDS);
    expect(activeCount(db)).toBe(job.counts.added);
    expect(peek<{ n: number }>(db, 'SELECT count(*) AS n FROM harvest_locks')?.n).toBe(0);
    const check = await runCli(['store', 'check', '--db', db]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/: sound .*: \d+ active/);
  });

  it('aborts a fetch that does not end within the grace period', { timeout: 120_000 }, async () => {
    const slow = await startSimulatedPortals({ portals: ['city'], records: 50, latencyMs: 60_000 });
    const slowConfig = writeSources(mkdtempSync(join(dir, 'slow-')), slow.portals[0]!, PAGE);
    const db = newDb();
    try {
      const run = startCli(['harvest', '--full', '--config', slowConfig, '--db', db], { FEDERA_STOP_GRACE_MS: '300' });
      await until(() => peek<{ n: number }>(db, "SELECT count(*) AS n FROM jobs WHERE status = 'running'")?.n === 1, 'the job to start');
      run.child.kill('SIGTERM');
      // The portal would answer in a minute: the test's own time-out would fail first.
      expect((await run.exited).code).toBe(143);
      expect(lastJob(db)).toMatchObject({ status: 'failed', interrupted: true, pages: 0 });
      expect(lastJob(db).error).toMatch(/^interrupted by SIGTERM after 0 page\(s\)/);
    } finally {
      await slow.close();
    }
  });
});

describe('two harvests of one source at once', () => {
  it('the second does not start and says who holds the source, in English and French; after a crash the lock is taken over', async () => {
    // A portal of its own, made to hang once the first harvest is under way, so that it holds the lock.
    const big = await startSimulatedPortals({ portals: ['city'], records: 600, latencyMs: 50 });
    const config = writeSources(mkdtempSync(join(dir, 'big-')), big.portals[0]!, PAGE);
    const db = newDb();
    const first = startCli(['harvest', '--full', '--config', config, '--db', db]);
    await until(() => activeCount(db) >= PAGE, 'the first harvest to be under way');
    big.portals[0]!.server.settings.latencyMs = 600_000;
    const holder = peek<{ job_id: string; pid: number }>(db, 'SELECT job_id, pid FROM harvest_locks');
    expect(holder?.pid).toBe(first.child.pid);
    const second = await runCli(['harvest', '--config', config, '--db', db]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`demo-city: not started: another run holds its harvest lock (job ${holder!.job_id}, process`);
    expect(second.stderr).toContain(`:${first.child.pid}, since`);
    const french = await runCli(['harvest', '--config', config, '--db', db], { FEDERA_LANG: 'fr' });
    expect(french.stderr).toContain('demo-city : non commencée : une autre exécution détient son verrou de moissonnage');
    // Only one job was ever created.
    expect(peek<{ n: number }>(db, 'SELECT count(*) AS n FROM jobs')?.n).toBe(1);
    // Killed outright: its lock and its running job stay behind, and the next run takes over.
    first.child.kill('SIGKILL');
    await first.exited;
    big.portals[0]!.server.settings.latencyMs = 0;
    expect(lastJob(db).status).toBe('running');
    const after = await runCli(['harvest', '--full', '--config', config, '--db', db]);
    expect(after.code).toBe(0);
    expect(after.stderr).toMatch(/1 job\(s\) left running by a process that is gone marked failed \(interrupted\)/);
    const jobs = new Database(db, { readonly: true });
    const statuses = jobs.prepare<[], { status: string; report: string }>('SELECT status, report FROM jobs ORDER BY started_at').all();
    jobs.close();
    expect(statuses.map((s) => s.status)).toEqual(['failed', 'succeeded']);
    expect((JSON.parse(statuses[0]!.report) as JobReport).error).toMatch(/^interrupted: its process .*:\d+ is gone$/);
    expect(activeCount(db)).toBe(600);
    await big.close();
  }, 120_000);
});

describe('federa store check', () => {
  it('says a store is broken, in English and French, and exits 1', { timeout: 120_000 }, async () => {
    const db = newDb();
    const harvested = await runCli(['harvest', '--full', '--config', writeSources(mkdtempSync(join(dir, 'quick-')), portals.portals[0]!, 200), '--db', db]);
    expect(harvested.code, harvested.stderr).toBe(0);
    const sound = await runCli(['store', 'check', '--db', db], { FEDERA_LANG: 'fr' });
    expect(sound.code).toBe(0);
    expect(sound.stdout).toContain(`: intègre (vérification d’intégrité SQLite et invariants de Federa) : ${RECORDS} jeu(x) de données actif(s)`);
    const raw = new Database(db);
    raw.exec("UPDATE dataset_records SET record = substr(record, 1, 40) WHERE doc = 3; DELETE FROM dataset_text WHERE rowid = 5");
    raw.close();
    const broken = await runCli(['store', 'check', '--db', db]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(': BROKEN: 2 problem(s):');
    expect(broken.stdout).toMatch(/search-index: 1 active dataset without its search-index row/);
    expect(broken.stdout).toMatch(/records: 1 stored record that is not JSON/);
    const json = await runCli(['store', 'check', '--db', db, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false });
  });
});

describe('SIGTERM to federa serve', () => {
  it('stops the harvest in progress at a page boundary, saves it as interrupted and exits 0', { timeout: 120_000 }, async () => {
    const db = newDb();
    const serve = startCli(['serve', '--port', '0', '--config', config, '--db', db]);
    await until(() => activeCount(db) >= PAGE, 'the background harvest to be under way');
    serve.child.kill('SIGTERM');
    const { code } = await serve.exited;
    expect(code).toBe(0);
    const job = lastJob(db);
    expect(job).toMatchObject({ status: 'failed', interrupted: true });
    expect(job.error).toMatch(/^interrupted by SIGTERM after \d+ page\(s\)/);
    expect(activeCount(db)).toBe(job.counts.added);
    expect(peek<{ n: number }>(db, 'SELECT count(*) AS n FROM harvest_locks')?.n).toBe(0);
  });
});
