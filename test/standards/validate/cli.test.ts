// `federa validate` through the built command line: exit codes, the summary, JSON, French, URLs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../../src/standards/validate/report.js';
import { runCli } from '../../helpers/cli.js';
import { startRouteServer, type RouteServer } from '../../helpers/route-server.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-validate-cli-'));
const schemaPath = join(dir, 'schema.json');
const validPath = join(dir, 'valid.csv');
const invalidPath = join(dir, 'invalid.csv');
const INVALID_CSV = 'id;amount\n1;2,5\nx;3\n1;-1\n';
let server: RouteServer;

beforeAll(async () => {
  writeFileSync(schemaPath, JSON.stringify({ fields: [{ name: 'id', type: 'integer' }, { name: 'amount', type: 'number', decimalChar: ',', constraints: { minimum: 0 } }], primaryKey: ['id'] }));
  writeFileSync(validPath, 'id;amount\n1;2,5\n2;3\n');
  writeFileSync(invalidPath, INVALID_CSV);
  server = await startRouteServer((url) => (url.pathname === '/data.csv' ? { body: INVALID_CSV, contentType: 'text/csv', chunkSize: 7 } : undefined));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('federa validate', () => {
  it('exits 0 on a valid file with a one-line summary', async () => {
    const r = await runCli(['validate', validPath, '--schema', schemaPath]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid\.csv: valid against .*schema\.json: 2 row\(s\), \d+ bytes in [\d.]+ s \(utf-8, delimiter ;\)/);
  });

  it('exits 1 on an invalid file and prints each error with its row, column, value and rule', async () => {
    const r = await runCli(['validate', invalidPath, '--schema', schemaPath]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/INVALID .* 3 error\(s\) \(type-error 1, constraint-error 1, primary-key-error 1\) in 3 row\(s\)/);
    expect(lines.slice(1)).toEqual([
      '  Row 3, column 1 (id): "x" is not of the field\'s type (type is integer)',
      '  Row 4, column 2 (amount): "-1" breaks a constraint (minimum is 0)',
      '  Row 4, column 1 (id): the primary key "1" is a duplicate of row 2',
    ]);
  });

  it('prints the report as JSON, in French, with --limit-errors', async () => {
    const r = await runCli(['--lang', 'fr', 'validate', invalidPath, '--schema', schemaPath, '--json', '--limit-errors', '1']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as ValidationReport;
    expect(report).toMatchObject({ valid: false, delimiter: ';', truncated: true, stats: { rows: 3, errors: 3 } });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.message).toBe('Ligne 3, colonne 1 (id) : « x » n’est pas du type du champ (le type est integer)');
    const human = await runCli(['validate', invalidPath, '--schema', schemaPath, '--limit-errors', '1'], { FEDERA_LANG: 'fr' });
    expect(human.stdout).toContain('NON VALIDE selon');
    expect(human.stdout).toContain('… et 2 autre(s) erreur(s) non listée(s) (--limit-errors)');
  });

  it('exits 2 naming what cannot be read or used', async () => {
    const noSchema = await runCli(['validate', validPath, '--schema', join(dir, 'none.json')]);
    expect(noSchema.code).toBe(2);
    expect(noSchema.stderr).toContain('none.json: cannot read the schema (no such file)');
    const noSchemaFr = await runCli(['--lang', 'fr', 'validate', validPath, '--schema', join(dir, 'none.json')]);
    expect(noSchemaFr.code).toBe(2);
    expect(noSchemaFr.stderr).toContain('none.json : impossible de lire le schéma (fichier introuvable)');
    const badSchema = join(dir, 'bad.json');
    writeFileSync(badSchema, JSON.stringify({ fields: [{ name: 'a', type: 'integer', constraints: { minimum: 'low' } }] }));
    const bad = await runCli(['validate', validPath, '--schema', badSchema]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('fields[0].constraints.minimum must be a number');
    const noFile = await runCli(['validate', join(dir, 'none.csv'), '--schema', schemaPath]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('none.csv: no such file');
    const noSchemaOption = await runCli(['validate', validPath]);
    expect(noSchemaOption.code).toBe(2);
    expect(noSchemaOption.stderr).toContain("required option '--schema <name-or-path>' not specified");
    const badLimit = await runCli(['validate', validPath, '--schema', schemaPath, '--limit-errors', 'many']);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toContain('--limit-errors many');
    const badEncoding = await runCli(['validate', validPath, '--schema', schemaPath, '--encoding', 'utf-16']);
    expect(badEncoding.code).toBe(2);
    expect(badEncoding.stderr).toContain('--encoding utf-16');
  });

  it('validates a URL streamed from a loopback server when private addresses are allowed', async () => {
    const url = `${server.url}/data.csv`;
    const r = await runCli(['validate', url, '--schema', schemaPath, '--json', '--allow-private-network']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as ValidationReport;
    expect(report.source).toBe(url);
    expect(report.errors.map((e) => [e.type, e.rowNumber])).toEqual([['type-error', 3], ['constraint-error', 4], ['primary-key-error', 4]]);
    const guarded = await runCli(['validate', url, '--schema', schemaPath]);
    expect(guarded.code).toBe(2);
    expect(guarded.stderr).toMatch(/private|loopback/i);
    const tooBig = await runCli(['validate', url, '--schema', schemaPath, '--allow-private-network', '--max-bytes', '10']);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toContain('larger than 10 bytes');
    const missing = await runCli(['validate', `${server.url}/gone.csv`, '--schema', schemaPath, '--allow-private-network']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('HTTP 404');
  });
});
