// `federa serve` takes its limits from the config's `server:` block, and the environment
// (FEDERA_RATE_LIMIT, FEDERA_RATE_LIMIT_LOOPBACK, FEDERA_BODY_LIMIT) overrides them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/cli/commands/serve.js';
import { parseConfig } from '../../src/harvest/config.js';
import { openCatalogue, type Catalogue } from '../../src/search/catalogue.js';

const ENV = ['FEDERA_RATE_LIMIT', 'FEDERA_RATE_LIMIT_LOOPBACK', 'FEDERA_BODY_LIMIT'] as const;
let dir: string;
let catalogue: Catalogue;
let server: RunningServer | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'federa-serve-settings-'));
  catalogue = openCatalogue({ path: join(dir, 'federa.db') });
});
afterEach(async () => {
  await server?.stop();
  server = undefined;
  for (const name of ENV) delete process.env[name];
});
afterAll(async () => {
  await catalogue.close();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(settings: Record<string, unknown>, env: Partial<Record<(typeof ENV)[number], string>> = {}): Promise<string> {
  for (const name of ENV) delete process.env[name];
  Object.assign(process.env, env);
  const config = parseConfig(
    {
      server: settings,
      sources: [{ id: 'idle', name: { en: 'Idle', fr: 'Inactif' }, type: 'ckan', url: 'http://127.0.0.1:9/', jurisdiction: { level: 'federal', code: 'CA' }, primaryLanguage: 'en', enabled: false }],
    },
    'serve settings test',
  );
  server = await startServer(catalogue, config, { host: '127.0.0.1', port: 0, lang: 'en' });
  return server.url.replace(/\/$/, '');
}

async function statuses(url: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await fetch(`${url}/health`)).status);
  return out;
}

const LIMITED = { rateLimit: { max: 2, window: '1m', exemptLoopback: false }, bodyLimit: 100 };

describe('federa serve: server settings', () => {
  it('applies the config: two requests a minute, even from loopback', async () => {
    const url = await serve(LIMITED);
    expect(await statuses(url, 3)).toEqual([200, 200, 429]);
  });

  it('applies the body limit of the config', async () => {
    const url = await serve({ bodyLimit: 100 });
    const post = (pad: number) => fetch(`${url}/api/v1/sources/idle/harvest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mode: 'full', pad: 'x'.repeat(pad) }) });
    expect((await post(200)).status).toBe(413);
    expect((await post(10)).status).toBe(401); // small enough: on to the token check
  });

  it('the environment overrides it', async () => {
    const off = await serve(LIMITED, { FEDERA_RATE_LIMIT: '0' });
    expect(await statuses(off, 4)).toEqual([200, 200, 200, 200]);
    await server!.stop();
    server = undefined;
    const exempt = await serve(LIMITED, { FEDERA_RATE_LIMIT_LOOPBACK: '0' });
    expect(await statuses(exempt, 4)).toEqual([200, 200, 200, 200]);
    await server!.stop();
    server = undefined;
    const three = await serve(LIMITED, { FEDERA_RATE_LIMIT: '3' });
    expect(await statuses(three, 4)).toEqual([200, 200, 200, 429]);
  });
});
