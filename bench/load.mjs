// Load benchmark (issue 5, after `npm run build`): many concurrent clients against `federa serve`
// over a large catalogue while the server harvests another portal, like bench/web.mjs.
//  1. The catalogue: the simulated CKAN portals harvested by `federa harvest --full` (or an existing
//     database, --db, reused and kept); the run works on a copy, so a reused catalogue stays as it was.
//  2. A second simulator (another seed) whose portals are new sources: after a warm-up, an admin
//     token adds them to the running server (PUT /api/v1/sources/{id}) and starts their harvest
//     (POST .../harvest), which the server runs in its `federa harvest` child process during the
//     load (--harvest separate: a `federa harvest` process started by the benchmark instead).
//  3. --clients clients, each one request at a time on keep-alive connections, for --seconds, over a
//     mix of API searches, web search pages (en and fr, with facets) and dataset pages (ids taken
//     from the catalogue); /health polled every second says whether the harvest ran throughout.
// Usage: node bench/load.mjs [--records 100000] [--clients 100] [--seconds 30] [--ramp-up 10 (seconds
//        of the same load before the measured ones, reported apart)] [--db PATH]
//        [--live-records N (default: --records)] [--harvest serve|separate|none (a baseline without harvest)]
//        [--cpu-prof DIR (the server's CPU profiles, written when it stops)]
// Prints requests, errors by kind, throughput, p50/p95/p99/max overall and per request type;
// asserts nothing. Results also go to bench/out/load.json.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, startSimulatorProcess } from './lib/processes.mjs';
import { QUERIES, WARM_UP } from './search-corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli/main.js');
const simulator = resolve(root, 'dist/sources/ckan/simulator/main.js');
const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    clients: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '30' },
    'ramp-up': { type: 'string', default: '10' },
    db: { type: 'string' },
    'live-records': { type: 'string' },
    harvest: { type: 'string', default: 'serve' },
    'cpu-prof': { type: 'string' },
  },
});
const records = Number(values.records);
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const rampUpSeconds = Number(values['ramp-up']);
const liveRecords = Number(values['live-records'] ?? values.records);
if (!['serve', 'separate', 'none'].includes(values.harvest)) throw new Error(`--harvest must be serve, separate or none, not ${values.harvest}`);

async function startSimulator(count, seed) {
  const { child, ready } = await startSimulatorProcess(simulator, ['--records', String(count), '--seed', String(seed), '--cache', '--warm']);
  return { child, portals: ready.portals };
}

/** A portal as a sources.yaml entry (JSON), for `PUT /api/v1/sources/{id}`. */
function sourceEntry(p, { prefix = '', schedule }) {
  return {
    name: { en: `${prefix}${p.name.en}`, fr: `${prefix}${p.name.fr}` },
    type: 'ckan',
    url: p.url,
    jurisdiction: p.jurisdiction,
    publisher: p.publisher,
    primaryLanguage: p.primaryLanguage,
    organizationJurisdictions: p.organizationJurisdictions,
    ...(p.profile === 'federal' ? { priority: 200 } : {}),
    ...(schedule ? { schedule } : {}),
    allowPrivateNetwork: true,
  };
}

/** Config lines of the portals; `prefix` gives the live portals ids of their own. */
function sourceLines(portals, { prefix = '', schedule }) {
  const q = (s) => JSON.stringify(s);
  return portals.flatMap((p) => [
    `  - id: ${prefix}${p.id}`,
    `    name: { en: ${q(`${prefix}${p.name.en}`)}, fr: ${q(`${prefix}${p.name.fr}`)} }`,
    '    type: ckan',
    `    url: ${p.url}`,
    `    jurisdiction: ${q(p.jurisdiction)}`,
    `    publisher: ${q(p.publisher)}`,
    `    primaryLanguage: ${p.primaryLanguage}`,
    `    organizationJurisdictions: ${q(p.organizationJurisdictions)}`,
    ...(p.profile === 'federal' ? ['    priority: 200'] : []),
    ...(schedule ? [`    schedule: ${schedule}`] : []),
    '    allowPrivateNetwork: true',
  ]);
}
const configText = (lines) => `${['harvest: { concurrency: 3 }', 'sources:', ...lines].join('\n')}\n`;

function runCli(args, { stdout = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'], env: { ...process.env, CI: '1', FEDERA_LANG: 'en' } });
    let stderr = '';
    let out = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout?.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(stdout ? out : stderr) : reject(new Error(`federa ${args.join(' ')} exited with ${code}:\n${stderr}`))));
  });
}

/** Harvests the simulated portals into `db` unless it already holds a catalogue; returns the catalogue's source lines. */
async function catalogueAt(db) {
  const config = `${db}.sources.yaml`;
  const portalsFile = `${db}.portals.json`;
  if (existsSync(db) && existsSync(portalsFile)) return JSON.parse(readFileSync(portalsFile, 'utf8'));
  const { child, portals } = await startSimulator(records, 1);
  try {
    writeFileSync(config, configText(sourceLines(portals, { schedule: 'manual' })));
    const started = performance.now();
    await runCli(['harvest', '--config', config, '--db', db, '--full']);
    console.log(`harvested ${fmt(records)} records in ${fmt((performance.now() - started) / 1000, 1)} s`);
    writeFileSync(portalsFile, JSON.stringify(portals));
  } finally {
    child.kill('SIGTERM');
  }
  return portals;
}

function startServe(db, config) {
  // FEDERA_RATE_LIMIT=0: the clients all come from loopback (exempt by default); say so explicitly.
  const profile = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', resolve(values['cpu-prof'])] : [];
  const child = spawn(process.execPath, [...profile, cli, 'serve', '--db', db, '--config', config, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, FEDERA_LANG: 'en', FEDERA_RATE_LIMIT: '0' } });
  return new Promise((resolvePromise, reject) => {
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
      const url = /(http:\/\/[^\s)]+)/.exec(stderr)?.[1];
      if (url) resolvePromise({ child, url: url.replace(/\/$/, ''), log: () => stderr, startedAt: performance.now() });
    });
    child.once('exit', (code) => reject(new Error(`federa serve exited with ${code}:\n${stderr}`)));
  });
}

function searchQuery(request, api) {
  const params = new URLSearchParams();
  if (request.q) params.append('q', request.q);
  if (api && request.lang) params.append('lang', request.lang);
  for (const [key, list] of Object.entries(request.filters ?? {})) for (const value of list) params.append(key, value);
  for (const key of ['sort', 'page', 'modifiedFrom', 'modifiedTo']) if (request[key] !== undefined) params.append(key, String(request[key]));
  if (api) params.append('size', '20');
  return params.toString();
}
const webSearch = (request) => {
  const lang = request.lang ?? 'en';
  const query = searchQuery(request, false);
  return `/${lang}/${lang === 'fr' ? 'recherche' : 'search'}${query ? `?${query}` : ''}`;
};
const apiSearch = (request) => `/api/v1/datasets?${searchQuery(request, true)}`;
const datasetPage = (id, lang) => `/${lang}/${lang === 'en' ? 'datasets' : 'jeux-de-donnees'}/${encodeURIComponent(id)}`;

/** Dataset ids spread over the catalogue: pages of 100 at several sorts and depths. */
async function datasetIds(base) {
  const ids = new Set();
  const pages = Math.max(1, Math.min(100, Math.floor(records / 100)));
  for (const sort of ['title', 'modified']) {
    for (let i = 0; i < 10; i++) {
      const page = 1 + Math.floor((i * pages) / 10);
      const response = await fetch(`${base}/api/v1/datasets?size=100&sort=${sort}&page=${page}`);
      if (!response.ok) throw new Error(`dataset ids: /api/v1/datasets page ${page}: status ${response.status}`);
      for (const r of (await response.json()).results) ids.add(r.id);
    }
  }
  return [...ids];
}

/** The request mix: 35% API search, 35% web search page, 30% dataset page; half English, half French. */
function requestMaker(ids) {
  let n = 0;
  return () => {
    n++;
    const roll = (n * 7919) % 100;
    const query = QUERIES[(n * 31) % QUERIES.length];
    if (roll < 35) return { type: 'api search', path: apiSearch(query) };
    if (roll < 70) return { type: query.lang === 'fr' ? 'web search fr' : 'web search en', path: webSearch(query) };
    const lang = n % 2 ? 'fr' : 'en';
    return { type: `dataset page ${lang}`, path: datasetPage(ids[(n * 104729) % ids.length], lang) };
  };
}

async function timedGet(url) {
  const started = performance.now();
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  } catch (error) {
    return { ms: performance.now() - started, network: error?.cause?.code ?? error?.code ?? error?.name ?? 'error' };
  }
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
function stats(list) {
  const sorted = Float64Array.from(list).sort();
  return { count: list.length, p50: pct(sorted, 0.5), p95: pct(sorted, 0.95), p99: pct(sorted, 0.99), max: sorted[sorted.length - 1] ?? 0 };
}
const line = (s) => `${fmt(s.count).padStart(7)} requests  p50 ${fmt(s.p50, 1).padStart(7)}  p95 ${fmt(s.p95, 1).padStart(7)}  p99 ${fmt(s.p99, 1).padStart(7)}  max ${fmt(s.max, 1).padStart(8)} ms`;

/** `clients` loops, each one request at a time until the deadline; returns every outcome. */
async function load(base, next, duration = seconds) {
  const outcomes = [];
  const started = performance.now();
  const deadline = started + duration * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const request = next();
      const at = performance.now() - started;
      outcomes.push({ type: request.type, path: request.path, at, ...(await timedGet(base + request.path)) });
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return { outcomes, elapsedMs: performance.now() - started };
}

/** Polls /health every second until stopped: whether some source was harvesting at each poll. */
function watchHarvest(base) {
  const polls = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        const health = await (await fetch(`${base}/health`)).json();
        polls.push({ at: Date.now(), harvesting: health.harvesting?.length > 0, datasets: health.datasets });
      } catch {
        polls.push({ at: Date.now(), harvesting: false, failed: true });
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  return { polls, stop: async () => ((stopped = true), await loop) };
}

const keep = values.db !== undefined;
const dir = keep ? dirname(resolve(values.db)) : mkdtempSync(join(tmpdir(), 'federa-bench-load-'));
const db = keep ? resolve(values.db) : join(dir, 'federa.db');
mkdirSync(dir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'federa-bench-load-run-'));
const results = { machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadBefore: loadavg() }, records, clients, seconds, liveRecords, harvest: values.harvest };
const children = [];
try {
  const portals = await catalogueAt(db);
  const runDb = join(work, 'federa.db');
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(db + suffix)) copyFileSync(db + suffix, runDb + suffix);
  // Dataset ids from the catalogue alone, before the harvest starts (a server of its own).
  const catalogueConfig = join(work, 'catalogue.yaml');
  writeFileSync(catalogueConfig, configText(sourceLines(portals, { schedule: 'manual' })));
  const first = await startServe(runDb, catalogueConfig);
  const ids = await datasetIds(first.url).finally(() => first.child.kill('SIGTERM'));
  await new Promise((r) => first.child.once('close', r));
  const live = values.harvest === 'none' ? undefined : await startSimulator(liveRecords, 2);
  if (live) children.push(live.child);
  const liveLines = live ? sourceLines(live.portals, { prefix: 'live-' }) : [];
  const config = join(work, 'sources.yaml');
  writeFileSync(config, configText(sourceLines(portals, { schedule: 'manual' })));
  // In-server harvest: an admin adds the live portals to the running server and starts their
  // harvest (its child process), as after a server has been up a while (warm).
  const admin = values.harvest === 'serve' ? (await runCli(['tokens', 'create', '--role', 'admin', '--name', 'bench', '--db', runDb], { stdout: true })).trim() : undefined;
  const serve = await startServe(runDb, config);
  children.push(serve.child);
  const base = serve.url;
  // JIT warm-up on queries outside the mix.
  for (const request of WARM_UP) await Promise.all([timedGet(base + webSearch(request)), timedGet(base + apiSearch(request))]);
  for (const id of ids.slice(0, 10)) await Promise.all([timedGet(base + datasetPage(id, 'en')), timedGet(base + datasetPage(id, 'fr'))]);
  if (admin && live) {
    const call = async (method, path, body) => {
      const response = await fetch(base + path, { method, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    };
    for (const p of live.portals) await call('PUT', `/api/v1/sources/live-${p.id}`, sourceEntry(p, { prefix: 'live-', schedule: 'manual' }));
    for (const p of live.portals) await call('POST', `/api/v1/sources/live-${p.id}/harvest`, { mode: 'full' });
  }
  let separate;
  if (values.harvest === 'separate') {
    const liveConfig = join(work, 'live.yaml');
    writeFileSync(liveConfig, configText(liveLines));
    const started = performance.now();
    separate = { running: true };
    separate.done = runCli(['harvest', '--config', liveConfig, '--db', runDb, '--full']).then(
      (stderr) => Object.assign(separate, { running: false, ms: performance.now() - started, tail: stderr.split('\n').slice(-4).join('\n') }),
      (error) => Object.assign(separate, { running: false, ms: performance.now() - started, error: String(error.message).slice(0, 500) }),
    );
  }
  const health = await (await fetch(`${base}/health`)).json();
  console.log(`federa serve: ${fmt(health.datasets)} datasets; ${live ? `live harvest of ${fmt(liveRecords)} records (${values.harvest === 'serve' ? 'by the server, in its child process' : 'separate process'})` : 'no harvest (baseline)'}; ${clients} clients for ${seconds} s; ${cpus().length} cores, load ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  const next = requestMaker(ids);
  console.log(`load starts ${fmt((performance.now() - serve.startedAt) / 1000, 1)} s after the server listened; health: ${JSON.stringify(await (await fetch(`${base}/health`)).json())}`);
  const watch = watchHarvest(base);
  if (rampUpSeconds > 0) {
    // The same clients and mix, not measured: the server's caches fill as on a server already up.
    const ramp = await load(base, next, rampUpSeconds);
    const failed = ramp.outcomes.filter((o) => o.network || o.status >= 400).length;
    const sorted = ramp.outcomes.map((o) => o.ms).sort((a, b) => a - b);
    results.rampUp = { seconds: rampUpSeconds, requests: sorted.length, errors: failed, p99: pct(sorted, 0.99), max: sorted.at(-1) };
    console.log(`ramp-up (not measured): ${fmt(sorted.length)} requests in ${rampUpSeconds} s, errors: ${failed}, p99 ${fmt(pct(sorted, 0.99), 1)} ms, max ${fmt(sorted.at(-1) ?? 0, 1)} ms`);
  }
  const separateAtStart = separate?.running;
  const { outcomes, elapsedMs } = await load(base, next);
  await watch.stop();
  const separateAtEnd = separate?.running;
  const polls = watch.polls;
  const inServer = values.harvest === 'serve';
  const ranThroughout = inServer ? polls.length > 0 && polls.every((p) => p.harvesting) : values.harvest === 'separate' ? Boolean(separateAtStart && separateAtEnd) : false;
  const errors = {};
  for (const o of outcomes) {
    const kind = o.network ? `network ${o.network}` : o.status >= 400 ? `status ${o.status}` : undefined;
    if (kind) errors[kind] = (errors[kind] ?? 0) + 1;
  }
  const byType = {};
  for (const o of outcomes) (byType[o.type] ??= []).push(o.ms);
  results.requests = outcomes.length;
  results.errors = errors;
  results.throughput = outcomes.length / (elapsedMs / 1000);
  results.overall = stats(outcomes.map((o) => o.ms));
  results.byType = Object.fromEntries(Object.entries(byType).map(([type, list]) => [type, stats(list)]));
  results.slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5).map((o) => ({ path: o.path, ms: o.ms, status: o.status ?? o.network }));
  const datasetsGrew = polls.length > 1 ? (polls.at(-1).datasets ?? 0) - (polls[0].datasets ?? 0) : 0;
  results.harvestDuringLoad = { ranThroughout, polls: polls.length, pollsHarvesting: polls.filter((p) => p.harvesting).length, datasetsAdded: datasetsGrew, ...(separate ? { separate: { ...separate, done: undefined } } : {}) };
  results.machine.loadAfter = loadavg();
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  console.log(`${fmt(outcomes.length)} requests in ${fmt(elapsedMs / 1000, 1)} s = ${fmt(results.throughput, 1)} requests/s; errors: ${errorCount}${errorCount ? ` (${Object.entries(errors).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`);
  console.log(`${'overall'.padEnd(16)} ${line(results.overall)}`);
  for (const [type, s] of Object.entries(results.byType).sort()) console.log(`${type.padEnd(16)} ${line(s)}`);
  // Over time: a stall (a blocked event loop, a checkpoint) shows as one slow window rather than a spread.
  const windowMs = Math.max(1000, Math.round((seconds * 1000) / 10));
  const windows = [];
  for (const o of outcomes) (windows[Math.floor(o.at / windowMs)] ??= []).push(o.ms);
  results.windows = [...windows].map((list, i) => ({ fromSeconds: (i * windowMs) / 1000, ...(list ? stats(list) : { count: 0 }) }));
  console.log(`by start time (${fmt(windowMs / 1000, 1)} s windows): ${results.windows.map((w) => `${fmt(w.fromSeconds, 1)} s: ${w.count} req${w.count ? ` p99 ${fmt(w.p99)} ms` : ''}`).join('; ')}`);
  console.log(`slowest: ${results.slowest.map((x) => `${x.path.slice(0, 70)} ${fmt(x.ms, 1)} ms`).join('; ')}`);
  if (live) console.log(
    `harvest during the load: ${ranThroughout ? 'ran throughout' : 'did NOT run throughout'} (${inServer ? `${results.harvestDuringLoad.pollsHarvesting}/${polls.length} health polls harvesting` : `separate process running at start: ${separateAtStart}, at end: ${separateAtEnd}`}; ${fmt(datasetsGrew)} datasets added meanwhile); load average after ${loadavg().map((n) => n.toFixed(2)).join(' ')}`,
  );
  if (separate?.error) console.log(`separate harvest failed: ${separate.error}`);
  const jobLines = serve.log().split('\n').filter((l) => /live-/.test(l));
  if (jobLines.length) console.log(`server log of the live harvest:\n  ${jobLines.slice(-6).join('\n  ')}`);
} finally {
  // Wait for them (up to 20 s): a server still writing its CPU profile must keep its stderr pipe.
  const exits = children.reverse().map((child) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r))));
  for (const child of children) child.kill('SIGTERM');
  await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, 20_000))]);
  rmSync(work, { recursive: true, force: true });
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
mkdirSync(resolve(root, 'bench/out'), { recursive: true });
writeFileSync(resolve(root, 'bench/out/load.json'), `${JSON.stringify(results, null, 2)}\n`);
