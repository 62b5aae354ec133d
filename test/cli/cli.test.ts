// The command line as a user runs it (the built dist/cli/main.js).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';
import { CLI, runCli } from '../helpers/cli.js';
import { writeCkanSources } from '../helpers/sources-yaml.js';

let portals: SimulatedPortals;
let dir: string;
let db: string;
let config: string;
let jobId: string;


beforeAll(async () => {
  portals = await startSimulatedPortals({ portals: ['city'], records: 40 });
  dir = mkdtempSync(join(tmpdir(), 'federa-cli-'));
  db = join(dir, 'federa.db');
  config = join(dir, 'sources.yaml');
  const city = portals.portals[0]!;
  // a second source nothing listens for: it must fail on its own, not stop the other
  const dead = { id: 'dead-portal', url: 'http://127.0.0.1:9/', primaryLanguage: 'en', jurisdiction: { level: 'municipal', code: 'CA-ON' } };
  writeCkanSources(config, [city, dead]);
});
afterAll(() => portals?.close());

describe('federa harvest', () => {
  it('harvests what it can, reports the failed source and exits 1', async () => {
    const result = await runCli(['harvest', '--config', config, '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/demo-city: succeeded in [\d.]+ s: 40 seen, 40 added/);
    expect(result.stderr).toMatch(/dead-portal: failed/);
    expect(result.stderr).toMatch(/dead-portal: error: GET http:\/\/127\.0\.0\.1:9\/api\/3\/action\/package_search.*ECONNREFUSED/);
    expect(result.stderr).toContain('1 source(s) failed');
    jobId = /job (demo-city-[\w-]+)\)/.exec(result.stderr)![1]!;
  });

  it('speaks French when asked', async () => {
    const result = await runCli(['harvest', '--config', config, '--db', db, '--source', 'demo-city'], { FEDERA_LANG: 'fr' });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/demo-city : réussie en [\d,.]+ s : 0 vues/);
  });

  it('names the file, the source and the field of a configuration error, and exits 2', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'sources:\n  - id: x\n    name: { en: X, fr: X }\n    type: ckan\n    url: https://x.example\n    jurisdiction: { level: galactic, code: CA }\n    primaryLanguage: en\n');
    const result = await runCli(['harvest', '--config', bad, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: source "x" (sources[0]): field "jurisdiction.level"`);
    const unknown = await runCli(['harvest', '--config', config, '--db', db, '--source', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no source "nope"');
  });

  it('draws a live progress bar on a terminal', async () => {
    const python = 'import os, pty, sys\nos.environ.pop("CI", None)\npty.spawn(sys.argv[1:])';
    const child = spawn('python3', ['-c', python, process.execPath, CLI, 'harvest', '--config', config, '--db', db, '--source', 'demo-city', '--full'], {
      env: { ...process.env, FEDERA_LANG: 'en', CI: '' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(output).toMatch(/demo-city\s+\[[█░]+\] 40\/40 · \d+ records\/s/);
    expect(output).toMatch(/demo-city: succeeded in [\d.]+ s: 40 seen/);
  });
});

describe('federa search', () => {
  it('prints results, or JSON with --json', async () => {
    const text = await runCli(['search', '--db', db, 'data']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^\d+ result\(s\), page 1/);
    const json = await runCli(['search', '--db', db, '--json', '--filter', 'source=demo-city', '--size', '5']);
    const response = JSON.parse(json.stdout) as { total: number; results: Array<{ source: string }> };
    expect(response.total).toBe(40);
    expect(response.results).toHaveLength(5);
    expect(response.results.every((r) => r.source === 'demo-city')).toBe(true);
  });

  it('refuses a malformed filter, in the user\'s language', async () => {
    const en = await runCli(['search', '--db', db, '--filter', 'colour=blue']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--filter "colour=blue": expected KEY=VALUE');
    const fr = await runCli(['search', '--db', db, '--filter', 'nothing'], { FEDERA_LANG: 'fr' });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('erreur : --filter « nothing » : attendu CLÉ=VALEUR');
  });
});

describe('federa sources list and jobs', () => {
  it('lists sources with their kind, jurisdiction, datasets and last job', async () => {
    const result = await runCli(['sources', 'list', '--config', config, '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/demo-city\s+ckan\s+Guelph.*\s+40\s+succeeded full/);
    expect(result.stdout).toMatch(/dead-portal\s+ckan\s+.*\s+0\s+failed/);
  });

  it('shows a job and its problems; an unknown job exits 1', async () => {
    const shown = await runCli(['jobs', 'show', jobId, '--db', db]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`(job ${jobId})`);
    expect(shown.stdout).toContain('problems: 0');
    const list = await runCli(['jobs', 'list', '--db', db, '--source', 'dead-portal', '--json']);
    const dead = (JSON.parse(list.stdout) as Array<{ id: string; status: string; problems: Array<{ reason: string }> }>)[0]!;
    expect(dead.status).toBe('failed');
    const deadShown = await runCli(['jobs', 'show', dead.id, '--db', db]);
    expect(deadShown.stdout).toMatch(/problems: 1\n  - .*ECONNREFUSED/);
    const missing = await runCli(['jobs', 'show', 'nope', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no job "nope"');
  });
});

describe('federa serve', () => {
  it('serves at once, harvests never-harvested sources in the background, shows failures, stops on SIGTERM', async () => {
    const fresh = join(dir, 'serve.db');
    const child = spawn(process.execPath, [CLI, 'serve', '--config', config, '--db', fresh, '--port', '0'], { env: { ...process.env, FEDERA_LANG: 'en' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no serving line in: ${stderr}`)), 20_000);
      child.stderr.on('data', () => {
        const m = /serving \d+ dataset\(s\) at (http:\/\/[\d.:]+)/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    try {
      const health = (await (await fetch(`${url}/health`)).json()) as { status: string };
      expect(health.status).toBe('ok');
      let sources: Array<{ id: string; datasets: number; lastJob?: { status: string; error?: string } }> = [];
      for (let i = 0; i < 100; i++) {
        sources = ((await (await fetch(`${url}/api/v1/sources`)).json()) as { results: typeof sources }).results;
        if (sources.every((s) => s.lastJob && s.lastJob.status !== 'running')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(sources.find((s) => s.id === 'demo-city')).toMatchObject({ datasets: 40, lastJob: { status: 'succeeded' } });
      expect(sources.find((s) => s.id === 'dead-portal')?.lastJob).toMatchObject({ status: 'failed', error: expect.stringContaining('ECONNREFUSED') });
      expect(((await (await fetch(`${url}/api/v1/datasets?size=0`)).json()) as { total: number }).total).toBe(40);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toContain('the catalogue is empty: harvesting 2 source(s) in the background');
  });
});

describe('federa sources detect and preview', () => {
  it('detects a CKAN and prints an entry; lists what it tried otherwise (exit 1)', async () => {
    const city = portals.portals[0]!;
    const found = await runCli(['sources', 'detect', `${city.url}/dataset/abc`]);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain('a ckan portal');
    expect(found.stdout).toMatch(/- id: [a-z0-9-]+\n\s+name:/);
    expect(found.stdout).toContain(`url: ${city.url}`);
    expect(found.stdout).toContain('allowPrivateNetwork: true'); // a loopback portal: the harvester must be allowed to reach it
    const none = await runCli(['sources', 'detect', 'http://127.0.0.1:9/'], { FEDERA_LANG: 'fr' });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('aucun portail reconnu. Essais :');
    expect(none.stdout).toContain('http://127.0.0.1:9/api/3/action/status_show');
  });

  it('previews a configured source without writing to the catalogue', async () => {
    const fresh = join(dir, 'preview.db');
    const result = await runCli(['sources', 'preview', 'demo-city', '--config', config, '--db', fresh, '--limit', '4']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('demo-city: 4 record(s) previewed of 40; nothing was written');
    const { existsSync } = await import('node:fs');
    expect(existsSync(fresh)).toBe(false);
    const unknown = await runCli(['sources', 'preview', 'nowhere', '--config', config]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"nowhere" is neither a source of');
  });
});
