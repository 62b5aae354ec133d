// What the server must not give away or get wrong at its edges: local paths in a failing /health,
// and a JSON error where a visitor of the web pages expects a page in their language.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.js';
import { startServer, type RunningServer } from '../../src/cli/commands/serve.js';
import { parseConfig } from '../../src/harvest/config.js';
import { openCatalogue, type Catalogue } from '../../src/search/catalogue.js';
import type { Store } from '../../src/store/store.js';

describe('/health when the catalogue cannot be read', () => {
  it('answers 503 saying what is wrong in both languages, without the database path', async () => {
    const path = '/var/lib/federa-secret/catalogue.db';
    const store = { countDatasets: async () => Promise.reject(new Error(`unable to open database file ${path}`)) } as unknown as Store;
    const app = await buildApi({ store, search: async () => Promise.reject(new Error('unused')) });
    const res = await app.inject({ url: '/health' });
    await app.close();
    expect(res.statusCode).toBe(503);
    expect(res.body).not.toContain('federa-secret');
    expect(res.body).not.toContain('catalogue.db');
    const body = res.json() as { status: string; error: { en: string; fr: string } };
    expect(body.status).toBe('unavailable');
    expect(body.error.en).toMatch(/database/);
    expect(body.error.fr).toMatch(/base de données/);
  });
});

describe('a path under /en or /fr that is not valid percent-encoding, as federa serve answers it', () => {
  let dir: string;
  let catalogue: Catalogue;
  let server: RunningServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'federa-leaks-'));
    catalogue = openCatalogue({ path: join(dir, 'federa.db') });
    const config = parseConfig(
      {
        sources: [
          { id: 'idle', name: { en: 'Idle', fr: 'Inactif' }, type: 'ckan', url: 'http://127.0.0.1:9/', jurisdiction: { level: 'federal', code: 'CA' }, primaryLanguage: 'en', enabled: false, schedule: 'manual' },
        ],
      },
      'leaks test',
    );
    server = await startServer(catalogue, config, { host: '127.0.0.1', port: 0, lang: 'en' });
  });
  afterAll(async () => {
    await server?.stop();
    await catalogue?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['en', '/en/search/%C3', '/en/datasets/%E0%A4%A', /Bad address/],
    ['fr', '/fr/jeux-de-donnees/%C3%28', '/fr/%FF', /Adresse invalide/],
  ])('%s: a 400 HTML page in that language', async (lang, ...rest) => {
    const [first, second, title] = rest as [string, string, RegExp];
    for (const path of [first, second]) {
      const res = await fetch(`${server.url.replace(/\/$/, '')}${path}`);
      const body = await res.text();
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(body).toContain(`<html lang="${lang}"`);
      expect(body).toMatch(title);
      expect(body).not.toMatch(/"error"\s*:/);
    }
  });

  it('the API keeps its JSON error', async () => {
    const res = await fetch(`${server.url.replace(/\/$/, '')}/api/v1/datasets/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad_url');
  });
});
