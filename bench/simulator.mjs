// Benchmark of the CKAN portal simulator (run `npx tsc -p tsconfig.build.json` first).
// 1. Generation: packages generated and serialized per second on one core, per profile, beside
//    a baseline that only serializes packages already made (the floor any server pays).
// 2. Serving: a 100,000-record federal portal in its own process, paged through with
//    `package_search?rows=1000&sort=id asc` as a harvester does, records per second received.
// Usage: node bench/simulator.mjs [--records 100000] [--sample 20000]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist/sources/ckan/simulator');
const { generatePackage, GeneratedCatalogue } = await import(`${dist}/index.js`);

const { values } = parseArgs({ options: { records: { type: 'string', default: '100000' }, sample: { type: 'string', default: '20000' } } });
const RECORDS = Number(values.records);
const SAMPLE = Number(values.sample);

function rate(count, ms) {
  return Math.round((count / ms) * 1000);
}

function generation(profile) {
  for (let i = 0; i < 2000; i++) JSON.stringify(generatePackage(profile, i)); // warm-up
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < SAMPLE; i++) bytes += Buffer.byteLength(JSON.stringify(generatePackage(profile, i)));
  const generatedMs = performance.now() - started;

  const made = Array.from({ length: 2000 }, (_, i) => generatePackage(profile, i));
  const baselineStart = performance.now();
  for (let i = 0; i < SAMPLE; i++) JSON.stringify(made[i % made.length]);
  const baselineMs = performance.now() - baselineStart;
  return {
    profile,
    packagesPerSecond: rate(SAMPLE, generatedMs),
    serializeOnlyPerSecond: rate(SAMPLE, baselineMs),
    meanBytes: Math.round(bytes / SAMPLE),
    megabytesPerSecond: Math.round((bytes / 1e6 / generatedMs) * 1000),
  };
}

function catalogueBuild() {
  const started = performance.now();
  const catalogue = new GeneratedCatalogue({ profile: 'federal', records: RECORDS });
  const ms = performance.now() - started;
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  return { records: catalogue.count(), buildMs: Math.round(ms), heapUsedMb: heapMb };
}

async function serving() {
  const child = spawn(process.execPath, [resolve(dist, 'main.js'), '--records', `federal=${RECORDS}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const line = await new Promise((done, fail) => {
      createInterface({ input: child.stdout }).once('line', done);
      child.once('exit', (code) => fail(new Error(`simulator exited with ${code}`)));
    });
    const [portal] = JSON.parse(line).portals;
    const started = performance.now();
    let received = 0;
    let bytes = 0;
    let waitMs = 0;
    const ids = new Set();
    for (let start = 0; ; start += 1000) {
      const asked = performance.now();
      const response = await fetch(`${portal.url}/api/3/action/package_search?q=*:*&sort=id+asc&rows=1000&start=${start}`);
      // Decoding the bytes with Buffer is several times faster than undici's response.text().
      const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
      waitMs += performance.now() - asked;
      bytes += Buffer.byteLength(text);
      const { result } = JSON.parse(text);
      for (const pkg of result.results) ids.add(pkg.id);
      received += result.results.length;
      if (result.results.length < 1000) break;
    }
    const ms = performance.now() - started;
    if (ids.size !== RECORDS || received !== RECORDS) throw new Error(`received ${received} records, ${ids.size} distinct, expected ${RECORDS}`);
    return {
      records: received,
      seconds: Math.round(ms / 100) / 10,
      recordsPerSecond: rate(received, ms),
      megabytes: Math.round(bytes / 1e6),
      // Time the client spent waiting for and receiving pages; the rest is its own parsing.
      waitingSeconds: Math.round(waitMs / 100) / 10,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

const results = {
  node: process.version,
  generation: ['federal', 'quebec', 'city'].map(generation),
  catalogue: catalogueBuild(),
  serving: await serving(),
};

for (const g of results.generation) {
  console.log(
    `generate+serialize ${g.profile.padEnd(7)} ${String(g.packagesPerSecond).padStart(7)} packages/s  (${g.megabytesPerSecond} MB/s, mean ${g.meanBytes} B; serialize only: ${g.serializeOnlyPerSecond}/s)`,
  );
}
console.log(`catalogue of ${results.catalogue.records} records (ids, types, dates) built in ${results.catalogue.buildMs} ms; heap ${results.catalogue.heapUsedMb} MB`);
console.log(
  `served ${results.serving.records} records (${results.serving.megabytes} MB) in ${results.serving.seconds} s: ${results.serving.recordsPerSecond} records/s over loopback, fetched and parsed (${results.serving.waitingSeconds} s waiting for and receiving pages)`,
);
mkdirSync(resolve(root, 'bench/out'), { recursive: true });
writeFileSync(resolve(root, 'bench/out/simulator.json'), `${JSON.stringify(results, null, 2)}\n`);
