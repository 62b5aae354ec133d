// Driving the web forms through Fastify's inject: the sign-in page's cookie and form token, signing
// in, and form POSTs from this site's origin (or another, or none).
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { UiLang } from '../../src/core/langstring.js';
import { pagePath } from '../../src/web/urls.js';

export const HOST = 'federa.test';
export const ORIGIN = `http://${HOST}`;

export function setCookies(headers: Record<string, unknown>): string[] {
  const value = headers['set-cookie'];
  return value === undefined ? [] : Array.isArray(value) ? (value as string[]) : [value as string];
}

export function cookieNamed(headers: Record<string, unknown>, name: string): string | undefined {
  return setCookies(headers).find((c) => c.startsWith(`${name}=`));
}

/** The first form token of a page. */
export function csrfOf(body: string): string | undefined {
  return /name="csrf" value="([^"]*)"/.exec(body)?.[1];
}

export const hasPostForm = (body: string) => /<form[^>]*method="post"/.test(body);

export function get(app: FastifyInstance, url: string, cookie?: string) {
  return app.inject({ url, headers: { host: HOST, ...(cookie ? { cookie } : {}) } });
}

/** A form POST from this site's origin unless `headers` says otherwise (`origin: ''` sends none). */
export function postForm(app: FastifyInstance, url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const sent: Record<string, string> = { host: HOST, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers };
  if (sent.origin === '') delete sent.origin;
  return app.inject({ method: 'POST', url, headers: sent, payload: new URLSearchParams(fields).toString() });
}

/** The sign-in page's cookie ("federa_sign_in=…") and form token. */
export async function signInForm(app: FastifyInstance, lang: UiLang = 'en'): Promise<{ cookie: string; csrf: string }> {
  const page = await get(app, pagePath(lang, 'signIn'));
  const set = cookieNamed(page.headers, 'federa_sign_in')!;
  return { cookie: set.split(';')[0]!, csrf: csrfOf(page.body)! };
}

/** Signs in with `pasted`; the session cookie ("federa_session=…") and the form token of `formPage`. */
export async function signedIn(app: FastifyInstance, pasted: string, formPage: string, lang: UiLang = 'en'): Promise<{ cookie: string; csrf: string }> {
  const form = await signInForm(app, lang);
  const response = await postForm(app, pagePath(lang, 'signIn'), { csrf: form.csrf, token: pasted }, { cookie: form.cookie });
  expect(response.statusCode).toBe(303);
  const cookie = cookieNamed(response.headers, 'federa_session')!.split(';')[0]!;
  const page = await get(app, formPage, cookie);
  return { cookie, csrf: csrfOf(page.body)! };
}
