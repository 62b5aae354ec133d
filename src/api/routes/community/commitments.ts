// GET /community/commitments/{id}: a commitment by OGP id (CA0073) or plan-qualified code
// (AP_CAN05:C01), with its milestones, indicators, statuses, progress history and IRM assessments.
import type { FastifyPluginAsync } from 'fastify';
import type { Tracker } from '../../../community/tracker.js';
import { notFound } from '../../errors.js';
import type { Query } from '../../search-params.js';
import { onlyKnown } from './params.js';

export const COMMITMENT = { en: 'commitment', fr: 'engagement' };

export function commitmentRoutes(tracker: Tracker): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { id: string } }>('/community/commitments/:id', async (request) => {
      onlyKnown(request.query as Query, []);
      const view = await tracker.commitment(request.params.id);
      if (!view) throw notFound(COMMITMENT, request.params.id);
      return view;
    });
  };
}
