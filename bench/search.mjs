// Search benchmark: builds a store of synthetic records (100,000 by default) through the real
// store and document builder, then times 50 fixed queries with facets.
//   npx tsc -p tsconfig.build.json && node bench/search.mjs [records]
// Prints the indexing rate (store + analysis + FTS5), the time to load the in-memory search
// columns, query latencies and memory. Latencies: after a JIT warm-up on 10 other queries, each
// of the 50 queries is run once with no cached result ("first run"), then the mix is run three
// more times and each query's median kept ("steady"). Result caching is off throughout, so
// every search matches, filters, counts facets and renders hits.
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus, QUERIES, WARM_UP } from './search-corpus.mjs';

const { openCatalogue } = await import('../dist/search/catalogue.js');

const total = Number(process.argv[2] ?? 100_000);
const BATCH = 1000;
const path = join(tmpdir(), `federa-bench-search-${process.pid}.db`);
const clean = () => ['', '-wal', '-shm'].forEach((s) => rmSync(path + s, { force: true }));
clean();

const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

const record = makeCorpus();
let writer = openCatalogue({ path });
let writing = 0;
for (let i = 0; i < total; i += BATCH) {
  const batch = [];
  for (let k = i; k < Math.min(total, i + BATCH); k++) batch.push(record(k));
  const t = performance.now();
  await writer.store.write(batch);
  writing += performance.now() - t;
  sampleRss();
}
await writer.close();
console.log(`records: ${total}, database ${mb(statSync(path).size)}`);
console.log(`indexing (store + analysis + FTS5): ${Math.round(total / (writing / 1000))} records/s, peak RSS while writing ${mb(peakRss)}`);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
};

const catalogue = openCatalogue({ path, cacheEntries: 0 });
let t = performance.now();
await catalogue.search({ size: 0, q: 'zzzunmatched' }).catch(() => undefined);
console.log(`first search (loads the in-memory columns): ${(performance.now() - t).toFixed(0)} ms`);

for (const q of WARM_UP) await catalogue.search({ size: 20, ...q });

const run = async () => {
  const times = [];
  const totals = [];
  for (const query of QUERIES) {
    const start = performance.now();
    const response = await catalogue.search({ size: 20, ...query });
    times.push(performance.now() - start);
    totals.push(response.total);
    if (Object.keys(response.facets).length !== 10) throw new Error('facets missing');
  }
  return { times, totals };
};
const cold = await run();
sampleRss();
const passes = [await run(), await run(), await run()];
sampleRss();
const steady = QUERIES.map((_, i) => passes.map((p) => p.times[i]).sort((a, b) => a - b)[1]);
console.log(`50 queries with facets, first run: ${stats(cold.times)}`);
console.log(`50 queries with facets, steady (median of 3 more runs): ${stats(steady)}`);
const slowest = cold.times.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms).slice(0, 5);
console.log(`slowest first runs: ${slowest.map(({ ms, i }) => `${JSON.stringify(QUERIES[i].q)}${QUERIES[i].lang ? `/${QUERIES[i].lang}` : ''} ${ms.toFixed(1)} ms (${cold.totals[i]} hits)`).join('; ')}`);
console.log(`matches per query: median ${[...cold.totals].sort((a, b) => a - b)[25]}, max ${Math.max(...cold.totals)}`);
console.log(`RSS after queries ${mb(process.memoryUsage().rss)}, peak ${mb(peakRss)}`);
await catalogue.close();
clean();
