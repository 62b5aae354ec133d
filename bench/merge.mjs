// Benchmark of `federa standards merge`'s merger (after `npm run build`): two generated
// jurisdictions' files (French: Windows-1252, semicolons, day-first dates, decimal commas, codes,
// WKT points; English: ISO date-times, split addresses) merged into one table, rows/s and peak RSS
// per size, each size in its own process so that memory does not carry over. The merged CSV goes
// to /dev/null; validation is measured by bench/validate.mjs.
// Usage: node bench/merge.mjs [--sizes 100000,500000]   (rows per jurisdiction). Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100000,500000' }, child: { type: 'string' } } });

const schema = {
  fields: [
    { name: 'permit_number', type: 'string' },
    { name: 'permit_type', type: 'string', categories: ['building', 'demolition', 'sign', 'other'] },
    { name: 'status', type: 'string', categories: ['issued', 'under-review', 'completed'] },
    { name: 'street_address', type: 'string' },
    { name: 'latitude', type: 'number' },
    { name: 'longitude', type: 'number' },
    { name: 'application_date', type: 'date' },
    { name: 'issued_date', type: 'date' },
    { name: 'estimated_cost', type: 'number' },
  ],
  primaryKey: ['permit_number'],
};

async function writeLines(path, header, count, line, encoding) {
  const out = createWriteStream(path);
  const write = async (text) => {
    if (!out.write(Buffer.from(text, encoding))) await once(out, 'drain');
  };
  await write(`${header}\r\n`);
  let batch = '';
  for (let i = 0; i < count; i++) {
    batch += `${line(i)}\r\n`;
    if (batch.length > 1 << 16) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch);
  out.end();
  await once(out, 'close');
}

async function child(dir, rows) {
  const { readMappingFile } = await import(resolve(root, 'dist/standards/merge/mapping-file.js'));
  const { prepareMerge, mergedCsv } = await import(resolve(root, 'dist/standards/merge/merger.js'));
  const { sourceOpener } = await import(resolve(root, 'dist/standards/merge/read-source.js'));
  const mappings = ['fr.yaml', 'en.yaml'].map((f) => readMappingFile(join(dir, f)));
  const open = sourceOpener();
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const prepared = await prepareMerge(mappings, schema, 'bench', open);
  const stats = [];
  const sink = createWriteStream('/dev/null');
  let bytes = 0;
  for await (const chunk of mergedCsv(prepared, schema, stats, { open })) {
    bytes += chunk.byteLength;
    if (!sink.write(chunk)) await once(sink, 'drain');
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  const written = stats.reduce((n, s) => n + s.rowsWritten, 0);
  const problems = stats.reduce((n, s) => n + s.problems.count, 0);
  process.stdout.write(`${JSON.stringify({ rows, written, problems, seconds, rowsPerSecond: Math.round(written / seconds), mbOut: bytes / 1e6, peakRssMb: peak / 1e6 })}\n`);
}

if (values.child) {
  const [dir, rows] = values.child.split(':');
  await child(dir, Number(rows));
} else {
  console.log('rows per jurisdiction | rows written | seconds | rows/s | MB out | peak RSS MB');
  for (const rows of values.sizes.split(',').map(Number)) {
    const dir = mkdtempSync(join(tmpdir(), 'federa-bench-merge-'));
    const codes = ['Construction', 'Démolition', 'Enseigne'];
    await writeLines(join(dir, 'fr.csv'), 'NO;TYPE;STATUT;NO_CIVIQUE;RUE;GEOM;DEMANDE;EMIS;COUT', rows, (i) =>
      `F-${i};${codes[i % 3]};${i % 2 ? 'Émis' : 'En analyse'};${i % 9000};rue des Érables;POINT (-73.${i % 9999} 45.${i % 7777});${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2024 09:1${i % 10};${String((i % 28) + 1).padStart(2, '0')}/1${i % 3}/2024 14:05;${i % 900} ${String(i % 1000).padStart(3, '0')},50`, 'latin1');
    await writeLines(join(dir, 'en.csv'), 'Num,Type,Status,House,Street,Lat,Lon,Applied,Issued,Cost', rows, (i) =>
      `E-${i},${i % 2 ? 'New Building' : 'Demolition'},${i % 2 ? 'Issued Permit' : 'Completed'},${i % 500},${i % 99} Avenue NW,51.0${i % 999},-114.0${i % 999},2024-0${(i % 9) + 1}-1${i % 10}T10:00:00,2024-1${i % 3}-0${(i % 9) + 1}T08:30:00,${i * 7}`, 'utf8');
    writeFileSync(join(dir, 'fr.yaml'), `standard: bench
jurisdiction: { code: CA-QC-a, level: municipal, name: { en: A, fr: A } }
source: fr.csv
encoding: windows-1252
delimiter: ";"
columns:
  permit_number: NO
  permit_type: { column: TYPE, codes: { Construction: building, Démolition: demolition, Enseigne: sign } }
  status: { column: STATUT, codes: { Émis: issued, En analyse: under-review } }
  street_address: { concat: [NO_CIVIQUE, RUE] }
  latitude: { column: GEOM, point: lat }
  longitude: { column: GEOM, point: lon }
  application_date: { column: DEMANDE, date: "DD/MM/YYYY HH:mm" }
  issued_date: { column: EMIS, date: "DD/MM/YYYY HH:mm" }
  estimated_cost: { column: COUT, number: { decimal: ",", group: " " } }
`);
    writeFileSync(join(dir, 'en.yaml'), `standard: bench
jurisdiction: { code: CA-AB-b, level: municipal, name: { en: B, fr: B } }
source: en.csv
columns:
  permit_number: Num
  permit_type: { column: Type, codes: { New Building: building, Demolition: demolition } }
  status: { column: Status, codes: { Issued Permit: issued, Completed: completed } }
  street_address: { concat: [House, Street] }
  latitude: Lat
  longitude: Lon
  application_date: { column: Applied, date: iso }
  issued_date: { column: Issued, date: iso }
  estimated_cost: { column: Cost, number: true }
`);
    const run = spawnSync(process.execPath, [import.meta.filename, '--child', `${dir}:${rows}`], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    if (run.status !== 0) {
      console.log(`${rows}: failed: ${run.stderr}`);
      continue;
    }
    const r = JSON.parse(run.stdout);
    console.log(`${rows} | ${r.written} | ${r.seconds.toFixed(1)} | ${r.rowsPerSecond} | ${r.mbOut.toFixed(1)} | ${r.peakRssMb.toFixed(0)}${r.problems ? ` (${r.problems} mapping problems)` : ''}`);
  }
}
