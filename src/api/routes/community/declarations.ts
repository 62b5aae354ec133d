// GET /community/declarations: declarations newest first, optionally only those that do (or do
// not) use open government language.
import type { FastifyPluginAsync } from 'fastify';
import type { Tracker } from '../../../community/tracker.js';
import type { Query } from '../../search-params.js';
import { boolean, onlyKnown } from './params.js';

export function declarationRoutes(tracker: Tracker): FastifyPluginAsync {
  return async (app) => {
    app.get('/community/declarations', async (request) => {
      const query = request.query as Query;
      onlyKnown(query, ['openGovernmentLanguage']);
      const openGovernmentLanguage = boolean(query, 'openGovernmentLanguage');
      const declarations = await tracker.declarations(openGovernmentLanguage === undefined ? {} : { openGovernmentLanguage });
      return { total: declarations.length, results: declarations };
    });
  };
}
