// GET /community/charter-adoptions: International Open Data Charter adoptions newest first, by
// level of government and ISO 3166 region.
import type { FastifyPluginAsync } from 'fastify';
import { JURISDICTION_LEVELS } from '../../../core/dataset.js';
import { isRegion } from '../../../community/validate/fields.js';
import type { CharterQuery, Tracker } from '../../../community/tracker.js';
import type { Query } from '../../search-params.js';
import { matching, oneOf, onlyKnown } from './params.js';

export function charterAdoptionRoutes(tracker: Tracker): FastifyPluginAsync {
  return async (app) => {
    app.get('/community/charter-adoptions', async (request) => {
      const query = request.query as Query;
      onlyKnown(query, ['level', 'region']);
      const level = oneOf(query, 'level', JURISDICTION_LEVELS);
      const region = matching(query, 'region', (v) => isRegion(v.toUpperCase()), 'must be an ISO 3166 code such as CA or CA-ON', 'doit être un code ISO 3166 comme CA ou CA-ON');
      const filters: CharterQuery = { ...(level ? { level } : {}), ...(region ? { region: region.toUpperCase() } : {}) };
      const adoptions = await tracker.charterAdoptions(filters);
      return { total: adoptions.length, results: adoptions };
    });
  };
}
