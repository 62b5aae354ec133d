// Kills `federa harvest --full` with SIGKILL at seeded-random moments (FEDERA_CRASH_SEED to
// replay): after each kill the store passes its integrity check and every stored record is one
// the portals serve, whole; then one uninterrupted harvest gives the very catalogue (datasets,
// states, clusters of copies) that an uninterrupted run into an empty database gives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfigInput } from '../../src/cli/commands/demo.js';
import { openCatalogue } from '../../src/search/catalogue.js';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';
import { runCli } from '../helpers/cli.js';
import { startCli } from './helpers.js';
import { seededRandom } from '../helpers/seeded-random.js';

const KILLS = 20;
const SEED = Number(process.env.FEDERA_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));


let portals: SimulatedPortals;
let dir: string;
let config: string;

beforeAll(async () => {
  // Two portals, one republishing some of the other's records: clusters of copies form.
  portals = await startSimulatedPortals({ portals: ['federal', 'quebec'], records: { federal: 900, quebec: 700 } });
  dir = mkdtempSync(join(tmpdir(), 'federa-sigkill-'));
  config = join(dir, 'sources.yaml');
  writeFileSync(config, JSON.stringify({ ...demoConfigInput(portals.portals), harvest: { pageSize: 100, retries: 0, concurrency: 2 } }));
});
afterAll(async () => {
  await portals?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Row {
  id: string;
  state: string;
  record: string;
  raw: string | null;
  cluster: number | null;
  rank: number | null;
}

/** Every dataset as a canonical line: id, state, record (its harvest time left out), raw record,
 * and its cluster told by its members' ids (cluster numbers differ between databases). */
function dump(db: string): Map<string, { record: string; cluster: string }> {
  const connection = new Database(db, { readonly: true });
  const rows = connection
    .prepare<[], Row>(
      `SELECT d.id, d.state, r.record, w.raw, d.cluster, d.cluster_rank AS rank FROM datasets d
         JOIN dataset_records r ON r.doc = d.doc LEFT JOIN dataset_raw w ON w.doc = d.doc ORDER BY d.id`,
    )
    .all();
  connection.close();
  const members = new Map<number, { id: string; rank: number }[]>();
  for (const row of rows) if (row.cluster !== null) members.set(row.cluster, [...(members.get(row.cluster) ?? []), { id: row.id, rank: row.rank ?? -1 }]);
  const lines = new Map<string, { record: string; cluster: string }>();
  for (const row of rows) {
    const record = JSON.parse(row.record) as { provenance: { harvestedAt?: string } };
    delete record.provenance.harvestedAt;
    const cluster = row.cluster === null ? 'alone' : members.get(row.cluster)!.sort((a, b) => a.rank - b.rank).map((m) => m.id).join(' > ');
    lines.set(row.id, { record: JSON.stringify([row.state, record, row.raw === null ? null : JSON.parse(row.raw)]), cluster });
  }
  return lines;
}

async function checkIntegrity(db: string): Promise<void> {
  const catalogue = openCatalogue({ path: db });
  try {
    const report = await catalogue.store.checkIntegrity();
    expect(report.problems).toEqual([]);
  } finally {
    await catalogue.close();
  }
}

describe('SIGKILL during federa harvest --full', () => {
  it(`leaves a sound store every time, and converges (seed ${SEED})`, async () => {
    process.stdout.write(`SIGKILL test seed: ${SEED} (FEDERA_CRASH_SEED=${SEED} to replay)\n`);
    const next = seededRandom(SEED);
    const reference = join(dir, 'reference.db');
    const began = Date.now();
    const fresh = await runCli(['harvest', '--full', '--config', config, '--db', reference]);
    expect(fresh.code, fresh.stderr).toBe(0);
    const window = Date.now() - began;
    const expected = dump(reference);
    expect(expected.size).toBeGreaterThan(1200);
    expect([...expected.values()].some((line) => line.cluster !== 'alone')).toBe(true);

    const db = join(dir, 'killed.db');
    let midRun = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const run = startCli(['harvest', '--full', '--config', config, '--db', db]);
      // Runs after the first ones have less to do (unchanged records are skipped): moments early in the window.
      await new Promise((r) => setTimeout(r, Math.floor(next() * window * 0.6)));
      const wasRunning = run.child.exitCode === null;
      run.child.kill('SIGKILL');
      const { signal } = await run.exited;
      if (wasRunning && signal === 'SIGKILL') midRun++;
      await checkIntegrity(db);
      // No half-written record: each stored one is, field for field, what the portals serve
      // (its cluster may still lack the copies not harvested yet).
      const partial = [...dump(db)].filter(([id, line]) => line.record !== expected.get(id)?.record).map(([id]) => id);
      expect(partial, `after kill ${kill + 1}`).toEqual([]);
    }
    process.stdout.write(`${midRun} of ${KILLS} kills landed while the harvest ran\n`);
    expect(midRun).toBeGreaterThan(0);

    const last = await runCli(['harvest', '--full', '--config', config, '--db', db]);
    expect(last.code, last.stderr).toBe(0);
    await checkIntegrity(db);
    const converged = dump(db);
    expect(converged.size).toBe(expected.size);
    const differing = [...expected].filter(([id, line]) => converged.get(id)?.record !== line.record || converged.get(id)?.cluster !== line.cluster).map(([id]) => id);
    expect(differing).toEqual([]);
  }, 300_000);
});
