// `federa tokens` and the token they print at work against `federa serve` (the built CLI).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';
import { CLI, runCli } from '../helpers/cli.js';
import { writeCkanSources } from '../helpers/sources-yaml.js';

let portals: SimulatedPortals;
let dir: string;
let config: string;

beforeAll(async () => {
  portals = await startSimulatedPortals({ portals: ['city'], records: 30 });
  dir = mkdtempSync(join(tmpdir(), 'federa-tokens-'));
  config = join(dir, 'sources.yaml');
  const city = portals.portals[0]!;
  writeCkanSources(config, [city]);
});
afterAll(async () => {
  await portals?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface ListedToken {
  id: string;
  role: string;
  name?: string;
  createdAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
}

describe('federa tokens', () => {
  it('creates a token printed once, lists it without the token or its hash, revokes it; refuses bad input in both languages', async () => {
    const db = join(dir, 'tokens.db');
    expect((await runCli(['tokens', 'list', '--db', db])).stdout).toMatch(/No tokens/);
    const badRole = await runCli(['tokens', 'create', '--role', 'viewer', '--db', db]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/--role "viewer": expected one of admin, editor/);
    const badRoleFr = await runCli(['tokens', 'create', '--role', 'viewer', '--db', db], { FEDERA_LANG: 'fr' });
    expect(badRoleFr.stderr).toMatch(/--role « viewer » : attendu l’un de admin, editor/);

    const created = await runCli(['tokens', 'create', '--role', 'editor', '--name', 'ci robot', '--db', db]);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^fed_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toMatch(/shown only this once/);
    const other = (await runCli(['tokens', 'create', '--role', 'admin', '--db', db], { FEDERA_LANG: 'fr' }));
    expect(other.stderr).toMatch(/n’est affiché que cette fois/);
    expect(other.stdout.trim()).not.toBe(token);

    const listed = JSON.parse((await runCli(['tokens', 'list', '--json', '--db', db])).stdout) as ListedToken[];
    expect(listed.map((t) => [t.role, t.name])).toEqual([['editor', 'ci robot'], ['admin', undefined]]);
    const text = JSON.stringify(listed) + (await runCli(['tokens', 'list', '--db', db])).stdout;
    expect(text).not.toContain(token);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
    // The database holds no token either.
    for (const file of [db, `${db}-wal`]) if (existsSync(file)) expect(readFileSync(file).includes(token)).toBe(false);

    const revoked = await runCli(['tokens', 'revoke', listed[0]!.id, '--db', db]);
    expect(revoked.code).toBe(0);
    const after = JSON.parse((await runCli(['tokens', 'list', '--json', '--db', db])).stdout) as ListedToken[];
    expect(after[0]!.revokedAt).toEqual(expect.any(String));
    expect(after[1]!.revokedAt).toBeUndefined();
    const unknown = await runCli(['tokens', 'revoke', 'no-such-token', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no token "no-such-token"/);
  });

  it('lets `federa serve` start a harvest only for a valid token, and refuses it once revoked', async () => {
    const db = join(dir, 'serve.db');
    const created = await runCli(['tokens', 'create', '--role', 'editor', '--json', '--db', db]);
    const { id, token } = JSON.parse(created.stdout) as { id: string; token: string };
    const child = spawn(process.execPath, [CLI, 'serve', '--config', config, '--db', db, '--port', '0'], { env: { ...process.env, FEDERA_LANG: 'en' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
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
      const source = portals.portals[0]!.id;
      const jobsOf = async () => ((await (await fetch(`${url}/api/v1/sources/${source}/jobs`)).json()) as { results: { id: string; status: string; mode: string }[] }).results;
      // The first harvest (of a never-harvested source) runs on start: wait for it.
      for (let i = 0; i < 200 && !(await jobsOf()).some((j) => j.status !== 'running'); i++) await new Promise((r) => setTimeout(r, 100));
      const post = (headers: Record<string, string>) =>
        fetch(`${url}/api/v1/sources/${source}/harvest`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ mode: 'incremental' }) });

      const anonymous = await post({});
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const accepted = await post({ authorization: `Bearer ${token}` });
      expect(accepted.status).toBe(202);
      const { job } = (await accepted.json()) as { job: string };
      let jobs = await jobsOf();
      for (let i = 0; i < 200 && jobs.find((j) => j.id === job)?.status !== 'succeeded'; i++) {
        await new Promise((r) => setTimeout(r, 100));
        jobs = await jobsOf();
      }
      expect(jobs.find((j) => j.id === job)).toMatchObject({ status: 'succeeded', mode: 'incremental' });
      expect(stderr).not.toContain(token);

      expect((await runCli(['tokens', 'revoke', id, '--db', db])).code).toBe(0);
      expect((await post({ authorization: `Bearer ${token}` })).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('close', r));
    }
  });
});
