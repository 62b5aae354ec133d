// GET /community/plans and /community/plans/{id}: action plans with their indicators' latest statuses.
import type { FastifyPluginAsync } from 'fastify';
import type { Tracker } from '../../../community/tracker.js';
import { notFound } from '../../errors.js';
import type { Query } from '../../search-params.js';
import { onlyKnown } from './params.js';

export function planRoutes(tracker: Tracker): FastifyPluginAsync {
  return async (app) => {
    app.get('/community/plans', async (request) => {
      onlyKnown(request.query as Query, []);
      const plans = await tracker.plans();
      return { total: plans.length, results: plans };
    });

    app.get<{ Params: { id: string } }>('/community/plans/:id', async (request) => {
      onlyKnown(request.query as Query, []);
      const plan = await tracker.plan(request.params.id);
      if (!plan) throw notFound({ en: 'action plan', fr: 'plan d’action' }, request.params.id);
      return plan;
    });
  };
}
