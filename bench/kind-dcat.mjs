// Benchmark of the dcat kind (run `npm run build` first): the simulated bilingual DCAT-AP
// catalogue in a child process (Turtle by content negotiation, Hydra pages of --page-size
// datasets), `federa harvest --full` of it in another: records/s end to end (fetch, stream-parse
// the RDF, group quads into datasets, map, hash, store, index) and the harvest process's peak RSS
// (VmHWM), at several catalogue sizes: memory must stay flat as the catalogue grows.
// Usage: node bench/kind-dcat.mjs [--sizes 20000,100000] [--page-size 500]
// Prints figures; asserts nothing. Results also go to bench/out/kind-dcat.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, startSimulatorProcess, timedCli as timedCliOf } from './lib/processes.mjs';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli/main.js');
const simulator = resolve(root, 'dist/sources/dcat/simulator/main.js');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '20000,100000' }, 'page-size': { type: 'string', default: '500' } } });
const sizes = values.sizes.split(',').map(Number);

async function startSimulator(records) {
  const { child, ready } = await startSimulatorProcess(simulator, ['--records', String(records), '--page-size', values['page-size']]);
  return { child, portal: ready.portals[0] };
}

function configFor(p) {
  const q = (s) => JSON.stringify(s);
  return [
    'sources:',
    `  - id: ${p.id}`,
    `    name: { en: ${q(p.name.en)}, fr: ${q(p.name.fr)} }`,
    '    type: dcat',
    `    url: ${q(p.url)}`,
    `    jurisdiction: ${q(p.jurisdiction)}`,
    `    publisher: ${q(p.publisher)}`,
    `    primaryLanguage: ${p.primaryLanguage}`,
    '    allowPrivateNetwork: true',
    '',
  ].join('\n');
}

/** Runs the CLI; returns wall time, CPU time and the child's peak RSS (VmHWM from /proc). */
const timedCli = (args) => timedCliOf(cli, args);

const results = { machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, pageSize: Number(values['page-size']), runs: [] };

for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'federa-bench-dcat-'));
  const db = join(dir, 'federa.db');
  const config = join(dir, 'sources.yaml');
  const { child, portal } = await startSimulator(size);
  try {
    writeFileSync(config, configFor(portal));
    const run = await timedCli(['harvest', '--config', config, '--db', db, '--full']);
    const added = Number(/(\d+) added/.exec(run.stderr)?.[1] ?? NaN);
    const again = await timedCli(['harvest', '--config', config, '--db', db, '--full']);
    const unchanged = Number(/(\d+) unchanged/.exec(again.stderr)?.[1] ?? NaN);
    const row = {
      records: size,
      added,
      seconds: run.ms / 1000,
      recordsPerSecond: added / (run.ms / 1000),
      harvestCpuSeconds: run.cpuSeconds,
      peakRssMb: run.peakMb,
      unchangedFullSeconds: again.ms / 1000,
      unchanged,
    };
    results.runs.push(row);
    console.log(
      `dcat ${fmt(size)} records (Turtle, pages of ${values['page-size']}): ${fmt(row.seconds, 1)} s = ${fmt(row.recordsPerSecond)} records/s ` +
        `(harvest CPU ${fmt(row.harvestCpuSeconds, 1)} s), peak RSS ${fmt(row.peakRssMb)} MB; unchanged full re-harvest ${fmt(row.unchangedFullSeconds, 1)} s (${fmt(unchanged)} unchanged)`,
    );
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(resolve(root, 'bench/out'), { recursive: true });
writeFileSync(resolve(root, 'bench/out/kind-dcat.json'), `${JSON.stringify(results, null, 2)}\n`);
