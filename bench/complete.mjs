// Completion benchmark: the search benchmark's synthetic catalogue (100,000 records by default),
// then the time the completion index adds to loading the search columns, and the latency of
// GET /api/v1/suggest's function over a mix of prefixes in both languages.
//   npx tsc -p tsconfig.build.json && node bench/complete.mjs [records]
// Latencies: each prefix is completed 5 times after a warm-up; p50/p95/max over all calls.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus } from './search-corpus.mjs';

const { openCatalogue } = await import('../dist/search/catalogue.js');
const { CompletionIndex } = await import('../dist/search/completion/completion-index.js');
const { decodeFacts } = await import('../dist/store/sqlite/facts-codec.js');

const total = Number(process.argv[2] ?? 100_000);
const path = join(tmpdir(), `federa-bench-complete-${process.pid}.db`);
const clean = () => ['', '-wal', '-shm'].forEach((s) => rmSync(path + s, { force: true }));
clean();

const record = makeCorpus();
const writer = openCatalogue({ path });
for (let i = 0; i < total; i += 1000) {
  const batch = [];
  for (let k = i; k < Math.min(total, i + 1000); k++) batch.push(record(k));
  await writer.store.write(batch);
}
await writer.close();

// The completion index alone, fed the facts the change feed hands the search columns.
const db = new Database(path, { readonly: true });
const rows = db.prepare("SELECT doc, facts FROM datasets WHERE state = 'active'").all().map((r) => [r.doc, decodeFacts(r.facts)]);
db.close();
let t = performance.now();
const alone = new CompletionIndex();
for (const [doc, facts] of rows) alone.apply(doc, facts);
const buildMs = performance.now() - t;

const catalogue = openCatalogue({ path });
t = performance.now();
await catalogue.refresh();
const loadMs = performance.now() - t;

const prefixes = [
  ['en', ['w', 'wa', 'wat', 'water', 'water q', 'ro', 'roa', 'hos', 'hospital w', 'bu', 'bud', 'em', 'emi', 'sch', 'tr', 'tra', 'pop', 'cl', 'zz', 'qu']],
  ['fr', ['e', 'ea', 'eau', 'eau p', 'ro', 'rou', 'hô', 'hop', 'hôpitaux', 'bu', 'bud', 'éc', 'eco', 'tr', 'tra', 'po', 'pop', 'cl', 'zz', 'qu']],
];
for (const [lang, list] of prefixes) for (const q of list) await catalogue.complete({ q, lang });
const times = [];
for (let round = 0; round < 5; round++) {
  for (const [lang, list] of prefixes) {
    for (const q of list) {
      const start = performance.now();
      await catalogue.complete({ q, lang });
      times.push(performance.now() - start);
    }
  }
}
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
console.log(`records: ${total}`);
console.log(`completion index alone: built in ${buildMs.toFixed(0)} ms from ${rows.length} records' facts`);
console.log(`search columns with completion loaded in ${loadMs.toFixed(0)} ms`);
console.log(`complete(): p50 ${at(50).toFixed(2)} ms, p95 ${at(95).toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms over ${times.length} calls`);
for (const [lang, q] of [['en', 'wat'], ['fr', 'hôp']]) console.log(`  ${lang} "${q}":`, (await catalogue.complete({ q, lang })).map((c) => `${c.text} (${c.count})`).join(', '));
await catalogue.close();
clean();
