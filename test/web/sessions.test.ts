// Web sessions and CSRF: signing in with a pasted API token, the session cookie's flags, the
// "Harvest now" form only for signed-in editors, every state-changing POST refused (403, nothing
// changed) without its form token or from another origin, and sessions ended by sign-out,
// revocation of their token, idleness and age.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../src/core/api-token.js';
import type { UiLang } from '../../src/core/langstring.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { TokenRole } from '../../src/store/store.js';
import { cookieHeader, readCookie } from '../../src/web/session/cookies.js';
import { webRoutes, type WebDeps } from '../../src/web/server.js';
import { pagePath, sourceActionPath } from '../../src/web/urls.js';
import { sourceSettings } from '../store/records.js';
import { stubDocument } from '../store/stub-document.js';
import { cookieNamed, csrfOf, get as getPage, hasPostForm, ORIGIN, postForm as post, signedIn as signedInOf, signInForm as signInFormOf } from './form-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-web-sessions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const MINUTE = 60_000;

let store: SqliteStore;
let app: FastifyInstance;
let started: { source: string; mode: string }[];
let clock: Date;

beforeEach(async () => {
  started = [];
  clock = new Date('2026-03-01T12:00:00Z');
  store = SqliteStore.open({ path: join(dir, `web-${++n}.db`), buildDocument: stubDocument });
  await store.saveSource(sourceSettings('canada'), { enabled: true });
  const deps: WebDeps = {
    store,
    search: async () => ({ total: 0, page: 1, size: 0, results: [], facets: {} }) as never,
    startHarvest: async (source, mode) => {
      started.push({ source, mode });
      return { status: 'started', jobId: `${source}-job-${started.length}` };
    },
    sessionPolicy: { idleMs: 30 * MINUTE, absoluteMs: 8 * 60 * MINUTE },
    now: () => clock,
  };
  app = Fastify();
  await app.register(webRoutes(deps));
});
afterEach(async () => {
  await app.close();
  await store.close();
});

async function token(role: TokenRole): Promise<{ token: string; id: string }> {
  const made = newToken();
  await store.createToken({ id: made.id, role, hash: hashToken(made.token), createdAt: clock.toISOString() });
  return made;
}

const get = (url: string, cookie?: string) => getPage(app, url, cookie);
const postForm = (url: string, fields: Record<string, string>, headers: Record<string, string> = {}) => post(app, url, fields, headers);
const signInForm = (lang: UiLang = 'en') => signInFormOf(app, lang);
const signedIn = (pasted: string, lang: UiLang = 'en') => signedInOf(app, pasted, pagePath(lang, 'sources', 'canada'), lang);

const harvestUrl = (lang: UiLang = 'en') => sourceActionPath(lang, 'canada', 'harvest');

describe('signing in', () => {
  it('serves a bilingual sign-in page whose form carries a token tied to an HttpOnly, SameSite=Strict cookie', async () => {
    for (const [lang, heading] of [['en', 'Sign in'], ['fr', 'Connexion']] as const) {
      const page = await get(pagePath(lang, 'signIn'));
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`<html lang="${lang}">`);
      expect(page.body).toContain(`<h1>${heading}</h1>`);
      expect(page.body).toMatch(/<input type="password" id="token" name="token"/);
      expect(page.headers['content-security-policy']).toContain("form-action 'self'");
      expect(page.headers['cache-control']).toBe('no-store');
      const cookie = cookieNamed(page.headers, 'federa_sign_in')!;
      expect(cookie).toMatch(/; Path=\/; HttpOnly; SameSite=Strict/);
      expect(cookie).not.toMatch(/Secure/);
      expect(csrfOf(page.body)).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    }
    expect(pagePath('fr', 'signIn')).toBe('/fr/connexion');
  });

  it('opens a session for a live token: a HttpOnly, SameSite=Strict cookie whose id is stored only hashed', async () => {
    const { token: pasted, id } = await token('editor');
    const form = await signInForm();
    const response = await postForm('/en/sign-in', { csrf: form.csrf, token: pasted }, { cookie: form.cookie });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/sources');
    const set = cookieNamed(response.headers, 'federa_session')!;
    expect(set).toMatch(/^federa_session=[A-Za-z0-9_-]{40,}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    const value = readCookie(set.split(';')[0], 'federa_session')!;
    const stored = await store.findSession(createHash('sha256').update(value).digest('hex'));
    expect(stored).toMatchObject({ tokenId: id, role: 'editor', expiresAt: '2026-03-01T20:00:00.000Z' });
    expect(await store.findSession(value)).toBeUndefined();
    // The sign-in cookie is spent.
    expect(cookieNamed(response.headers, 'federa_sign_in')).toMatch(/Max-Age=0/);
  });

  it('marks cookies Secure for https requests', () => {
    expect(cookieHeader('federa_session', 'abc', { maxAge: 60, secure: true })).toBe('federa_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=60; Secure');
  });

  it('refuses an unknown or revoked token with the form again (401) and opens no session', async () => {
    const revoked = await token('admin');
    await store.revokeToken(revoked.id, clock.toISOString());
    for (const [lang, message] of [['en', 'unknown or revoked'], ['fr', 'inconnu ou révoqué']] as const) {
      for (const pasted of [revoked.token, newToken().token, '', 'x'.repeat(500)]) {
        const form = await signInForm(lang);
        const response = await postForm(pagePath(lang, 'signIn'), { csrf: form.csrf, token: pasted }, { cookie: form.cookie });
        expect(response.statusCode).toBe(401);
        expect(response.body).toContain(message);
        expect(response.body).not.toContain(revoked.token);
        expect(cookieNamed(response.headers, 'federa_session')).toBeUndefined();
      }
    }
  });

  it('refuses a sign-in without its form token, with a wrong one, or from another origin (403)', async () => {
    const { token: pasted } = await token('admin');
    const form = await signInForm();
    const attempts = [
      postForm('/en/sign-in', { token: pasted }, { cookie: form.cookie }),
      postForm('/en/sign-in', { csrf: `${form.csrf.slice(1)}x`, token: pasted }, { cookie: form.cookie }),
      postForm('/en/sign-in', { csrf: form.csrf, token: pasted }),
      postForm('/en/sign-in', { csrf: form.csrf, token: pasted }, { cookie: form.cookie, origin: 'http://evil.example' }),
    ];
    // A JSON body of the wrong shape is refused the same way, never with a 500.
    attempts.push(app.inject({ method: 'POST', url: '/en/sign-in', headers: { host: 'federa.test', origin: ORIGIN, cookie: form.cookie }, payload: { csrf: [form.csrf], token: { x: 1 } } }));
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain('Nothing was changed');
      expect(cookieNamed(response.headers, 'federa_session')).toBeUndefined();
    }
  });
});

describe('the "Harvest now" form', () => {
  it('is shown to a signed-in editor only, and starts the harvest it names', async () => {
    const signedOut = await get('/en/sources/canada');
    expect(signedOut.statusCode).toBe(200);
    expect(hasPostForm(signedOut.body)).toBe(false);
    expect(signedOut.body).toContain('href="/en/sign-in"');

    const { token: pasted } = await token('editor');
    const session = await signedIn(pasted);
    const page = await get('/en/sources/canada', session.cookie);
    expect(page.body).toContain(`action="${harvestUrl()}"`);
    expect(page.headers['cache-control']).toBe('no-store');
    const response = await postForm(harvestUrl(), { csrf: session.csrf, mode: 'full' }, { cookie: session.cookie });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/en/jobs/canada-job-1');
    expect(started).toEqual([{ source: 'canada', mode: 'full' }]);

    const fr = await signedIn(pasted, 'fr');
    const french = await postForm(harvestUrl('fr'), { csrf: fr.csrf }, { cookie: fr.cookie, origin: '', referer: `${ORIGIN}/fr/sources/canada` });
    expect(french.headers.location).toBe('/fr/moissonnages/canada-job-2');
    expect(started[1]).toEqual({ source: 'canada', mode: 'incremental' });
  });

  it('refuses, with a bilingual 403 page and nothing started, a POST without its form token, with a wrong one or from another origin', async () => {
    const { token: pasted } = await token('editor');
    const session = await signedIn(pasted);
    const other = await signedIn(pasted);
    const attempts: Array<[string, Record<string, string>, Record<string, string>]> = [
      ['missing token', { mode: 'full' }, { cookie: session.cookie }],
      ['wrong token', { mode: 'full', csrf: 'A'.repeat(session.csrf.length) }, { cookie: session.cookie }],
      ["another session's token", { mode: 'full', csrf: other.csrf }, { cookie: session.cookie }],
      ['another origin', { mode: 'full', csrf: session.csrf }, { cookie: session.cookie, origin: 'http://evil.example' }],
      ['another port', { mode: 'full', csrf: session.csrf }, { cookie: session.cookie, origin: `${ORIGIN}:8081` }],
      ['a null origin', { mode: 'full', csrf: session.csrf }, { cookie: session.cookie, origin: 'null' }],
      ['a referer from another site', { mode: 'full', csrf: session.csrf }, { cookie: session.cookie, origin: '', referer: 'http://evil.example/en/sources/canada' }],
      ['neither origin nor referer', { mode: 'full', csrf: session.csrf }, { cookie: session.cookie, origin: '' }],
      ['no session', { mode: 'full', csrf: session.csrf }, {}],
    ];
    for (const [what, fields, headers] of attempts) {
      const response = await postForm(harvestUrl(), fields, headers);
      expect(response.statusCode, what).toBe(403);
      expect(response.body, what).toContain('Nothing was changed');
      const french = await postForm(harvestUrl('fr'), fields, headers);
      expect(french.statusCode, what).toBe(403);
      expect(french.body, what).toContain('Rien n’a été modifié');
      // The language link leads to the page the form was on, not to the form's POST-only path.
      expect(french.body, what).toContain('hreflang="en" href="/en/sources/canada"');
    }
    expect(started).toEqual([]);
  });
});

describe('ending sessions', () => {
  it('signs out with the form (its token required) and the old cookie then opens nothing', async () => {
    const { token: pasted } = await token('admin');
    const session = await signedIn(pasted);
    const forged = await postForm('/en/sign-out', {}, { cookie: session.cookie });
    expect(forged.statusCode).toBe(403);
    expect(hasPostForm((await get('/en/sources/canada', session.cookie)).body)).toBe(true);

    const page = await get('/en/sign-in', session.cookie);
    expect(page.body).toContain('action="/en/sign-out"');
    const out = await postForm('/en/sign-out', { csrf: csrfOf(page.body)! }, { cookie: session.cookie });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/en/');
    expect(cookieNamed(out.headers, 'federa_session')).toMatch(/Max-Age=0/);
    expect(hasPostForm((await get('/en/sources/canada', session.cookie)).body)).toBe(false);
    expect((await postForm(harvestUrl(), { csrf: session.csrf }, { cookie: session.cookie })).statusCode).toBe(403);
    expect(started).toEqual([]);
  });

  it('ends the sessions of a revoked token', async () => {
    const made = await token('editor');
    const session = await signedIn(made.token);
    await store.revokeToken(made.id, clock.toISOString());
    expect(hasPostForm((await get('/en/sources/canada', session.cookie)).body)).toBe(false);
    expect((await postForm(harvestUrl(), { csrf: session.csrf }, { cookie: session.cookie })).statusCode).toBe(403);
    expect(started).toEqual([]);
  });

  it('ends a session left idle too long, and any session past its absolute lifetime', async () => {
    const { token: pasted } = await token('editor');
    const idle = await signedIn(pasted);
    clock = new Date(clock.getTime() + 31 * MINUTE);
    expect(hasPostForm((await get('/en/sources/canada', idle.cookie)).body)).toBe(false);

    const active = await signedIn(pasted);
    for (let i = 0; i < 20; i++) {
      clock = new Date(clock.getTime() + 20 * MINUTE);
      const visible = hasPostForm((await get('/en/sources/canada', active.cookie)).body);
      // Used every 20 minutes, it lives its 8 hours and not a minute more.
      expect(visible, `after ${(i + 1) * 20} minutes`).toBe((i + 1) * 20 < 8 * 60);
    }
  });
});
