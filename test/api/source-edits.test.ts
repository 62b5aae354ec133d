// PUT, PATCH and DELETE /api/v1/sources/{id}: only admins change sources.yaml, the file keeps its
// comments and other entries, a refused or broken request leaves it byte for byte as it was, and
// the running configuration (which the scheduler reads) follows.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../src/core/api-token.js';
import { buildApi } from '../../src/api/server.js';
import { loadConfig, type FederaConfig } from '../../src/harvest/config.js';
import { ConfigEditor } from '../../src/harvest/config-writer.js';
import { registerSources } from '../../src/harvest/harvester.js';
import { HarvestScheduler } from '../../src/harvest/scheduler.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { TokenRole } from '../../src/store/store.js';
import { fullRecord } from '../store/records.js';
import { stubDocument } from '../store/stub-document.js';

const root = mkdtempSync(join(tmpdir(), 'federa-source-edits-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const YAML = `# Federa sources: a comment the API must keep.
harvest:
  concurrency: 2 # two at a time

sources:
  # The federal portal.
  - id: canada
    name: { en: Open Government, fr: Gouvernement ouvert }
    type: ckan
    url: https://open.canada.ca/data
    jurisdiction: { level: federal, code: CA }
    primaryLanguage: bilingual
    schedule: { incremental: 6h, full: 7d } # often
  # A city.
  - id: ottawa
    name: { en: Ottawa, fr: Ottawa }
    type: ckan
    url: https://ottawa.example.ca
    jurisdiction: { level: municipal, code: CA-ON, municipality: Ottawa }
    primaryLanguage: en
`;

const NEW_ENTRY = {
  name: { en: 'Alberta', fr: 'Alberta' },
  type: 'ckan',
  url: 'https://open.alberta.ca',
  jurisdiction: { level: 'provincial', code: 'CA-AB' },
  primaryLanguage: 'en',
  schedule: { incremental: '12h' },
};

let store: SqliteStore;
let app: FastifyInstance;
let config: FederaConfig;
let file: string;

async function open(): Promise<void> {
  file = join(root, `sources-${++n}.yaml`);
  writeFileSync(file, YAML);
  store = SqliteStore.open({ path: join(root, `edits-${n}.db`), buildDocument: stubDocument });
  config = loadConfig(file);
  await registerSources(config, store);
  app = await buildApi({ store, search: async () => ({}) as never, editSources: new ConfigEditor(config, file, store) });
}

async function token(role: TokenRole, revoked = false): Promise<string> {
  const made = newToken();
  await store.createToken({ id: made.id, role, hash: hashToken(made.token), createdAt: new Date().toISOString() });
  if (revoked) await store.revokeToken(made.id, new Date().toISOString());
  return made.token;
}

const send = (method: 'PUT' | 'PATCH' | 'DELETE', id: string, bearer: string | undefined, payload?: unknown) =>
  app.inject({ method, url: `/api/v1/sources/${id}`, headers: bearer ? { authorization: `Bearer ${bearer}` } : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });

afterEach(async () => {
  await app?.close();
  await store?.close();
});

describe('changing sources through the API', () => {
  it('refuses every change without a valid admin token (401 or 403) and writes nothing', async () => {
    await open();
    const editor = await token('editor');
    const revoked = await token('admin', true);
    const attempts: Array<[string | undefined, number]> = [[undefined, 401], [revoked, 401], [newToken().token, 401], [editor, 403]];
    for (const [bearer, status] of attempts) {
      expect((await send('PUT', 'alberta', bearer, NEW_ENTRY)).statusCode).toBe(status);
      expect((await send('PUT', 'canada', bearer, { ...NEW_ENTRY, name: { en: 'X', fr: 'X' } })).statusCode).toBe(status);
      expect((await send('PATCH', 'canada', bearer, { enabled: false })).statusCode).toBe(status);
      expect((await send('DELETE', 'canada', bearer)).statusCode).toBe(status);
    }
    expect(readFileSync(file, 'utf8')).toBe(YAML);
    expect(config.sources.map((s) => s.id)).toEqual(['canada', 'ottawa']);
    expect((await store.getSource('canada'))?.enabled).toBe(true);
    expect(await store.getSource('alberta')).toBeUndefined();
  });

  it('creates a source (201) and replaces one (200), keeping the comments and the other entries', async () => {
    await open();
    const admin = await token('admin');
    const created = await send('PUT', 'alberta', admin, NEW_ENTRY);
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toBe('/api/v1/sources/alberta');
    const replaced = await send('PUT', 'canada', admin, { ...NEW_ENTRY, name: { en: 'Canada', fr: 'Canada' }, url: 'https://open.canada.ca/data', jurisdiction: { level: 'federal', code: 'CA' } });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({ source: 'canada', status: 'replaced' });

    const text = readFileSync(file, 'utf8');
    for (const comment of ['# Federa sources: a comment the API must keep.', '# two at a time', '# The federal portal.', '# A city.']) expect(text).toContain(comment);
    const reread = loadConfig(file);
    expect(reread.sources.map((s) => s.id)).toEqual(['canada', 'ottawa', 'alberta']);
    expect(reread.harvest.concurrency).toBe(2);
    expect(reread.sources.find((s) => s.id === 'ottawa')?.jurisdiction).toEqual({ level: 'municipal', code: 'CA-ON', municipality: 'Ottawa' });
    expect(reread.sources.find((s) => s.id === 'canada')?.name.en).toBe('Canada');
    // The running server sees the new settings: the list the scheduler reads, and the store.
    expect(config.sources.map((s) => s.id)).toEqual(['canada', 'ottawa', 'alberta']);
    expect(config.sources.find((s) => s.id === 'alberta')?.schedule.incrementalMs).toBe(12 * 3600_000);
    expect((await store.getSource('alberta'))?.settings.url).toBe('https://open.alberta.ca');
    expect((await store.getSource('canada'))?.settings.name.en).toBe('Canada');
    // No temporary file is left beside it.
    expect(readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('hands a new scheduled source to the running scheduler, which starts it at its next tick', async () => {
    await open();
    const scheduler = new HarvestScheduler({ config, sink: store });
    try {
      const admin = await token('admin');
      // The scheduled portal of the sample is switched off (tests reach only loopback), which the scheduler must see too.
      expect((await send('PATCH', 'canada', admin, { enabled: false })).statusCode).toBe(200);
      // A closed loopback port: the job starts, and is stopped before it could matter.
      const entry = { ...NEW_ENTRY, url: 'http://127.0.0.1:9/ckan', allowPrivateNetwork: true, schedule: { full: '7d' } };
      expect((await send('PUT', 'loopback', admin, entry)).statusCode).toBe(201);
      await scheduler.tick();
      expect(scheduler.active).toEqual(['loopback']);
      // Its job is saved; a source not started before a stop would never be.
      await expect.poll(async () => (await store.jobs('loopback', 1))[0]?.sourceId).toBe('loopback');
    } finally {
      await scheduler.stop();
    }
  });

  it('names every bad field in English and French, and changes nothing', async () => {
    await open();
    const admin = await token('admin');
    const response = await send('PUT', 'alberta', admin, { ...NEW_ENTRY, type: 'gopher', url: 'ftp://x', jurisdiction: { level: 'galactic', code: 'CA-AB' }, colour: 'red' });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: { code: string; message: { en: string; fr: string }; issues: { field: string; message: { en: string; fr: string } }[] } };
    expect(body.error.code).toBe('invalid_source');
    const fields = body.error.issues.map((i) => i.field);
    for (const field of ['type', 'url', 'jurisdiction.level']) expect(fields).toContain(field);
    expect(body.error.issues.some((i) => i.message.en.includes('colour'))).toBe(true);
    expect(body.error.message.en).toContain('field "jurisdiction.level"');
    expect(body.error.message.fr).toContain('champ « jurisdiction.level »');
    expect(body.error.issues.find((i) => i.field === 'jurisdiction.level')?.message.fr).toMatch(/Option invalide/);

    const mismatch = await send('PUT', 'alberta', admin, { ...NEW_ENTRY, id: 'quebec' });
    expect(mismatch.statusCode).toBe(400);
    expect((mismatch.json() as { error: { parameter: string } }).error.parameter).toBe('id');
    for (const payload of [[1], {}]) expect((await send('PUT', 'alberta', admin, payload)).statusCode).toBe(400);
    const badId = await send('PUT', 'Not_An_Id', admin, NEW_ENTRY);
    expect(badId.statusCode).toBe(400);
    expect(readFileSync(file, 'utf8')).toBe(YAML);
    expect(config.sources).toHaveLength(2);
  });

  it('enables and disables with PATCH, disables with DELETE, and keeps the records', async () => {
    await open();
    const admin = await token('admin');
    await store.write([fullRecord('ottawa', 'roads')]);
    const off = await send('DELETE', 'ottawa', admin);
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ source: 'ottawa', enabled: false });
    expect((await store.getSource('ottawa'))?.enabled).toBe(false);
    expect((await store.getSource('ottawa'))?.activeCount).toBe(1);
    expect(config.sources.find((s) => s.id === 'ottawa')?.enabled).toBe(false);
    expect(readFileSync(file, 'utf8')).toMatch(/municipality: Ottawa \}\n\s+primaryLanguage: en\n\s+enabled: false\n/);

    const on = await send('PATCH', 'ottawa', admin, { enabled: true, schedule: { full: '30d' }, priority: 50 });
    expect(on.statusCode).toBe(200);
    const ottawa = loadConfig(file).sources.find((s) => s.id === 'ottawa')!;
    expect([ottawa.enabled, ottawa.schedule.fullMs, ottawa.priority]).toEqual([true, 30 * 86_400_000, 50]);
    expect(readFileSync(file, 'utf8')).toContain('# A city.');

    const before = readFileSync(file, 'utf8');
    expect((await send('PATCH', 'ottawa', admin, { url: 'https://elsewhere.example' })).statusCode).toBe(400);
    expect((await send('PATCH', 'ottawa', admin, { schedule: { full: 'often' } })).statusCode).toBe(400);
    expect((await send('PATCH', 'ottawa', admin, { priority: 'high' })).statusCode).toBe(400);
    expect((await send('PATCH', 'nowhere', admin, { enabled: false })).statusCode).toBe(404);
    expect((await send('DELETE', 'nowhere', admin)).statusCode).toBe(404);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('leaves a broken configuration file as it is and says so (503), never a stack trace', async () => {
    await open();
    const admin = await token('admin');
    const broken = `${YAML}  - id: [unclosed\n`;
    writeFileSync(file, broken);
    const response = await send('PUT', 'alberta', admin, NEW_ENTRY);
    expect(response.statusCode).toBe(503);
    const body = response.json() as { error: { message: { en: string; fr: string } } };
    expect(body.error.message.en).toMatch(/left unchanged/);
    expect(body.error.message.fr).toMatch(/n’a pas été modifié/);
    expect(response.body).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(config.sources.map((s) => s.id)).toEqual(['canada', 'ottawa']);
  });

  it('applies concurrent changes one after the other, losing none', async () => {
    await open();
    const admin = await token('admin');
    const ids = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const responses = await Promise.all(ids.map((id) => send('PUT', id, admin, NEW_ENTRY)));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(loadConfig(file).sources.map((s) => s.id).sort()).toEqual(['canada', 'ottawa', ...ids].sort());
  });

  it('never answers 500 nor corrupts the file, whatever the entry holds (seeded random entries)', async () => {
    await open();
    const admin = await token('admin');
    let seed = Number(process.env.FEDERA_FUZZ_SEED ?? 5);
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const FIELDS = ['id', 'name', 'name.en', 'type', 'url', 'jurisdiction', 'jurisdiction.level', 'jurisdiction.code', 'primaryLanguage', 'licenceGate', 'filters', 'schedule', 'schedule.full', 'enabled', 'priority', 'options', 'options.maxRecords', '__proto__', 'constructor', 'publisher'];
    const VALUES: unknown[] = [null, true, 0, -1, 1e309, 'NaN', '', ' ', 'x'.repeat(10_000), "'; DROP TABLE sources; --", '<script>alert(1)</script>', 'javascript:alert(1)', '\u0000', 'a: b\n- c', '&anchor *alias', '!!js/function x', '# comment', [], [1, [2]], {}, { en: 'A' }, { level: 'federal' }, 'manual', '6h', 'P1Y', 'csw', 'ckan', 'https://x.example', 'file:///etc/passwd'];
    for (let round = 0; round < 150; round++) {
      const entry: Record<string, unknown> = structuredClone(NEW_ENTRY);
      for (let i = 1 + Math.floor(next() * 3); i > 0; i--) {
        const [head, tail] = pick(FIELDS).split('.') as [string, string | undefined];
        const value = pick(VALUES);
        if (tail === undefined) entry[head] = value;
        else entry[head] = { ...(typeof entry[head] === 'object' && entry[head] !== null ? (entry[head] as object) : {}), [tail]: value };
      }
      const method = pick(['PUT', 'PUT', 'PATCH'] as const);
      const before = readFileSync(file, 'utf8');
      const response = await send(method, pick(['canada', 'fuzzed', 'ottawa']), admin, entry);
      expect(response.statusCode, JSON.stringify(entry).slice(0, 200)).toBeLessThan(500);
      expect(response.body).not.toMatch(/\n\s+at /);
      if (response.statusCode >= 400) expect(readFileSync(file, 'utf8')).toBe(before);
      else expect(() => loadConfig(file)).not.toThrow();
    }
  });
});
