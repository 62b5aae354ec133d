// Benchmark of the datajson kind (after `npm run build`): the simulated provincial Hub's DCAT-US
// feed (one streamed document, reached through the legacy /data.json redirect) served by its own
// process, harvested by `federa harvest --full` in another: records/s end to end (fetch, stream
// parse, map, hash, store, index) and the harvest process's peak RSS (VmHWM), at several sizes:
// memory must not grow with the catalogue. Prints figures; asserts nothing.
// Usage: node bench/kind-datajson.mjs [--sizes 20000,100000]
// Also exports `runKindBench`, which bench/kind-arcgis-hub.mjs runs for its kind.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fmt, startSimulatorProcess, timedCli as timedCliOf } from './lib/processes.mjs';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli/main.js');

async function startSimulator(simulator, records) {
  const { child, ready } = await startSimulatorProcess(simulator, ['--records', String(records)]);
  return { child, portal: ready.portals[0] };
}

function configFor(p) {
  const q = (s) => JSON.stringify(s);
  return [
    'sources:',
    `  - id: ${p.id}`,
    `    name: ${q(p.name)}`,
    `    type: ${p.type}`,
    `    url: ${p.url}`,
    `    jurisdiction: ${q(p.jurisdiction)}`,
    `    publisher: ${q(p.publisher)}`,
    `    primaryLanguage: ${p.primaryLanguage}`,
    ...(p.options ? [`    options: ${q(p.options)}`] : []),
    '    allowPrivateNetwork: true',
    '',
  ].join('\n');
}

/** Runs the CLI; wall time and the child's peak RSS (VmHWM from /proc, polled). */
const timedCli = (args) => timedCliOf(cli, args);


export async function runKindBench(kind, simulator, sizes) {
  console.log(`${kind}: ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}; figures taken on a shared machine, under load`);
  const rows = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `federa-bench-${kind}-`));
    const { child, portal } = await startSimulator(simulator, size);
    try {
      const config = join(dir, 'sources.yaml');
      writeFileSync(config, configFor(portal));
      const run = await timedCli(['harvest', '--config', config, '--db', join(dir, 'federa.db'), '--full']);
      const added = [...run.stderr.matchAll(/(\d+) seen, (\d+) added/g)].reduce((n, m) => n + Number(m[2]), 0);
      const row = { kind, records: size, added, seconds: run.ms / 1000, recordsPerSecond: added / (run.ms / 1000), peakRssMb: run.peakMb };
      rows.push(row);
      console.log(`${kind} ${fmt(size)} records: ${fmt(added)} added in ${fmt(row.seconds, 1)} s = ${fmt(row.recordsPerSecond)} records/s, harvest peak RSS ${fmt(row.peakRssMb)} MB`);
      if (added !== size) console.log(`  (expected ${size} added; harvest said:\n${run.stderr.slice(-2000)})`);
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function sizesFromArgs() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '20000,100000' } } });
  return values.sizes.split(',').map(Number);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runKindBench('datajson', resolve(root, 'dist/sources/datajson/simulator/main.js'), sizesFromArgs());
}
