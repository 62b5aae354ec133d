// Federa's benchmark (`npm run bench`, after `npm run build`): the speed and memory targets,
// end to end, on generated CKAN portals served from loopback by a separate process.
//  1. Harvest: `federa harvest --full` of N records (fetch, parse, map, hash, store, index),
//     records/s and the harvest process's peak RSS, at several catalogue sizes (memory must not
//     grow with the catalogue).
//  2. Re-harvest of the unchanged catalogue: a full run (every record listed, hashed, compared)
//     and an incremental run (what `federa harvest` does by default), against the first run's time.
//  3. Search: p50/p95/max over a fixed mix of 50 queries with facets, over the largest catalogue.
//  4. The web pages over the largest catalogue (bench/web.mjs): search page time, page sizes.
// Usage: node bench/run.mjs [--sizes 25000,50000,100000] [--passes 3]
// Prints figures; asserts nothing. Results also go to bench/out/results.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, startSimulatorProcess, timedCli as timedCliOf } from './lib/processes.mjs';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli/main.js');
const simulator = resolve(root, 'dist/sources/ckan/simulator/main.js');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '25000,50000,100000' }, passes: { type: 'string', default: '3' } } });
const sizes = values.sizes.split(',').map(Number);
const passes = Number(values.passes);

async function startSimulator(records) {
  const { child, ready } = await startSimulatorProcess(simulator, ['--records', String(records), '--cache', '--warm']);
  return { child, portals: ready.portals };
}

function configFor(portals) {
  const q = (s) => JSON.stringify(s);
  const lines = ['harvest: { concurrency: 3 }', 'sources:'];
  for (const p of portals) {
    lines.push(
      `  - id: ${p.id}`,
      `    name: { en: ${q(p.name.en)}, fr: ${q(p.name.fr)} }`,
      '    type: ckan',
      `    url: ${p.url}`,
      `    jurisdiction: ${q(p.jurisdiction)}`,
      `    publisher: ${q(p.publisher)}`,
      `    primaryLanguage: ${p.primaryLanguage}`,
      `    organizationJurisdictions: ${q(p.organizationJurisdictions)}`,
      '    allowPrivateNetwork: true',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the CLI; returns wall time and the child's peak RSS (VmHWM from /proc). */
const timedCli = (args) => timedCliOf(cli, args);

const fixedQueries = [
  // one or two content words, English and French, with and without accents
  ['roads'], ['collisions'], ['water quality'], ['hospital'], ['budget'], ['elections'], ['population census'],
  ['schools'], ['transit'], ['air quality'], ['housing'], ['employment'], ['forest fires'], ['climate'],
  ['hôpitaux', 'fr'], ['hopital', 'fr'], ['qualité de l\'eau', 'fr'], ['routes', 'fr'], ['écoles', 'fr'], ['élections', 'fr'],
  ['budget municipal', 'fr'], ['transport en commun', 'fr'], ['logement', 'fr'], ['emploi', 'fr'], ['collisions routières', 'fr'],
  // syntax
  ['"water quality"'], ['"qualité de l\'eau"', 'fr'], ['roads -bridges'], ['parks OR recreation'], ['budget OR finances'],
  ['statistics'], ['statistiques', 'fr'], ['open data portal'], ['data'], ['données', 'fr'], ['annual report'], ['rapport annuel', 'fr'],
  // with filters
  ['roads', 'en', { jurisdictionLevel: ['municipal'] }], ['budget', 'fr', { jurisdictionLevel: ['provincial'] }],
  ['water', 'en', { format: ['CSV'] }], ['santé', 'fr', { open: ['true'] }], ['transport', undefined, { source: ['demo-federal'] }],
  ['environment', 'en', { subject: ['nature_and_environment'] }], ['', 'en', { jurisdictionLevel: ['municipal'] }],
  ['', 'fr', { format: ['CSV'], jurisdictionLevel: ['provincial'] }],
  // browsing: empty query, sorts
  [''], ['', 'fr'], ['roads', 'en', undefined, 'modified'], ['', 'en', undefined, 'title'], ['census', 'fr', undefined, 'modified'],
];

async function searchBench(db) {
  const { openCatalogue } = await import(resolve(root, 'dist/search/catalogue.js'));
  const catalogue = openCatalogue({ path: db });
  const requests = fixedQueries.map(([q, lang, filters, sort]) => ({ q, ...(lang ? { lang } : {}), ...(filters ? { filters } : {}), ...(sort ? { sort } : {}), size: 20 }));
  const openStart = performance.now();
  await catalogue.search({ q: '' }); // loads the in-memory facet columns
  const loadMs = performance.now() - openStart;
  // A server has run other queries before: warm the JIT on queries outside the mix.
  for (const q of ['forest', 'forêt', 'wildlife', 'taxes', '"open data"', 'bridges OR tunnels', 'santé publique', 'permits', 'énergie', 'tourism']) {
    await catalogue.search({ q, size: 20 });
  }
  const times = [];
  const cold = [];
  let totalHits = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const request of requests) {
      const t = performance.now();
      const response = await catalogue.search(request);
      const ms = performance.now() - t;
      times.push(ms);
      if (pass === 0) {
        cold.push(ms);
        totalHits += response.total;
      }
    }
  }
  await catalogue.close();
  const pct = (list, p) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(p * list.length))];
  return {
    queries: requests.length,
    passes,
    firstLoadMs: loadMs,
    p50: pct(times, 0.5),
    p95: pct(times, 0.95),
    max: Math.max(...times),
    coldP50: pct(cold, 0.5),
    coldP95: pct(cold, 0.95),
    coldMax: Math.max(...cold),
    meanHits: totalHits / requests.length,
    rssMb: process.memoryUsage().rss / 1048576,
  };
}

/** bench/web.mjs over the same catalogue: the web pages' times and sizes through `federa serve`. */
function webBench(db, config) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [resolve(root, 'bench/web.mjs'), '--db', db, '--config', config, '--passes', String(passes)], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`bench/web.mjs exited with ${code}`))));
  });
}

const results = { machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, harvest: [], search: undefined };

for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'federa-bench-'));
  const db = join(dir, 'federa.db');
  const config = join(dir, 'sources.yaml');
  const { child, portals } = await startSimulator(size);
  try {
    writeFileSync(config, configFor(portals));
    const first = await timedCli(['harvest', '--config', config, '--db', db, '--full']);
    const again = await timedCli(['harvest', '--config', config, '--db', db, '--full']);
    const incremental = await timedCli(['harvest', '--config', config, '--db', db]);
    const seen = [...first.stderr.matchAll(/(\d+) seen, (\d+) added/g)].reduce((n, m) => n + Number(m[2]), 0);
    const unchanged = [...again.stderr.matchAll(/(\d+) unchanged/g)].reduce((n, m) => n + Number(m[1]), 0);
    const row = {
      records: size,
      added: seen,
      harvestSeconds: first.ms / 1000,
      recordsPerSecond: seen / (first.ms / 1000),
      peakRssMb: first.peakMb,
      fullReharvestSeconds: again.ms / 1000,
      fullReharvestUnchanged: unchanged,
      fullReharvestRatio: again.ms / first.ms,
      incrementalReharvestSeconds: incremental.ms / 1000,
      incrementalRatio: incremental.ms / first.ms,
      peakRssReharvestMb: again.peakMb,
    };
    results.harvest.push(row);
    console.log(
      `harvest ${fmt(size)} records: ${fmt(row.harvestSeconds, 1)} s = ${fmt(row.recordsPerSecond)} records/s, peak RSS ${fmt(row.peakRssMb)} MB; ` +
        `unchanged full re-harvest ${fmt(row.fullReharvestSeconds, 1)} s (${fmt(row.fullReharvestRatio * 100)}% of the first), ` +
        `incremental ${fmt(row.incrementalReharvestSeconds, 1)} s (${fmt(row.incrementalRatio * 100)}%)`,
    );
    if (size === Math.max(...sizes)) {
      await webBench(db, config);
      results.search = { records: size, ...(await searchBench(db)) };
      const s = results.search;
      console.log(
        `search over ${fmt(size)} records, ${s.queries} queries × ${s.passes} passes with facets: p50 ${fmt(s.p50, 1)} ms, p95 ${fmt(s.p95, 1)} ms, max ${fmt(s.max, 1)} ms; ` +
          `first pass alone (no result cached): p50 ${fmt(s.coldP50, 1)} ms, p95 ${fmt(s.coldP95, 1)} ms, max ${fmt(s.coldMax, 1)} ms (columns loaded in ${fmt(s.firstLoadMs)} ms, RSS ${fmt(s.rssMb)} MB)`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(resolve(root, 'bench/out'), { recursive: true });
writeFileSync(resolve(root, 'bench/out/results.json'), `${JSON.stringify(results, null, 2)}\n`);
