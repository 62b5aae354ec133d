// GET and POST /community/indicators/{code}/progress: an indicator's progress reports (oldest
// first), and a new one from an editor's token (422 naming every bad field; nothing stored then).
import type { FastifyPluginAsync } from 'fastify';
import type { Tracker } from '../../../community/tracker.js';
import { progressSubmission } from '../../../community/validate/progress.js';
import type { Store } from '../../../store/store.js';
import { authorize } from '../../auth.js';
import type { Query } from '../../search-params.js';
import { findIndicator } from './indicator-lookup.js';
import { onlyKnown } from './params.js';
import { actor, invalidRecord } from './replies.js';

export function progressRoutes(store: Store, tracker: Tracker): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { code: string } }>('/community/indicators/:code/progress', async (request) => {
      onlyKnown(request.query as Query, []);
      const { indicator, history } = await findIndicator(tracker, request.params.code);
      return { indicator: indicator.id, total: history.length, results: history };
    });

    app.post<{ Params: { code: string } }>('/community/indicators/:code/progress', async (request, reply) => {
      const token = await authorize(store, request, 'editCommunity');
      const { indicator } = await findIndicator(tracker, request.params.code);
      const shaped = progressSubmission(indicator.id, request.body ?? {});
      if ('errors' in shaped) throw invalidRecord(shaped.errors);
      const outcome = await tracker.postProgress(shaped.submission, actor(token), new Date());
      if ('errors' in outcome) throw invalidRecord(outcome.errors);
      const href = `/api/v1/community/indicators/${encodeURIComponent(indicator.id)}/progress`;
      return reply.status(201).header('location', href).send(outcome.stored);
    });
  };
}
