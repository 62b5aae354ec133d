// Web benchmark (after `npm run build`): the issue's page targets at 100,000 datasets, over HTTP
// against `federa serve` running in its own process, like bench/run.mjs.
//  1. The catalogue: the simulated CKAN portals (bench/run.mjs's catalogue) served by a separate
//     process and harvested by `federa harvest --full`; or an existing database (--db, kept).
//  2. Search page server time: p50/p95/max of GET /en|fr/search over the 50 queries of
//     bench/search-corpus.mjs (words, phrases, OR, exclusions, facets, sorts, pages), measured
//     from request to last byte on loopback, after a JIT warm-up on other queries; one pass with
//     nothing cached, then three more.
//  3. Bytes of each page type (HTML, and HTML with its stylesheet and script: the page before
//     images), in both languages.
// Usage: node bench/web.mjs [--records 100000] [--db PATH [--config sources.yaml]] [--passes 3]
// (bench/run.mjs calls it with the catalogue it harvested.)
// Prints figures; asserts nothing. Results also go to bench/out/web.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, startSimulatorProcess } from './lib/processes.mjs';
import { QUERIES, WARM_UP } from './search-corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli/main.js');
const simulator = resolve(root, 'dist/sources/ckan/simulator/main.js');
const { values } = parseArgs({ options: { records: { type: 'string', default: '100000' }, db: { type: 'string' }, config: { type: 'string' }, passes: { type: 'string', default: '3' } } });
const records = Number(values.records);
const passes = Number(values.passes);

async function startSimulator() {
  const { child, ready } = await startSimulatorProcess(simulator, ['--records', String(records), '--cache', '--warm']);
  return { child, portals: ready.portals };
}

/** The portals as a sources.yaml; `manual` so that the server never harvests during the benchmark. */
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
      ...(p.profile === 'federal' ? ['    priority: 200'] : []),
      '    schedule: manual',
      '    allowPrivateNetwork: true',
    );
  }
  return `${lines.join('\n')}\n`;
}

function runCli(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: '1', FEDERA_LANG: 'en' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(stderr) : reject(new Error(`federa ${args.join(' ')} exited with ${code}:\n${stderr}`))));
  });
}

/** Harvests the simulated portals into `db` unless it already holds a catalogue; returns the config path. */
async function catalogueAt(db) {
  if (values.config) return resolve(values.config);
  const config = `${db}.sources.yaml`;
  if (existsSync(db) && existsSync(config)) return config;
  const { child, portals } = await startSimulator();
  try {
    writeFileSync(config, configFor(portals));
    const started = performance.now();
    await runCli(['harvest', '--config', config, '--db', db, '--full']);
    console.log(`harvested ${fmt(records)} records in ${fmt((performance.now() - started) / 1000, 1)} s`);
  } finally {
    child.kill('SIGTERM');
  }
  return config;
}

function startServe(db, config) {
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--config', config, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, FEDERA_LANG: 'en' } });
  return new Promise((resolvePromise, reject) => {
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
      const url = /(http:\/\/[^\s)]+)/.exec(stderr)?.[1];
      if (url) resolvePromise({ child, url: url.replace(/\/$/, '') });
    });
    child.once('exit', (code) => reject(new Error(`federa serve exited with ${code}:\n${stderr}`)));
  });
}

/** The search page's path and query for a request of the search corpus (the API's parameter names). */
function searchPath(request) {
  const lang = request.lang ?? 'en';
  const params = new URLSearchParams();
  if (request.q) params.append('q', request.q);
  for (const [key, list] of Object.entries(request.filters ?? {})) for (const value of list) params.append(key, value);
  for (const key of ['sort', 'page', 'modifiedFrom', 'modifiedTo']) if (request[key] !== undefined) params.append(key, String(request[key]));
  const query = params.toString();
  return `/${lang}/${lang === 'fr' ? 'recherche' : 'search'}${query ? `?${query}` : ''}`;
}

async function timedGet(url) {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength };
}

const pct = (list, p) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil(p * list.length) - 1)];
const stats = (list) => ({ p50: pct(list, 0.5), p95: pct(list, 0.95), max: Math.max(...list) });
const line = (s) => `p50 ${fmt(s.p50, 1)} ms, p95 ${fmt(s.p95, 1)} ms, max ${fmt(s.max, 1)} ms`;

async function searchTimes(base) {
  for (const request of WARM_UP) await timedGet(base + searchPath(request));
  const runs = [];
  for (let pass = 0; pass <= passes; pass++) {
    const run = [];
    for (const request of QUERIES) {
      const r = await timedGet(base + searchPath(request));
      if (r.status !== 200) throw new Error(`${searchPath(request)}: status ${r.status}`);
      run.push(r);
    }
    runs.push(run);
  }
  const cold = runs[0];
  const steady = runs.slice(1).flat();
  const slowest = cold.map((r, i) => ({ ms: r.ms, path: searchPath(QUERIES[i]) })).sort((a, b) => b.ms - a.ms).slice(0, 5);
  return { queries: QUERIES.length, passes, cold: stats(cold.map((r) => r.ms)), steady: stats(steady.map((r) => r.ms)), slowest, maxBytes: Math.max(...steady.map((r) => r.bytes)) };
}

/** Bytes of a page: its HTML, and with the stylesheets and scripts it links (counted once each). */
async function pageWeight(base, path) {
  const response = await fetch(base + path);
  const html = await response.text();
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]*href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]);
  let assetBytes = 0;
  for (const asset of new Set(assets)) assetBytes += (await timedGet(new URL(asset, base + path).href)).bytes;
  const htmlBytes = Buffer.byteLength(html);
  return { path, status: response.status, htmlBytes, totalBytes: htmlBytes + assetBytes };
}

/** One path per page type and language, found through the API (a dataset, a job). */
async function pageTypes(base) {
  const api = async (path) => (await fetch(base + path)).json();
  const listing = await api('/api/v1/datasets?size=100&sort=modified');
  const sources = await api('/api/v1/sources');
  const job = sources.results.map((s) => s.lastJob?.id).find(Boolean);
  const newest = listing.results[0]?.id;
  const types = [];
  for (const lang of ['en', 'fr']) {
    const slug = (en, fr) => (lang === 'en' ? en : fr);
    types.push(
      ['home', `/${lang}/`],
      ['search (no words, all facets)', `/${lang}/${slug('search', 'recherche')}`],
      ['search (words)', `/${lang}/${slug('search', 'recherche')}?q=${encodeURIComponent(slug('water', 'eau'))}`],
      ['search (no result)', `/${lang}/${slug('search', 'recherche')}?q=zzqxv`],
      ['search (page 50)', `/${lang}/${slug('search', 'recherche')}?page=50`],
      ['sources', `/${lang}/sources`],
      ['404', `/${lang}/${slug('nowhere', 'nulle-part')}`],
    );
    if (newest) types.push(['dataset (newest)', `/${lang}/${slug('datasets', 'jeux-de-donnees')}/${encodeURIComponent(newest)}`]);
    if (job) types.push(['job', `/${lang}/${slug('jobs', 'moissonnages')}/${encodeURIComponent(job)}`]);
  }
  const out = [];
  for (const [type, path] of types) out.push({ type, ...(await pageWeight(base, path)) });
  // The heaviest of 100 dataset pages.
  let heaviest = { totalBytes: 0 };
  for (const r of listing.results) {
    const weight = await pageWeight(base, `/en/datasets/${encodeURIComponent(r.id)}`);
    if (weight.totalBytes > heaviest.totalBytes) heaviest = weight;
  }
  out.push({ type: 'dataset (heaviest of 100)', ...heaviest });
  return out;
}

const keep = values.db !== undefined;
const dir = keep ? dirname(resolve(values.db)) : mkdtempSync(join(tmpdir(), 'federa-bench-web-'));
const db = keep ? resolve(values.db) : join(dir, 'federa.db');
mkdirSync(dir, { recursive: true });
const results = { machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version } };
try {
  const config = await catalogueAt(db);
  const started = performance.now();
  const { child, url } = await startServe(db, config);
  try {
    results.startSeconds = (performance.now() - started) / 1000;
    const health = await (await fetch(`${url}/health`)).json();
    results.datasets = health.datasets;
    console.log(`federa serve: ${fmt(health.datasets)} datasets, listening after ${fmt(results.startSeconds, 1)} s`);
    results.search = await searchTimes(url);
    const s = results.search;
    console.log(`search page over ${fmt(health.datasets)} datasets, ${s.queries} queries (request to last byte): first pass ${line(s.cold)}; ${passes} more passes ${line(s.steady)}; largest ${fmt(s.maxBytes)} bytes`);
    console.log(`slowest first-pass pages: ${s.slowest.map((x) => `${x.path} ${fmt(x.ms, 1)} ms`).join('; ')}`);
    results.pages = await pageTypes(url);
    for (const p of results.pages) console.log(`${p.type.padEnd(30)} ${p.path.slice(0, 60).padEnd(60)} ${String(p.status).padEnd(4)} HTML ${fmt(p.htmlBytes).padStart(8)} B, with CSS and JS ${fmt(p.totalBytes).padStart(8)} B`);
  } finally {
    child.kill('SIGTERM');
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
mkdirSync(resolve(root, 'bench/out'), { recursive: true });
writeFileSync(resolve(root, 'bench/out/web.json'), `${JSON.stringify(results, null, 2)}\n`);
