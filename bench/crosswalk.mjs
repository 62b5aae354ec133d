// Crosswalk benchmark: the derivation time of each portal kind's crosswalk from its specimens,
// then completeness over a synthetic catalogue (10,000 records by default) and the whole report
// (cold, then from its cache).
//   npx tsc -p tsconfig.build.json && node bench/crosswalk.mjs [records]
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus } from './search-corpus.mjs';

const { KIND_INPUTS } = await import('../dist/standards/crosswalk/kinds.js');
const { crosswalkOf, CrosswalkService } = await import('../dist/standards/crosswalk/report.js');
const { measureCompleteness } = await import('../dist/standards/crosswalk/completeness.js');
const { openCatalogue } = await import('../dist/search/catalogue.js');

const ms = (start) => `${(performance.now() - start).toFixed(0)} ms`;

for (const input of KIND_INPUTS) {
  const { settings, items } = await input.specimens();
  const start = performance.now();
  const crosswalk = crosswalkOf(settings, items);
  console.log(`crosswalk ${input.kind.padEnd(13)} ${String(items.length).padStart(3)} specimens  ${String(crosswalk.rows.length).padStart(4)} rows  ${ms(start)}`);
}

const total = Number(process.argv[2] ?? 10_000);
const path = join(tmpdir(), `federa-bench-crosswalk-${process.pid}.db`);
const clean = () => ['', '-wal', '-shm'].forEach((s) => rmSync(path + s, { force: true }));
clean();
const record = makeCorpus();
const catalogue = openCatalogue({ path });
try {
  for (let i = 0; i < total; i += 1000) {
    const batch = [];
    for (let k = i; k < Math.min(total, i + 1000); k++) batch.push(record(k));
    await catalogue.store.write(batch);
  }
  for (let run = 1; run <= 2; run++) {
    const start = performance.now();
    const c = await measureCompleteness(catalogue.store.activeRecords(), new Map());
    console.log(`completeness over ${c.records} records (run ${run}): ${ms(start)}, ${c.bySource.length} sources, ${c.byJurisdiction.length} jurisdictions`);
  }
  const service = new CrosswalkService(catalogue.store);
  let start = performance.now();
  await service.report();
  console.log(`whole report, cold (every kind, completeness): ${ms(start)}`);
  start = performance.now();
  await service.report();
  console.log(`whole report, cached: ${ms(start)}`);
} finally {
  await catalogue.close();
  clean();
}
