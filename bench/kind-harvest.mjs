// What the per-kind harvest benchmarks share (bench/kind-<kind>.mjs, after `npm run build`): a
// kind's simulator in a child process, `federa harvest --full` of its catalogue in another, and
// the harvest's records/s and peak RSS (VmHWM of its /proc status, polled).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fmt, startSimulatorProcess, timedCli as timedCliOf } from './lib/processes.mjs';

export const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli/main.js');

/** Starts `dist/<simulator>` with `args`; resolves with the child and the portal it describes. */
async function startSimulator(simulator, args) {
  const { child, ready } = await startSimulatorProcess(resolve(root, simulator), args);
  return { child, portal: ready };
}

function configFor(portal) {
  const q = (value) => JSON.stringify(value);
  return [
    'harvest: { concurrency: 1 }',
    'sources:',
    `  - id: ${portal.id}`,
    `    name: ${q(portal.name)}`,
    `    type: ${portal.type}`,
    `    url: ${portal.url}`,
    `    jurisdiction: ${q(portal.jurisdiction)}`,
    ...(portal.publisher ? [`    publisher: ${q(portal.publisher)}`] : []),
    `    primaryLanguage: ${portal.primaryLanguage}`,
    ...(portal.organizationJurisdictions ? [`    organizationJurisdictions: ${q(portal.organizationJurisdictions)}`] : []),
    ...(portal.options ? [`    options: ${q(portal.options)}`] : []),
    '    allowPrivateNetwork: true',
    '',
  ].join('\n');
}

/** Runs the CLI; resolves with wall time, the child's peak RSS and its stderr. */
const timedCli = (args) => timedCliOf(cli, args);


/** Harvests the simulated portal at each size and prints one line per size; returns the rows. */
export async function benchKind({ kind, simulator, simulatorArgs = [], sizes }) {
  console.log(`${kind}: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}; figures taken on a machine shared with other work`);
  const rows = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `federa-bench-${kind}-`));
    const { child, portal } = await startSimulator(simulator, ['--records', String(size), ...simulatorArgs]);
    try {
      const config = join(dir, 'sources.yaml');
      writeFileSync(config, configFor(portal));
      const run = await timedCli(['harvest', '--config', config, '--db', join(dir, 'federa.db'), '--full']);
      const added = [...run.stderr.matchAll(/(\d+) seen, (\d+) added/g)].reduce((n, m) => n + Number(m[2]), 0);
      const row = { kind, records: size, added, seconds: run.ms / 1000, recordsPerSecond: added / (run.ms / 1000), peakRssMb: run.peakMb };
      rows.push(row);
      console.log(`${kind} ${fmt(size)} records: ${fmt(added)} added in ${fmt(row.seconds, 1)} s = ${fmt(row.recordsPerSecond)} records/s, peak RSS of the harvest ${fmt(row.peakRssMb)} MB`);
      if (added !== size) console.log(`  (the catalogue held ${fmt(size)}; ${fmt(size - added)} were not added: see the job report)\n${run.stderr.split('\n').slice(-6).join('\n')}`);
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function sizesFrom(argv, fallback) {
  const at = argv.indexOf('--sizes');
  return at >= 0 && argv[at + 1] ? argv[at + 1].split(',').map(Number) : fallback;
}
