// The routes of the forms that change state: sign in, sign out, harvest now. Each POST must come
// from this site (Origin or Referer) and carry the form token of its session (or, for signing
// in, of the sign-in page); otherwise it gets a 403 page and changes nothing.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UiLang } from '../core/langstring.js';
import { mayDo, type Action } from '../core/permissions.js';
import { ConfigError } from '../harvest/config.js';
import { html, type SafeHtml } from './html.js';
import { notFoundPage } from './pages/errors.js';
import { sessionText } from './pages/session.messages.js';
import { postProgressReport } from './pages/open-government/post-progress.js';
import { issuesList, settingsChange } from './pages/source-settings.js';
import { registerCommunityForms } from './community-form-routes.js';
import { refusedPage } from './pages/errors.js';
import { CSRF_FIELD, roleName, signInPage } from './pages/sign-in.js';
import { cookieHeader, readCookie } from './session/cookies.js';
import { fromThisSite } from './session/origin.js';
import { DEFAULT_SESSION_POLICY, findSession, formToken, newSecret, sameFormToken, SESSION_COOKIE, SIGN_IN_COOKIE, signIn, signOut, type SessionPolicy, type WebSession } from './session/sessions.js';
import type { PageContext, WebDeps } from './server.js';
import { OPEN_GOVERNMENT_PAGES, otherLang, pagePath, PAGES, SOURCE_ACTIONS, translatePath } from './urls.js';

type FormBody = Record<string, string | undefined>;
type Send = (reply: FastifyReply, status: number, page: SafeHtml) => FastifyReply;
type Frame = Pick<PageContext, 'lang' | 'alternate'>;

const ACTION_WORDS: Record<Action, { en: string; fr: string }> = {
  startHarvest: { en: 'start a harvest', fr: 'lancer un moissonnage' },
  editSource: { en: 'change a source', fr: 'modifier une source' },
  editCommunity: { en: 'edit the community tracker', fr: 'modifier le suivi de la communauté' },
};

/** `application/x-www-form-urlencoded` bodies as flat records (a repeated field keeps its first value). */
export function registerFormParser(app: FastifyInstance): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    const fields: FormBody = {};
    for (const [key, value] of new URLSearchParams(body as string)) if (!(key in fields)) fields[key] = value;
    done(null, fields);
  });
}

export function sessionPolicy(deps: WebDeps): SessionPolicy {
  return deps.sessionPolicy ?? DEFAULT_SESSION_POLICY;
}

export function now(deps: WebDeps): Date {
  return deps.now ? deps.now() : new Date();
}

/** The live session of a request, if it has one. */
export function requestSession(deps: WebDeps, request: FastifyRequest): Promise<WebSession | undefined> {
  return findSession(deps.store, readCookie(request.headers.cookie, SESSION_COOKIE), sessionPolicy(deps), now(deps));
}

const secure = (request: FastifyRequest) => request.protocol === 'https';

/** The string fields of a posted form (a JSON body's other values are ignored, never trusted). */
function body(request: FastifyRequest): FormBody {
  const b = request.body;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) return {};
  return Object.fromEntries(Object.entries(b).filter(([, value]) => typeof value === 'string')) as FormBody;
}

/** The other language's version of the page a form was on (a form's own path takes only POST). */
function alternateOf(lang: UiLang, url: string): string {
  const path = url.split('?')[0]!;
  const source = new RegExp(`^/${lang}/${PAGES.sources[lang]}/[^/]+`).exec(path)?.[0];
  const openGovernment = path.startsWith(`/${lang}/${PAGES.openGovernment[lang]}/`) ? path : undefined;
  const onPage = source ?? openGovernment ?? (path === `/${lang}/${PAGES.signIn[lang]}` ? path : `/${lang}/`);
  return translatePath(onPage) ?? `/${otherLang(lang)}/`;
}

export function registerFormRoutes(app: FastifyInstance, lang: UiLang, deps: WebDeps, send: Send): void {
  const frame = (request: FastifyRequest): Frame => ({ lang, alternate: alternateOf(lang, request.url) });
  const t = sessionText(lang);
  const refuseForm = (request: FastifyRequest, reply: FastifyReply) => send(reply, 403, refusedPage(frame(request), t('refusedTitle'), t('refusedForm')));
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

  /** The session of a state-changing POST that passed both CSRF checks and may take `action`;
   * undefined when the 403 page was sent instead. */
  async function checkedSession(request: FastifyRequest, reply: FastifyReply, action: Action): Promise<WebSession | undefined> {
    const session = await requestSession(deps, request);
    if (!fromThisSite(request) || (session && !sameFormToken(session.csrf, body(request)[CSRF_FIELD]))) {
      refuseForm(request, reply);
      return undefined;
    }
    if (!session) {
      send(reply, 403, refusedPage(frame(request), t('refusedTitle'), t('refusedSignedOut'), { href: pagePath(lang, 'signIn'), label: t('signInTitle') }));
      return undefined;
    }
    if (!mayDo(session.role, action)) {
      send(reply, 403, refusedPage(frame(request), t('refusedTitle'), t('refusedRole', { role: roleName(lang, session.role), action: ACTION_WORDS[action][lang] })));
      return undefined;
    }
    return session;
  }

  const signInPath = `/${PAGES.signIn[lang]}`;

  app.get(signInPath, async (request, reply) => {
    const session = await requestSession(deps, request);
    let secret = readCookie(request.headers.cookie, SIGN_IN_COOKIE);
    if (!session && !secret) {
      secret = newSecret();
      reply.header('set-cookie', cookieHeader(SIGN_IN_COOKIE, secret, { maxAge: 3600, secure: secure(request) }));
    }
    return send(noStore(reply), 200, signInPage(frame(request), { formToken: secret ? formToken(secret, 'sign-in') : '', ...(session ? { session } : {}) }));
  });

  app.post(signInPath, async (request, reply) => {
    const secret = readCookie(request.headers.cookie, SIGN_IN_COOKIE);
    if (!fromThisSite(request) || !secret || !sameFormToken(formToken(secret, 'sign-in'), body(request)[CSRF_FIELD])) return refuseForm(request, reply);
    const result = await signIn(deps.store, body(request).token ?? '', sessionPolicy(deps), now(deps));
    if (result.status === 'refused') return send(noStore(reply), 401, signInPage(frame(request), { formToken: formToken(secret, 'sign-in'), refused: true }));
    // A session id chosen before sign-in is never kept (no fixation): the old one ends here.
    const previous = await requestSession(deps, request);
    if (previous) await signOut(deps.store, previous);
    reply.header('set-cookie', [
      cookieHeader(SESSION_COOKIE, result.cookie, { maxAge: result.maxAgeSeconds, secure: secure(request) }),
      cookieHeader(SIGN_IN_COOKIE, 'x', { maxAge: 0, secure: secure(request) }),
    ]);
    return noStore(reply).redirect(pagePath(lang, 'sources'), 303);
  });

  app.post(`/${PAGES.signOut[lang]}`, async (request, reply) => {
    const session = await requestSession(deps, request);
    // Without a live session there is nothing to end: the stale cookie is only cleared.
    if (session && (!fromThisSite(request) || !sameFormToken(session.csrf, body(request)[CSRF_FIELD]))) return refuseForm(request, reply);
    if (session) await signOut(deps.store, session);
    reply.header('set-cookie', cookieHeader(SESSION_COOKIE, 'x', { maxAge: 0, secure: secure(request) }));
    return noStore(reply).redirect(pagePath(lang, 'home'), 303);
  });

  const startHarvest = deps.startHarvest;
  if (startHarvest) {
    app.post<{ Params: { id: string } }>(`/${PAGES.sources[lang]}/:id/${SOURCE_ACTIONS.harvest[lang]}`, async (request, reply) => {
      if (!(await checkedSession(request, reply, 'startHarvest'))) return reply;
      const id = request.params.id;
      const mode = body(request).mode === 'full' ? 'full' : 'incremental';
      const started = (await deps.store.getSource(id)) ? await startHarvest(id, mode) : { status: 'unknown' as const };
      if (started.status === 'unknown') return send(reply, 404, notFoundPage(frame(request)));
      if (started.status === 'busy') return send(reply, 409, refusedPage(frame(request), t('busyTitle'), t('busyText'), { href: pagePath(lang, 'sources', id), label: t('backToSource') }));
      return reply.redirect(pagePath(lang, 'job', started.jobId), 303);
    });
  }

  const editor = deps.editSources;
  if (editor) {
    app.post<{ Params: { id: string } }>(`/${PAGES.sources[lang]}/:id/${SOURCE_ACTIONS.settings[lang]}`, async (request, reply) => {
      if (!(await checkedSession(request, reply, 'editSource'))) return reply;
      const id = request.params.id;
      const back = { href: pagePath(lang, 'sources', id), label: t('backToSource') };
      let result;
      try {
        result = await editor.patch(id, settingsChange(body(request)));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        return send(reply, 503, refusedPage(frame(request), t('settingsInvalidTitle'), t('configUnavailable'), back, html`<p lang="en"><code>${error.message}</code></p>`));
      }
      if (result.status === 'unknown') return send(reply, 404, notFoundPage(frame(request)));
      if (result.status === 'invalid') return send(reply, 400, refusedPage(frame(request), t('settingsInvalidTitle'), t('settingsInvalid'), back, issuesList(lang, result.issues)));
      return reply.redirect(pagePath(lang, 'sources', id), 303);
    });
  }

  if (deps.tracker) {
    // The progress form posts to its indicator's page, which it comes back to with any errors.
    app.post<{ Params: { code: string } }>(`/${PAGES.openGovernment[lang]}/${OPEN_GOVERNMENT_PAGES.indicators[lang]}/:code`, async (request, reply) => {
      const session = await checkedSession(request, reply, 'editCommunity');
      if (!session) return reply;
      const result = await postProgressReport({ ...frame(request), deps, query: {}, params: request.params, session }, body(request));
      noStore(reply);
      if (!result) return send(reply, 404, notFoundPage(frame(request)));
      if ('redirect' in result) return reply.redirect(result.redirect, 303);
      return send(reply, result.status, result.page);
    });
    registerCommunityForms(app, lang, deps, { send, checked: (request, reply) => checkedSession(request, reply, 'editCommunity'), fields: body, now: () => now(deps) });
  }
}
