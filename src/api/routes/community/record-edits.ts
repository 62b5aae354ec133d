// POST /community/{kind}, PUT and DELETE /community/{kind}/{id} for editors: create, replace whole,
// delete what nothing depends on. Validation, references and deadline history are the editor's.
import type { FastifyPluginAsync } from 'fastify';
import { EDITABLE_KINDS, type CommunityEditor, type EditableKind, type EditOutcome } from '../../../community/edits.js';
import { COMMUNITY_KIND_LABELS } from '../../../core/community/vocab.js';
import type { Store } from '../../../store/store.js';
import { authorize } from '../../auth.js';
import { notFound } from '../../errors.js';
import { KIND_PATHS, recordHref } from './paths.js';
import { actor, conflict, invalidRecord } from './replies.js';

function label(kind: EditableKind) {
  const l = COMMUNITY_KIND_LABELS[kind];
  return { en: l.en.toLowerCase(), fr: l.fr.toLowerCase() };
}

function saved<K extends EditableKind>(kind: K, outcome: EditOutcome<K>) {
  switch (outcome.status) {
    case 'invalid':
      throw invalidRecord(outcome.errors);
    case 'exists':
      throw conflict('already_exists', `a ${label(kind).en} "${outcome.id}" already exists: replace it with PUT ${recordHref(kind, outcome.id)}`, `un(e) ${label(kind).fr} « ${outcome.id} » existe déjà : le remplacer avec PUT ${recordHref(kind, outcome.id)}`);
    case 'missing':
      throw notFound(label(kind), outcome.id);
    default: {
      const { record } = outcome;
      return { status: outcome.status, kind, id: record.id, revision: record.revision, href: recordHref(kind, record.id), record: record.data };
    }
  }
}

export function recordEditRoutes(store: Store, editor: CommunityEditor): FastifyPluginAsync {
  return async (app) => {
    for (const kind of EDITABLE_KINDS) {
      const base = `/community/${KIND_PATHS[kind]}`;
      // An indicator is named by its code, as its GET route names it.
      const member = kind === 'indicator' ? `${base}/:code` : `${base}/:id`;
      const idOf = (params: { id?: string; code?: string }) => (kind === 'indicator' ? params.code : params.id) ?? '';

      app.post(base, async (request, reply) => {
        const token = await authorize(store, request, 'editCommunity');
        const body = saved(kind, await editor.create(kind, request.body ?? {}, actor(token)));
        return reply.status(201).header('location', body.href).send(body);
      });

      app.put<{ Params: { id?: string; code?: string } }>(member, async (request) => {
        const token = await authorize(store, request, 'editCommunity');
        return saved(kind, await editor.replace(kind, idOf(request.params), request.body ?? {}, actor(token)));
      });

      app.delete<{ Params: { id?: string; code?: string } }>(member, async (request) => {
        await authorize(store, request, 'editCommunity');
        const id = idOf(request.params);
        const outcome = await editor.delete(kind, id);
        if (outcome.status === 'missing') throw notFound(label(kind), id);
        if (outcome.status === 'in-use') {
          const list = outcome.dependents.map((d) => `${d.kind}: ${d.ids.join(', ')}`).join('; ');
          throw conflict('in_use', `"${id}" is still used (${list}): nothing was deleted`, `« ${id} » est encore utilisé (${list}) : rien n’a été supprimé`);
        }
        return { status: 'deleted', kind, id };
      });
    }
  };
}
