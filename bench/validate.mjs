// CSV validation benchmark (issue 7, after `npm run build`): generates CSV files of realistic
// mixed types (integers, dates, datetimes, enums, numbers, booleans, emails, quoted text with
// commas, geopoints; one row in 20,000 has an error) in a temporary directory, then validates each
// in a child process of its own (so that peak RSS is the validation's alone) and prints rows/s,
// MB/s and peak RSS per size: memory should not grow with the size. It also times the parsing
// alone with the hand-written parser and with csv-parse, the choice the validator made.
// Each size is validated twice: with the primary key (whose fingerprints grow with the rows,
// 16 to 32 bytes each) and without any key kept, its heap capped (constant memory).
// Usage: node bench/validate.mjs [--sizes 100,1000 (MB)] [--keep]   Asserts nothing.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const dist = (p) => resolve(root, 'dist', p);

const SCHEMA = {
  fields: [
    { name: 'permit_id', type: 'integer', constraints: { required: true } },
    { name: 'issued', type: 'date', constraints: { minimum: '2000-01-01' } },
    { name: 'updated', type: 'datetime' },
    { name: 'province', type: 'string', constraints: { enum: ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] } },
    { name: 'value', type: 'number', constraints: { minimum: 0 } },
    { name: 'units', type: 'integer', constraints: { minimum: 0, maximum: 10000 } },
    { name: 'residential', type: 'boolean' },
    { name: 'contact', type: 'string', format: 'email' },
    { name: 'description', type: 'string', constraints: { maxLength: 200 } },
    { name: 'location', type: 'geopoint' },
  ],
  primaryKey: ['permit_id'],
};
const PROVINCES = SCHEMA.fields[3].constraints.enum;
const WORDS = ['garage', 'deck', 'addition', 'renovation', 'new dwelling', 'demolition', 'sign', 'pool', 'basement', 'commercial fit-up'];

function row(i) {
  const day = 1 + (i % 28);
  const month = 1 + (i % 12);
  const year = 2005 + (i % 20);
  const d = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const bad = i % 20_000 === 7;
  const id = i % 50_000 === 9 ? i - 1 : i; // a duplicated key now and then
  const desc = i % 3 === 0 ? `"${WORDS[i % 10]}, ${WORDS[(i >> 3) % 10]} ""phase ${i % 5}"""` : WORDS[i % 10];
  return `${id},${bad ? 'n/a' : d},${d}T${String(i % 24).padStart(2, '0')}:15:00Z,${PROVINCES[i % 13]},${(i % 997) * 13.5},${i % 300},${i % 2 ? 'true' : 'false'},permits${i % 40}@city.ca,${desc},"${-(60 + (i % 60)) - 0.123},${42 + (i % 20) + 0.5}"\n`;
}

function generate(path, megabytes) {
  const fd = openSync(path, 'w');
  writeSync(fd, `${SCHEMA.fields.map((f) => f.name).join(',')}\n`);
  const target = megabytes * 1024 * 1024;
  let written = 0;
  let i = 1;
  while (written < target) {
    let block = '';
    for (let k = 0; k < 10_000; k++) block += row(i++);
    written += writeSync(fd, block);
  }
  closeSync(fd);
  return i - 1;
}

/** In the child: validate (or only parse) the file and print one JSON line. */
async function child(mode, path, keys) {
  const started = performance.now();
  let rows = 0;
  if (mode === 'validate') {
    const { validateCsv } = await import(dist('standards/validate/validate.js'));
    const schema = keys ? SCHEMA : { ...SCHEMA, primaryKey: undefined };
    const report = await validateCsv(createReadStream(path, { highWaterMark: 1 << 20 }), schema, { schemaName: 'bench', sourceName: path, limitErrors: 100 });
    rows = report.stats.rows;
    process.stdout.write(`${JSON.stringify({ rows, errors: report.stats.errors, byType: report.stats.byType, seconds: (performance.now() - started) / 1000, ...usage() })}\n`);
    return;
  }
  if (mode === 'hand') {
    const { CsvParser } = await import(dist('standards/validate/csv-parser.js'));
    const parser = new CsvParser(',', { row: () => rows++, invalidBytes: () => {} });
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) parser.feed(chunk.toString('utf8'));
    parser.end();
  } else {
    const { parse } = await import('csv-parse');
    for await (const _ of createReadStream(path, { highWaterMark: 1 << 20 }).pipe(parse({ relax_column_count: true }))) rows++;
  }
  process.stdout.write(`${JSON.stringify({ rows, seconds: (performance.now() - started) / 1000, ...usage() })}\n`);
}

/** Peak RSS, and CPU seconds: on a shared machine rows per CPU second say more than rows per second. */
function usage() {
  const u = process.resourceUsage();
  return { rss: u.maxRSS * 1024, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 };
}

function runChild(mode, path, keys = true) {
  // Without keys the validation's heap must stay small whatever the size: capped at 32 MB (16 MB is
  // near a loaded Node's own baseline and failed at random), a growing heap fails the run.
  const heap = mode === 'validate' && !keys ? ['--max-old-space-size=32'] : [];
  const result = spawnSync(process.execPath, [...heap, import.meta.filename, '--child', mode, ...(keys ? [] : ['--no-keys']), path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const speed = (r, bytes) =>
  `${(r.rows / r.seconds).toFixed(0).padStart(7)} rows/s, ${(bytes / 1024 / 1024 / r.seconds).toFixed(1).padStart(5)} MB/s ` +
  `(${(r.rows / r.cpu).toFixed(0).padStart(7)} rows and ${(bytes / 1024 / 1024 / r.cpu).toFixed(1)} MB per CPU second), ${r.seconds.toFixed(1)} s, peak RSS ${mb(r.rss)} MB`;

async function main() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, keep: { type: 'boolean' }, child: { type: 'string' }, 'no-keys': { type: 'boolean' } }, allowPositionals: true });
  if (values.child) return child(values.child, process.argv.at(-1), !values['no-keys']);
  const dir = mkdtempSync(join(tmpdir(), 'federa-bench-validate-'));
  try {
    const sizes = values.sizes.split(',').map(Number);
    for (const size of sizes) {
      const path = join(dir, `permits-${size}.csv`);
      const t0 = performance.now();
      const generated = generate(path, size);
      const bytes = statSync(path).size;
      console.log(`\n${mb(bytes)} MB, ${generated.toLocaleString('en')} rows (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      if (size === sizes[0]) {
        for (const mode of ['hand', 'csv-parse']) {
          const r = runChild(mode, path);
          console.log(`  parse only, ${mode.padEnd(9)}: ${speed(r, bytes)}`);
        }
      }
      for (const keys of [true, false]) {
        const r = runChild('validate', path, keys);
        console.log(`  validate, ${keys ? 'with the primary key  ' : 'no key, 32 MB old heap'}: ${speed(r, bytes)}, errors ${JSON.stringify(r.byType)}`);
      }
      if (!values.keep) rmSync(path);
    }
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`files kept in ${dir}`);
  }
}

await main();
