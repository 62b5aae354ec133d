// GET /community/indicators/{code}: an indicator with its targets, their computed actuals, whether
// each is met and the records counted, its latest status and its progress history.
import type { FastifyPluginAsync } from 'fastify';
import type { IndicatorView, Tracker } from '../../../community/tracker.js';
import type { Query } from '../../search-params.js';
import { findIndicator } from './indicator-lookup.js';
import { onlyKnown } from './params.js';

/** Each target beside its actual, as the route documents them. */
export function indicatorBody(view: IndicatorView) {
  const { actuals, ...rest } = view;
  return {
    ...rest,
    ...(actuals.met !== undefined ? { met: actuals.met } : {}),
    targets: actuals.targets.map((t) => ({
      ...t.target,
      ...(t.value !== undefined ? { actual: t.value } : {}),
      ...(t.met !== undefined ? { met: t.met } : {}),
      records: t.records,
    })),
  };
}

export function indicatorRoutes(tracker: Tracker): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { code: string } }>('/community/indicators/:code', async (request) => {
      onlyKnown(request.query as Query, []);
      return indicatorBody(await findIndicator(tracker, request.params.code));
    });
  };
}
