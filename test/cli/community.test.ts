// `federa community import|export|seed`, run as built: Canada's NAP 5 tracker schema imported from
// the recorded file, a progress CSV round trip, row-level problems and usage errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fixture, fixturesPresent } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-cli-community-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshDb = () => join(dir, `c-${++n}.db`);

interface ImportJson {
  format: string | null;
  saved: Record<string, { created: string[]; updated: string[]; unchanged: string[] }>;
  progress: { appended: number; unchanged: number };
  problems: { file: string; row?: number; column?: string; reason: { en: string; fr: string } }[];
}

async function importJson(db: string, file: string, ...args: string[]): Promise<{ code: number | null; body: ImportJson }> {
  const run = await runCli(['--db', db, 'community', 'import', file, '--json', ...args]);
  return { code: run.code, body: JSON.parse(run.stdout) as ImportJson };
}

// The built CLI starts a process per step; a loaded machine makes that slow, not wrong.
const SLOW = { timeout: 300_000 };

const HEADER = 'plan,reporting_period,commitments,milestones,indicators,status,progress_en,progress_fr,evidence_en,evidence_fr,challenges_en,challenges_fr';

describe.skipIf(!fixturesPresent)('federa community import (recorded NAP 5 tracker)', () => {
  it('imports the plan, commitments, milestones and indicators, and a second import adds nothing', SLOW, async () => {
    const db = freshDb();
    const first = await importJson(db, fixture('ogp', 'canada-nap5.yaml'));
    expect(first.body.format).toBe('nap-yaml');
    expect(first.body.saved.plan?.created).toEqual(['AP_CAN05']);
    expect(first.body.saved.commitment?.created.length).toBeGreaterThan(0);
    expect(first.body.saved.indicator?.created.length).toBeGreaterThan(10);
    // Problems name their file and row, and the exit code says there were some.
    for (const p of first.body.problems) expect(p.file).toBe('canada-nap5.yaml');
    expect(first.code).toBe(first.body.problems.length === 0 ? 0 : 1);
    const again = await importJson(db, fixture('ogp', 'canada-nap5.yaml'));
    for (const saved of Object.values(again.body.saved)) expect(saved.created).toEqual([]);
    expect(again.body.saved.indicator?.unchanged.length).toBe(first.body.saved.indicator?.created.length);
  });

  it('round-trips progress: an exported progress CSV imported again gives no new rows', SLOW, async () => {
    const db = freshDb();
    await importJson(db, fixture('ogp', 'canada-nap5.yaml'));
    const csv = join(dir, 'progress.csv');
    writeFileSync(
      csv,
      [
        HEADER,
        'AP_CAN05,2022-06,C01,C01.1,C01.1.1,SP,"- Drafted, with ""quotes""","- Rédigé, avec « guillemets »",https://example.ca/a,,,',
        'AP_CAN05,2022-06,C01,C01.1,C01.1.2,LP,- Started,- Commencé,,,Staffing,Personnel',
      ].join('\n'),
    );
    const imported = await importJson(db, csv);
    expect(imported.body.format).toBe('progress-csv');
    expect(imported.body.progress).toEqual({ appended: 2, unchanged: 0 });
    expect(imported.code).toBe(0);

    const exported = join(dir, 'exported.csv');
    const run = await runCli(['--db', db, 'community', 'export', '--type', 'progress', '--format', 'csv', '--output', exported]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('2 progress row(s)');
    expect(readFileSync(exported, 'utf8')).toContain('Rédigé, avec « guillemets »');
    const back = await importJson(db, exported);
    expect(back.body.progress).toEqual({ appended: 0, unchanged: 2 });
    expect(back.body.problems).toEqual([]);

    const json = await runCli(['--db', db, 'community', 'export', '--type', 'progress', '--format', 'json']);
    const rows = JSON.parse(json.stdout) as { indicator: string; recordedBy: string }[];
    expect(rows.map((r) => [r.indicator, r.recordedBy])).toEqual([
      ['AP_CAN05:C01.1.1', 'import:progress.csv'],
      ['AP_CAN05:C01.1.2', 'import:progress.csv'],
    ]);
  });
});

describe('federa community', () => {
  it('seeds Canada’s plans once, in English and French', SLOW, async () => {
    const db = freshDb();
    const first = await runCli(['--db', db, 'community', 'seed']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('plan: 4 added');
    const fr = await runCli(['--db', db, '--lang', 'fr', 'community', 'seed']);
    expect(fr.stdout).toContain('déjà tous là');
    const plans = await runCli(['--db', db, 'community', 'export', '--type', 'plan', '--format', 'json']);
    expect((JSON.parse(plans.stdout) as { id: string }[]).map((p) => p.id)).toEqual(['AP_CAN01', 'AP_CAN02', 'AP_CAN03', 'AP_CAN04']);
  });

  it('reports each bad row by its number, keeps the good ones and exits 1', SLOW, async () => {
    const db = freshDb();
    await runCli(['--db', db, 'community', 'seed']);
    const csv = join(dir, 'bad-progress.csv');
    writeFileSync(csv, [HEADER, 'AP_CAN04,2019-06,C10,C10.5,C10.5.1,SP,- Done,- Fait,,,,', 'AP_CAN04,2019-06,C10,C10.5,C10.5.2,ZZ,- Done,- Fait,,,,'].join('\n'));
    const run = await runCli(['--db', db, 'community', 'import', csv]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('progress: 1 new row(s)');
    expect(run.stderr).toMatch(/bad-progress\.csv, row 3/);
    const fr = await runCli(['--db', db, '--lang', 'fr', 'community', 'import', csv]);
    expect(fr.stderr).toMatch(/bad-progress\.csv, ligne 3/);
    expect(fr.stdout).toContain('déjà présente');
  });

  it('refuses an unknown format, type or file with a usage error (exit 2) and a file of no known format with exit 1', SLOW, async () => {
    const db = freshDb();
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'just some notes\n');
    const unknown = await runCli(['--db', db, 'community', 'import', notes]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown format');
    expect((await runCli(['--db', db, 'community', 'import', notes, '--format', 'xlsx'])).code).toBe(2);
    expect((await runCli(['--db', db, 'community', 'import', join(dir, 'missing.csv')])).code).toBe(2);
    const badType = await runCli(['--db', db, '--lang', 'fr', 'community', 'export', '--type', 'dataset']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('--type dataset');
  });
});
