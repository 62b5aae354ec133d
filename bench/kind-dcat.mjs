// Benchmark of the dcat kind (run `npm run build` first): the simulated bilingual DCAT-AP
// catalogue in a child process (Turtle by content negotiation, Hydra pages of --page-size
// datasets), `federa harvest --full` of it in another: records/s end to end (fetch, stream-parse
// the RDF, group quads into datasets, map, hash, store, index) and the harvest process's peak RSS
// (VmHWM), at several catalogue sizes: memory must stay flat as the catalogue grows.
// Usage: node bench/kind-dcat.mjs [--sizes 20000,100000] [--page-size 500]
// Prints figures; asserts nothing. Results also go to bench/out/kind-dcat.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli/main.js');
const simulator = resolve(root, 'dist/sources/dcat/simulator/main.js');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '20000,100000' }, 'page-size': { type: 'string', default: '500' } } });
const sizes = values.sizes.split(',').map(Number);

function startSimulator(records) {
  const child = spawn(process.execPath, [simulator, '--records', String(records), '--page-size', values['page-size']], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolvePromise, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolvePromise({ child, portal: JSON.parse(line).portals[0] }));
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
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
function timedCli(args) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1', FEDERA_LANG: 'en' } });
    let peakKb = 0;
    let cpuTicks = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        cpuTicks = Number(stat[11] ?? 0) + Number(stat[12] ?? 0);
      } catch {}
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`federa ${args.join(' ')} exited with ${code}:\n${stderr}`));
      resolvePromise({ ms, cpuSeconds: cpuTicks / 100, peakMb: peakKb / 1024, stderr });
    });
  });
}

const fmt = (n, d = 0) => n.toLocaleString('en-CA', { maximumFractionDigits: d, minimumFractionDigits: d });
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
