// `federa standards list` from the built package (dist/), whatever the working directory.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';

const NAMES = ['procurement-contracts', 'grants-contributions', 'building-permits', 'food-inspections', 'traffic-collisions'];

interface Listed {
  name: string;
  title: { en: string; fr: string };
  fields: string[];
  primaryKey: string[];
  schemaPath: string;
}

describe('federa standards list', () => {
  it('prints the five standards with their title, field count and primary key in English', async () => {
    const { code, stdout, stderr } = await runCli(['standards', 'list']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [head, ...lines] = stdout.trimEnd().split('\n');
    expect(head).toMatch(/^STANDARD\s+TITLE\s+FIELDS\s+PRIMARY KEY$/);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(NAMES);
    expect(lines[1]).toMatch(/^grants-contributions\s+Grants and contributions\s+\d+\s+ref_number, amendment_number$/);
  });

  it('speaks French with --lang fr', async () => {
    const { code, stdout } = await runCli(['--lang', 'fr', 'standards', 'list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^NORME\s+TITRE\s+CHAMPS\s+CLÉ PRIMAIRE\n/);
    expect(stdout).toMatch(/\nbuilding-permits\s+Permis de construction\s+\d+\s+permit_number\n/);
  });

  it('gives JSON with --json, the same standards the table shows', async () => {
    const { code, stdout } = await runCli(['standards', 'list', '--json']);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as Listed[];
    expect(listed.map((s) => s.name)).toEqual(NAMES);
    const table = (await runCli(['standards', 'list'])).stdout.trimEnd().split('\n').slice(1);
    listed.forEach((s, i) => {
      expect(table[i]).toContain(` ${s.fields.length} `);
      expect(s.fields).toEqual(expect.arrayContaining(s.primaryKey));
      expect(s.title.fr).not.toBe(s.title.en);
    });
  });

  it('finds the shipped standards from another working directory', () => {
    const run = spawnSync(process.execPath, [CLI, 'standards', 'list', '--json'], { cwd: tmpdir(), encoding: 'utf8', env: { ...process.env, FEDERA_LANG: 'en' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Listed[]).map((s) => s.name)).toEqual(NAMES);
  });
});
