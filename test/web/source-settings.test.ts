// The settings form of a source: shown to signed-in administrators only, refused without its form
// token or to an editor, and when accepted it changes sources.yaml (comments kept) and the
// running configuration; bad values get a bilingual page naming the field and change nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../src/core/api-token.js';
import { loadConfig, type FederaConfig } from '../../src/harvest/config.js';
import { ConfigEditor } from '../../src/harvest/config-writer.js';
import { registerSources } from '../../src/harvest/harvester.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { TokenRole } from '../../src/store/store.js';
import { webRoutes } from '../../src/web/server.js';
import { sourceActionPath } from '../../src/web/urls.js';
import { stubDocument } from '../store/stub-document.js';
import { get, hasPostForm, postForm, signedIn } from './form-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-web-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const YAML = `# Kept by every edit.
sources:
  # The city.
  - id: ottawa
    name: { en: Ottawa, fr: Ottawa }
    type: ckan
    url: https://ottawa.example.ca
    jurisdiction: { level: municipal, code: CA-ON, municipality: Ottawa }
    primaryLanguage: en
    schedule: { incremental: 6h, full: 7d }
`;

let store: SqliteStore;
let app: FastifyInstance;
let config: FederaConfig;
let file: string;

beforeEach(async () => {
  file = join(dir, `sources-${++n}.yaml`);
  writeFileSync(file, YAML);
  config = loadConfig(file);
  store = SqliteStore.open({ path: join(dir, `settings-${n}.db`), buildDocument: stubDocument });
  await registerSources(config, store);
  app = Fastify();
  await app.register(webRoutes({ store, search: async () => ({}) as never, editSources: new ConfigEditor(config, file, store) }));
});
afterEach(async () => {
  await app.close();
  await store.close();
});

async function session(role: TokenRole, lang: 'en' | 'fr' = 'en') {
  const made = newToken();
  await store.createToken({ id: made.id, role, hash: hashToken(made.token), createdAt: new Date().toISOString() });
  return signedIn(app, made.token, `/${lang}/sources/ottawa`, lang);
}

const settingsUrl = (lang: 'en' | 'fr' = 'en') => sourceActionPath(lang, 'ottawa', 'settings');

describe('the settings form of a source', () => {
  it('is shown, filled in, to administrators only', async () => {
    expect(hasPostForm((await get(app, '/en/sources/ottawa')).body)).toBe(false);
    const editor = await session('editor');
    expect((await get(app, '/en/sources/ottawa', editor.cookie)).body).not.toContain(settingsUrl());
    const admin = await session('admin');
    const page = (await get(app, '/en/sources/ottawa', admin.cookie)).body;
    expect(page).toContain(`action="${settingsUrl()}"`);
    expect(page).toMatch(/id="enabled" name="enabled" value="on" checked/);
    expect(page).toMatch(/id="incremental" name="incremental" value="6h"/);
    expect(page).toMatch(/id="full" name="full" value="7d"/);
  });

  it('changes sources.yaml, the store and the running configuration, keeping the comments', async () => {
    const admin = await session('admin');
    const response = await postForm(app, settingsUrl(), { csrf: admin.csrf, incremental: '', full: '30d', priority: '40' }, { cookie: admin.cookie });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/sources/ottawa');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# Kept by every edit.');
    expect(text).toContain('# The city.');
    const ottawa = loadConfig(file).sources[0]!;
    expect([ottawa.enabled, ottawa.schedule.incrementalMs, ottawa.schedule.fullMs, ottawa.priority]).toEqual([false, undefined, 30 * 86_400_000, 40]);
    expect(config.sources[0]?.enabled).toBe(false);
    expect(await store.getSource('ottawa')).toMatchObject({ enabled: false, priority: 40 });
  });

  it('refuses an editor, a missing form token and another origin (403), and bad values (400, bilingual), changing nothing', async () => {
    const editor = await session('editor');
    const admin = await session('admin');
    const fields = { incremental: '1h', priority: '1' };
    expect((await postForm(app, settingsUrl(), { ...fields, csrf: editor.csrf }, { cookie: editor.cookie })).statusCode).toBe(403);
    expect((await postForm(app, settingsUrl(), fields, { cookie: admin.cookie })).statusCode).toBe(403);
    expect((await postForm(app, settingsUrl(), { ...fields, csrf: admin.csrf }, { cookie: admin.cookie, origin: 'http://evil.example' })).statusCode).toBe(403);
    const bad = await postForm(app, settingsUrl(), { csrf: admin.csrf, enabled: 'on', incremental: 'often', priority: 'high' }, { cookie: admin.cookie });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<code>schedule.incremental</code>');
    expect(bad.body).toContain('<code>priority</code>');
    const french = await session('admin', 'fr');
    const badFr = await postForm(app, settingsUrl('fr'), { csrf: french.csrf, incremental: 'often' }, { cookie: french.cookie });
    expect(badFr.statusCode).toBe(400);
    expect(badFr.body).toContain('rien n’a été modifié');
    expect(readFileSync(file, 'utf8')).toBe(YAML);
    expect(config.sources[0]?.enabled).toBe(true);
  });
});
