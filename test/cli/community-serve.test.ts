// `federa serve` (the built CLI) serves the seeded community tracker: a progress report posted
// with a token from `federa tokens create` shows in the commitment's Atom feed, linked under
// FEDERA_PUBLIC_URL, and the calendar and the OpenAPI document are served.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-community-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('federa serve with the community tracker', () => {
  it('seeds on start and serves progress, feeds and the OpenAPI document', { timeout: 180_000 }, async () => {
    const db = join(dir, 'serve.db');
    const config = join(dir, 'sources.yaml');
    writeFileSync(config, 'sources: []\n');
    const created = await runCli(['tokens', 'create', '--role', 'editor', '--name', 'nap-team', '--json', '--db', db]);
    const { token } = JSON.parse(created.stdout) as { token: string };
    const child = spawn(process.execPath, [CLI, 'serve', '--config', config, '--db', db, '--port', '0'], {
      env: { ...process.env, FEDERA_LANG: 'en', FEDERA_PUBLIC_URL: 'https://federa.example.ca' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no serving line in: ${stderr}`)), 120_000);
        child.stderr.on('data', () => {
          const m = /serving \d+ dataset\(s\) at (http:\/\/[\d.:]+)/.exec(stderr);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
      });
      const plans = (await (await fetch(`${url}/api/v1/community/plans`)).json()) as { total: number };
      expect(plans.total).toBe(4);
      const posted = await fetch(`${url}/api/v1/community/indicators/C10.5.1/progress`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ period: '2019-09', status: 'C', progress: { en: '- **Five** adoptions', fr: '- **Cinq** adoptions' } }),
      });
      expect(posted.status).toBe(201);
      expect(((await posted.json()) as { recordedBy: string }).recordedBy).toBe('api:nap-team');
      const feed = await fetch(`${url}/api/v1/community/commitments/CA0073/feed.atom?lang=fr`);
      expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
      const atom = await feed.text();
      expect(atom).toContain('https://federa.example.ca/fr/gouvernement-ouvert/engagements/CA0073');
      expect(atom).toContain('<strong>Cinq</strong>');
      const calendar = await fetch(`${url}/events.ics`);
      expect(calendar.status).toBe(200);
      expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR/);
      expect((await fetch(`${url}/api/v1/openapi.json`)).status).toBe(200);
      expect(stderr).not.toContain(token);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('close', r));
    }
  });
});
