// Issue 7's "Done when", end to end with the built CLI and `federa serve`: a collisions file written
// here (no other test has it: semicolons, Windows-1252, French place names) with wrong types, a
// missing column and a duplicated key gets exactly those errors with their rows; two
// jurisdictions' differently shaped files merge into one valid table; the crosswalk lists every
// configured source, harvested or not.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfigInput } from '../../src/cli/commands/demo.js';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';
import type { ValidationReport } from '../../src/standards/validate/report.js';
import { runCli } from '../helpers/cli.js';
import { startServeProcess } from '../helpers/serve-process.js';

// Gatineau-style collisions: no `weather` column; row 3's fatalities "une", row 4's date 2024-13-02,
// row 6 repeats row 2's id. Everything else conforms.
const COLLISIONS = [
  'collision_id;collision_date;collision_time;location_description;ward;latitude;longitude;severity;fatalities;injuries;serious_injuries;vehicles;pedestrian_involved;cyclist_involved;motorcyclist_involved;heavy_vehicle_involved;collision_type;road_surface;light;speed_limit',
  'GAT-2023-0001;2023-01-09;07:55:00;Boulevard Saint-Raymond et rue Bériault;Hull–Wright;45.4440;-75.7420;minor-injury;0;1;0;2;false;false;false;false;rear-end;snow;dawn-dusk;50',
  'GAT-2023-0002;2023-02-14;18:20:00;Rue Principale près de l’école;Aylmer;45.3955;-75.8440;fatal;une;0;0;1;true;false;false;false;pedestrian;wet;dark-lit;40',
  'GAT-2023-0003;2024-13-02;12:05:00;Autoroute 50, sortie Montée Paiement;Masson-Angers;45.5310;-75.4900;property-damage-only;0;0;0;3;false;false;false;true;sideswipe;dry;daylight;100',
  'GAT-2023-0004;2023-05-30;16:40:00;Boulevard Maloney et rue Main;Pointe-Gatineau;45.4880;-75.6960;serious-injury;0;2;1;2;false;true;false;false;turning;dry;daylight;60',
  'GAT-2023-0001;2023-06-02;22:10:00;Chemin d’Aylmer et rue Vanier;Deschênes;45.4150;-75.8000;injury;0;1;0;2;false;false;true;false;angle;wet;dark-unlit;70',
].join('\r\n');

const EXAMPLES = resolve(import.meta.dirname, '../../examples/merge');

let dir: string;
let portals: SimulatedPortals;
let serve: ChildProcess | undefined;
const db = () => join(dir, 'federa.db');
const sourceNames: Array<{ en: string; fr: string }> = [];
const sourceIds: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'federa-standards-e2e-'));
  portals = await startSimulatedPortals({ portals: ['federal', 'city'], records: { federal: 20, city: 15 } });
  const config = demoConfigInput(portals.portals) as { sources: Array<{ id: string; url: string; name: { en: string; fr: string } }> };
  // One more source that has never answered: configured, so the crosswalk lists it all the same.
  const never = { ...config.sources[0]!, id: 'yukon-never', name: { en: 'Yukon (never harvested)', fr: 'Yukon (jamais moissonné)' }, url: 'http://127.0.0.1:9/', jurisdiction: { level: 'territorial', code: 'CA-YT' } };
  const sources = [...config.sources, never];
  for (const s of sources) [sourceIds.push(s.id), sourceNames.push(s.name)];
  writeFileSync(join(dir, 'sources.yaml'), JSON.stringify({ ...config, sources, harvest: { retries: 0, timeout: '5s' } }));
  const harvest = await runCli(['harvest', '--config', join(dir, 'sources.yaml'), '--db', db(), '--full', '--source', ...config.sources.map((s) => s.id)]);
  expect(harvest.code, harvest.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  serve?.kill('SIGTERM');
  await portals?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function startServe(): Promise<string> {
  const started = await startServeProcess(join(dir, 'sources.yaml'), db());
  serve = started.child;
  return started.url;
}

describe('issue 7, done when', () => {
  it('gives an unseen collisions file exactly its missing column, wrong types and duplicated key, with their rows', async () => {
    const file = join(dir, 'collisions-gatineau.csv');
    writeFileSync(file, Buffer.from(COLLISIONS, 'latin1'));
    const run = await runCli(['validate', file, '--schema', 'traffic-collisions', '--json']);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as ValidationReport;
    expect(report.encoding).toBe('windows-1252');
    expect(report.delimiter).toBe(';');
    expect(report.stats.rows).toBe(5); // data rows, the header apart
    expect(report.errors.map((e) => [e.type, e.rowNumber, e.fieldName, e.cell ?? null])).toEqual([
      ['missing-label', 1, 'weather', null],
      ['type-error', 3, 'fatalities', 'une'],
      ['type-error', 4, 'collision_date', '2024-13-02'],
      ['primary-key-error', 6, 'collision_id', 'GAT-2023-0001'],
    ]);
    expect(report.errors[3]!.note).toContain('row 2');
    // The same in French, one line per error naming its row.
    const french = await runCli(['validate', file, '--schema', 'traffic-collisions', '--lang', 'fr']);
    expect(french.code).toBe(1);
    expect(french.stdout).toMatch(/ligne 6/i);
  });

  it('merges two jurisdictions’ differently shaped files into one valid standardized table', async () => {
    const output = join(dir, 'permits.csv');
    const reportFile = join(dir, 'permits-report.json');
    const run = await runCli(['standards', 'merge', '--schema', 'building-permits', join(EXAMPLES, 'laval.yaml'), join(EXAMPLES, 'calgary.yaml'), '--output', output, '--report', reportFile]);
    expect(run.code, run.stderr).toBe(0);
    const rows = parse(readFileSync(output, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((r) => r.jurisdiction))).toEqual(new Set(['CA-QC-laval', 'CA-AB-calgary']));
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { validation: ValidationReport };
    expect(report.validation.valid).toBe(true);
    expect(report.validation.stats.rows).toBe(rows.length);
  });

  it('lists every configured source on the crosswalk pages and in its API', async () => {
    const base = await startServe();
    for (const lang of ['en', 'fr'] as const) {
      const page = await (await fetch(`${base}/${lang}/crosswalk`)).text();
      for (const name of sourceNames) expect(page, `${lang}: ${name[lang]}`).toContain(name[lang].replace(/'/g, '&#39;'));
    }
    const api = (await (await fetch(`${base}/api/v1/crosswalk`)).json()) as { sources: Array<{ id: string }> };
    expect(api.sources.map((s) => s.id).sort()).toEqual([...sourceIds].sort());
  }, 120_000);
});
