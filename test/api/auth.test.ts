// State-changing API requests: bearer tokens (stored as hashes), roles, and the API's limits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../src/core/api-token.js';
import { buildApi, type ApiOptions, type HarvestStarter } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { TokenRole } from '../../src/store/store.js';
import { sourceSettings } from '../store/records.js';
import { stubDocument } from '../store/stub-document.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-auth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

let store: SqliteStore;
let app: FastifyInstance;
let started: { source: string; mode: string }[];
let busy: Set<string>;

const starter: HarvestStarter = async (source, mode) => {
  if (busy.has(source)) return { status: 'busy' };
  started.push({ source, mode });
  busy.add(source);
  return { status: 'started', jobId: `${source}-job-${started.length}` };
};

async function open(options: ApiOptions = {}): Promise<void> {
  store = SqliteStore.open({ path: join(dir, `auth-${++n}.db`), buildDocument: stubDocument });
  await store.saveSource(sourceSettings('canada'), { enabled: true });
  app = await buildApi({ store, search: async () => ({ total: 0, page: 1, size: 0, results: [], facets: {} }) as never, startHarvest: starter }, options);
}

async function token(role: TokenRole): Promise<{ token: string; id: string }> {
  const made = newToken();
  await store.createToken({ id: made.id, role, hash: hashToken(made.token), createdAt: new Date().toISOString() });
  return made;
}

const harvest = (headers: Record<string, string> = {}, payload?: unknown, source = 'canada') =>
  app.inject({ method: 'POST', url: `/api/v1/sources/${source}/harvest`, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });

beforeEach(() => {
  started = [];
  busy = new Set();
});
afterEach(async () => {
  await app?.close();
  await store?.close();
});

describe('POST /api/v1/sources/{id}/harvest', () => {
  it('refuses a request without a token: 401, WWW-Authenticate: Bearer, a bilingual error, nothing started', async () => {
    await open();
    const response = await harvest();
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    const body = response.json() as { error: { code: string; message: { en: string; fr: string } } };
    expect(body.error.code).toBe('unauthorized');
    expect(body.error.message.en).toMatch(/Authorization: Bearer/);
    expect(body.error.message.fr).toMatch(/jeton/);
    expect(started).toEqual([]);
  });

  it('refuses an unknown, malformed or revoked token with 401 and never echoes it', async () => {
    await open();
    const revoked = await token('admin');
    await store.revokeToken(revoked.id, new Date().toISOString());
    const attempts = [`Bearer ${newToken().token}`, `Bearer ${revoked.token}`, 'Bearer', `Basic ${Buffer.from('a:b').toString('base64')}`, `Bearer ${'x'.repeat(5000)}`, `bearer ${revoked.token}`];
    for (const authorization of attempts) {
      const response = await harvest({ authorization });
      expect(response.statusCode, authorization.slice(0, 30)).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(response.body).not.toContain(revoked.token);
    }
    expect(started).toEqual([]);
  });

  it('lets an editor and an admin start a harvest (202 with the job), records the use, and answers 409 while it runs', async () => {
    await open();
    const editor = await token('editor');
    const admin = await token('admin');
    const first = await harvest({ authorization: `Bearer ${editor.token}` }, { mode: 'full' });
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ source: 'canada', mode: 'full', job: 'canada-job-1', href: '/api/v1/jobs/canada-job-1' });
    const again = await harvest({ authorization: `Bearer ${admin.token}` });
    expect(again.statusCode).toBe(409);
    expect((again.json() as { error: { code: string } }).error.code).toBe('already_harvesting');
    busy.clear();
    const incremental = await harvest({ authorization: `Bearer ${admin.token}` });
    expect(incremental.statusCode).toBe(202);
    expect(started).toEqual([{ source: 'canada', mode: 'full' }, { source: 'canada', mode: 'incremental' }]);
    const used = await store.listTokens();
    expect(used.every((t) => t.lastUsedAt !== undefined)).toBe(true);
    // Only hashes are stored.
    expect(JSON.stringify(used)).not.toContain(editor.token);
  });

  it('validates the body and the source after the token', async () => {
    await open();
    const { token: t } = await token('editor');
    const auth = { authorization: `Bearer ${t}` };
    for (const payload of [{ mode: 'everything' }, { mode: 'full', extra: 1 }, [1, 2]]) {
      const response = await harvest(auth, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const broken = await app.inject({ method: 'POST', url: '/api/v1/sources/canada/harvest', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"mode": ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).not.toMatch(/\n\s+at /);
    expect((await harvest(auth, { mode: 'full' }, 'nowhere')).statusCode).toBe(404);
    expect((await harvest({}, { mode: 'full' }, 'nowhere')).statusCode).toBe(401);
    expect(started).toEqual([]);
  });

  it('refuses a body over the limit with 413 and no stack trace', async () => {
    await open({ bodyLimit: 1024 });
    const { token: t } = await token('editor');
    const response = await harvest({ authorization: `Bearer ${t}`, 'content-type': 'application/json' }, JSON.stringify({ mode: 'full', pad: 'x'.repeat(4096) }));
    expect(response.statusCode).toBe(413);
    expect(response.body).not.toMatch(/\n\s+at /);
    expect(started).toEqual([]);
  });
});

describe('API limits and headers', () => {
  it('limits each client to its budget: 429 with Retry-After and a bilingual error', async () => {
    await open({ rateLimit: { max: 3, windowMs: 60_000, exemptLoopback: false } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.inject({ method: 'GET', url: '/api/v1/sources' })).statusCode);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await app.inject({ method: 'GET', url: '/api/v1/sources' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const body = refused.json() as { error: { status: number; message: { en: string; fr: string } } };
    expect(body.error.status).toBe(429);
    expect(body.error.message.fr).toMatch(/réessayez/);
    // Another client has its own budget.
    expect((await app.inject({ method: 'GET', url: '/api/v1/sources', remoteAddress: '203.0.113.9' })).statusCode).toBe(200);
  });

  it('leaves loopback clients unlimited when told to', async () => {
    await open({ rateLimit: { max: 2, windowMs: 60_000, exemptLoopback: true } });
    for (let i = 0; i < 5; i++) expect((await app.inject({ method: 'GET', url: '/api/v1/sources' })).statusCode).toBe(200);
    const remote = [];
    for (let i = 0; i < 3; i++) remote.push((await app.inject({ method: 'GET', url: '/api/v1/sources', remoteAddress: '198.51.100.4' })).statusCode);
    expect(remote).toEqual([200, 200, 429]);
  });

  it('sends security headers and a strict CSP on JSON answers, errors included', async () => {
    await open();
    for (const url of ['/api/v1/sources', '/api/v1/datasets/nope', '/api/v1/nowhere']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
    }
  });
});
