// GET /community/{kind}/{id} for the kinds with no view of their own (milestones, events,
// declarations, charter adoptions, learning resources): the stored record with its revision.
import type { FastifyPluginAsync } from 'fastify';
import type { EditableKind } from '../../../community/edits.js';
import { COMMUNITY_KIND_LABELS } from '../../../core/community/vocab.js';
import type { Store } from '../../../store/store.js';
import { notFound } from '../../errors.js';
import type { Query } from '../../search-params.js';
import { onlyKnown } from './params.js';
import { KIND_PATHS } from './paths.js';

export const PLAIN_RECORD_KINDS = ['milestone', 'event', 'declaration', 'charter-adoption', 'learning-resource'] as const satisfies readonly EditableKind[];

export function recordRoutes(store: Store): FastifyPluginAsync {
  return async (app) => {
    for (const kind of PLAIN_RECORD_KINDS) {
      app.get<{ Params: { id: string } }>(`/community/${KIND_PATHS[kind]}/:id`, async (request) => {
        onlyKnown(request.query as Query, []);
        const stored = await store.getCommunity(kind, request.params.id);
        if (!stored) {
          const l = COMMUNITY_KIND_LABELS[kind];
          throw notFound({ en: l.en.toLowerCase(), fr: l.fr.toLowerCase() }, request.params.id);
        }
        return { ...stored.data, revision: stored.revision, createdAt: stored.createdAt, updatedAt: stored.updatedAt };
      });
    }
  };
}
