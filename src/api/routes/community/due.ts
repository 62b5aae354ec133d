// GET /community/due: per plan, the indicators whose report for the current reporting period is missing.
import type { FastifyPluginAsync } from 'fastify';
import type { Tracker } from '../../../community/tracker.js';
import type { Query } from '../../search-params.js';
import { onlyKnown } from './params.js';

export function dueRoutes(tracker: Tracker): FastifyPluginAsync {
  return async (app) => {
    app.get('/community/due', async (request) => {
      onlyKnown(request.query as Query, []);
      const plans = await tracker.due(new Date());
      return { total: plans.reduce((sum, p) => sum + p.indicators.length, 0), results: plans };
    });
  };
}
