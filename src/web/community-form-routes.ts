// The posts of the community record forms: add (to a list's path) and edit (to a record's path).
// The form-routes guard has already checked Origin, the form token and the role; the shared
// CommunityEditor validates and saves, so that a refused post writes nothing.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UiLang } from '../core/langstring.js';
import { CommunityEditor } from '../community/edits.js';
import type { SafeHtml } from './html.js';
import { notFoundPage } from './pages/errors.js';
import { FORM_PAGES, refusedFormPage } from './pages/community/forms/editor.js';
import { fieldText } from './pages/community/forms/fields.messages.js';
import { formInput, type FormValues } from './pages/community/forms/read.js';
import { FORM_FIELDS, type FormKind } from './pages/community/forms/specs.js';
import { routeOf } from './pages/community/routes.js';
import type { WebSession } from './session/sessions.js';
import type { WebDeps } from './server.js';
import { openGovernmentPath, otherLang, translatePath } from './urls.js';

export interface CommunityFormGuard {
  send(reply: FastifyReply, status: number, page: SafeHtml): FastifyReply;
  /** The session of a post that passed the site, token and role checks; undefined once refused. */
  checked(request: FastifyRequest, reply: FastifyReply): Promise<WebSession | undefined>;
  fields(request: FastifyRequest): Record<string, string | undefined>;
  now(): Date;
}

const FORM_KINDS = Object.keys(FORM_PAGES) as FormKind[];

// One editor per server, so that its one-edit-at-a-time queue covers both languages' routes.
const editors = new WeakMap<WebDeps, CommunityEditor>();

function editorOf(deps: WebDeps, now: () => Date): CommunityEditor {
  let editor = editors.get(deps);
  if (!editor) {
    editor = new CommunityEditor(deps.store, now);
    editors.set(deps, editor);
  }
  return editor;
}

/** Only the form's own fields, as sent, to show them again. */
function sentValues(kind: FormKind, fields: Record<string, string | undefined>): FormValues {
  const values: FormValues = {};
  for (const f of FORM_FIELDS[kind]) values[f.name] = fields[f.name] ?? '';
  return values;
}

export function registerCommunityForms(app: FastifyInstance, lang: UiLang, deps: WebDeps, guard: CommunityFormGuard): void {
  const editor = deps.communityEditor ?? editorOf(deps, guard.now);
  const frame = (request: FastifyRequest) => ({ lang, alternate: translatePath(request.url.split('?')[0]!) ?? `/${otherLang(lang)}/` });
  for (const kind of FORM_KINDS) {
    const page = FORM_PAGES[kind];
    app.post(routeOf(lang, page), async (request, reply) => {
      const session = await guard.checked(request, reply);
      if (!session) return reply;
      const fields = guard.fields(request);
      const outcome = await editor.create(kind, formInput(FORM_FIELDS[kind], fields), `web:${session.tokenId}`);
      const refused = (status: number, state: { errors?: Parameters<typeof refusedFormPage>[2]['errors']; problem?: string }) =>
        guard.send(reply.header('cache-control', 'no-store'), status, refusedFormPage(frame(request), kind, { mode: 'add', csrf: session.csrf, values: sentValues(kind, fields), ...state }));
      if (outcome.status === 'invalid') return refused(400, { errors: outcome.errors });
      if (outcome.status === 'exists') return refused(409, { problem: fieldText(lang)('exists', { id: outcome.id }) });
      if (outcome.status === 'missing') return guard.send(reply, 404, notFoundPage(frame(request)));
      return reply.redirect(openGovernmentPath(lang, page, outcome.record.id), 303);
    });
    app.post<{ Params: { id: string } }>(routeOf(lang, page, ':id'), async (request, reply) => {
      const session = await guard.checked(request, reply);
      if (!session) return reply;
      const fields = guard.fields(request);
      const id = request.params.id;
      const outcome = await editor.replace(kind, id, formInput(FORM_FIELDS[kind], fields), `web:${session.tokenId}`);
      if (outcome.status === 'invalid') {
        return guard.send(reply.header('cache-control', 'no-store'), 400, refusedFormPage(frame(request), kind, { mode: 'edit', id, csrf: session.csrf, values: sentValues(kind, fields), errors: outcome.errors }));
      }
      if (outcome.status === 'missing' || outcome.status === 'exists') return guard.send(reply, 404, notFoundPage(frame(request)));
      return reply.redirect(openGovernmentPath(lang, page, outcome.record.id), 303);
    });
  }
}
