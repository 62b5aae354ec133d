// Benchmark of the csw kind (run `npm run build` first): the simulated Federal Geospatial
// Platform CSW in a child process, `federa harvest --full` of it in another, records/s end to end
// (fetch, stream-parse the ISO 19139 XML, map, hash, store, index) and the harvest process's peak
// RSS, at several catalogue sizes (memory must stay flat as the catalogue grows).
// Usage: node bench/kind-csw.mjs [--sizes 20000,100000]
// Prints figures; asserts nothing. Results also go to bench/out/kind-csw.json.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, startSimulatorProcess, timedCli as timedCliOf } from './lib/processes.mjs';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli/main.js');
const simulator = resolve(root, 'dist/sources/csw/simulator/main.js');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '20000,100000' } } });
const sizes = values.sizes.split(',').map(Number);

async function startSimulator(records) {
  const { child, ready } = await startSimulatorProcess(simulator, ['--records', String(records)]);
  return { child, portal: ready.portals[0] };
}

function configFor(p) {
  const q = (s) => JSON.stringify(s);
  return [
    'sources:',
    `  - id: ${p.id}`,
    `    name: { en: ${q(p.name.en)}, fr: ${q(p.name.fr)} }`,
    '    type: csw',
    `    url: ${p.url}`,
    `    jurisdiction: ${q(p.jurisdiction)}`,
    `    publisher: ${q(p.publisher)}`,
    `    primaryLanguage: ${p.primaryLanguage}`,
    `    options: ${q(p.options)}`,
    '    allowPrivateNetwork: true',
    '',
  ].join('\n');
}

/** Runs the CLI; returns wall time and the child's peak RSS (VmHWM from /proc). */
const timedCli = (args) => timedCliOf(cli, args);

async function countRecords(db) {
  const { default: Database } = await import('better-sqlite3');
  const handle = new Database(db, { readonly: true });
  try {
    const tables = handle.prepare("select name from sqlite_master where type = 'table'").all().map((t) => t.name);
    const table = tables.includes('datasets') ? 'datasets' : tables.find((t) => /dataset/.test(t));
    return table ? handle.prepare(`select count(*) as n from ${table}`).get().n : undefined;
  } finally {
    handle.close();
  }
}

const results = [];
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), 'federa-bench-csw-'));
  const { child, portal } = await startSimulator(size);
  try {
    const config = join(work, 'sources.yaml');
    const db = join(work, 'federa.db');
    writeFileSync(config, configFor(portal));
    const run = await timedCli(['harvest', '--config', config, '--db', db, '--full']);
    const stored = await countRecords(db).catch(() => undefined);
    const result = {
      records: size,
      stored,
      seconds: Math.round(run.ms / 100) / 10,
      recordsPerSecond: Math.round(size / (run.ms / 1000)),
      peakRssMb: Math.round(run.peakMb),
      dbMb: Math.round(statSync(db).size / 1e6),
    };
    results.push(result);
    console.log(`${size} records: ${result.seconds} s = ${result.recordsPerSecond} records/s, peak RSS ${result.peakRssMb} MB, ${stored ?? '?'} stored, database ${result.dbMb} MB`);
  } finally {
    child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}
mkdirSync(resolve(root, 'bench/out'), { recursive: true });
writeFileSync(resolve(root, 'bench/out/kind-csw.json'), `${JSON.stringify({ node: process.version, at: new Date().toISOString(), results }, null, 2)}\n`);
