// `federa standards merge` as a user runs it (the built CLI): the examples merged, the report, the
// exit codes, the bilingual summary, and nothing written over a good table when a mapping is bad.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { permitSchema } from './permit-schema.js';

const EXAMPLES = resolve(import.meta.dirname, '../../../examples/merge');

/** The examples copied into a temporary directory, with the test schema beside them. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'federa-merge-cli-'));
  cpSync(EXAMPLES, dir, { recursive: true });
  writeFileSync(join(dir, 'permits.schema.json'), JSON.stringify(permitSchema));
  return dir;
}

describe('federa standards merge: bad usage', () => {
  it('exits 2 without --schema, and with --json but no --output', async () => {
    const noSchema = await runCli(['standards', 'merge', 'x.yaml']);
    expect(noSchema.code).toBe(2);
    expect(noSchema.stderr).toContain('--schema is required');
    const json = await runCli(['--lang', 'fr', 'standards', 'merge', '--schema', 'building-permits', '--json', 'x.yaml']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('indiquez --output');
  });
});

describe('federa standards merge', () => {
  it('writes the merged table of the two examples on standard output and a summary on standard error; exit 0', async () => {
    const dir = workspace();
    const r = await runCli(['standards', 'merge', '--schema', join(dir, 'permits.schema.json'), join(dir, 'laval.yaml'), join(dir, 'calgary.yaml')]);
    expect(r.stderr).toContain('CA-QC-laval (laval.yaml, laval-permis.csv): 6 row(s) read, 5 written, 1 blank left out, 0 mapping problem(s)');
    expect(r.stderr).toContain('merged table: 9 row(s), valid against');
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.jurisdiction)).toEqual([...Array(5).fill('CA-QC-laval'), ...Array(4).fill('CA-AB-calgary')]);
  });

  it('writes --output, --report and the report on stdout with --json', async () => {
    const dir = workspace();
    const out = join(dir, 'merged.csv');
    const reportFile = join(dir, 'report.json');
    const r = await runCli(['standards', 'merge', '--schema', join(dir, 'permits.schema.json'), '--output', out, '--report', reportFile, '--json', join(dir, 'laval.yaml'), join(dir, 'calgary.yaml')]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { valid: boolean; rows: number; jurisdictions: Array<{ rowsWritten: number }> };
    expect(report).toMatchObject({ valid: true, rows: 9 });
    expect(report.jurisdictions.map((j) => j.rowsWritten)).toEqual([5, 4]);
    expect(JSON.parse(readFileSync(reportFile, 'utf8'))).toEqual(report);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(['jurisdiction', ...permitSchema.fields.map((f) => f.name)].join(','));
  });

  it('exits 1 when the merged table is not valid, with the unmapped code and the error traced, in French', async () => {
    const dir = workspace();
    // Calgary's mapping forgets "Issued Permit": rows 2 and 4 of its file keep it as given.
    const mapping = readFileSync(join(dir, 'calgary.yaml'), 'utf8').replace('Issued Permit: issued, ', '');
    writeFileSync(join(dir, 'calgary.yaml'), mapping);
    const out = join(dir, 'merged.csv');
    const r = await runCli(['--lang', 'fr', 'standards', 'merge', '--schema', join(dir, 'permits.schema.json'), '--output', out, join(dir, 'laval.yaml'), join(dir, 'calgary.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('calgary.yaml : ligne 2, colonne StatusCurrent (status) : « Issued Permit » n’est pas dans les codes de la correspondance');
    expect(r.stderr).toContain('table fusionnée : 9 ligne(s), NON valide');
    expect(r.stderr).toContain('calgary.yaml ligne 4 (CA-AB-calgary) : ');
    expect(readFileSync(out, 'utf8')).toContain('CA-AB-calgary,BP2024-07712,building,addition,residential,Rear addition and new basement suite,Issued Permit,');
  });

  it('exits 2 naming the mapping and the missing column, and leaves an existing output as it was', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'laval.yaml'), readFileSync(join(dir, 'laval.yaml'), 'utf8').replace('permit_number: NO_PERMIS', 'permit_number: NUMERO'));
    const out = join(dir, 'merged.csv');
    writeFileSync(out, 'yesterday\n');
    const r = await runCli(['standards', 'merge', '--schema', join(dir, 'permits.schema.json'), '--output', out, join(dir, 'calgary.yaml'), join(dir, 'laval.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: laval.yaml: columns.permit_number: no column NUMERO in laval-permis.csv');
    expect(readFileSync(out, 'utf8')).toBe('yesterday\n');
  });

  it('exits 2 naming the key of a mapping that does not fit the standard', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'laval.yaml'), readFileSync(join(dir, 'laval.yaml'), 'utf8').replace('Enseigne: sign', 'Enseigne: signage'));
    const r = await runCli(['standards', 'merge', '--schema', join(dir, 'permits.schema.json'), join(dir, 'laval.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('laval.yaml: columns.permit_type.codes.Enseigne: "signage" is not one of the field\'s values');
    expect(r.stdout).toBe('');
  });
});

describe('federa standards merge with the shipped standard', () => {
  it('merges the examples into a valid building-permits table', async () => {
    const dir = workspace();
    const r = await runCli(['standards', 'merge', '--schema', 'building-permits', join(dir, 'laval.yaml'), join(dir, 'calgary.yaml')]);
    expect(r.stderr).toContain('merged table: 9 row(s), valid against building-permits');
    expect(r.code).toBe(0);
  });
});
