// GET /community/learning-resources: learning resources by type, educational level, audience and
// language (a BCP 47 tag or its base language: fr finds fr-CA).
import type { FastifyPluginAsync } from 'fastify';
import { isLanguageTag } from '../../../community/validate/fields.js';
import { EDUCATIONAL_LEVELS } from '../../../community/validate/records.js';
import type { LearningQuery, Tracker } from '../../../community/tracker.js';
import type { Query } from '../../search-params.js';
import { matching, oneOf, onlyKnown } from './params.js';

const notEmpty = (v: string) => v.trim() !== '';

export function learningResourceRoutes(tracker: Tracker): FastifyPluginAsync {
  return async (app) => {
    app.get('/community/learning-resources', async (request) => {
      const query = request.query as Query;
      onlyKnown(query, ['type', 'level', 'audience', 'language']);
      const type = matching(query, 'type', notEmpty, 'must not be empty', 'ne doit pas être vide');
      const level = oneOf(query, 'level', EDUCATIONAL_LEVELS);
      const audience = matching(query, 'audience', notEmpty, 'must not be empty', 'ne doit pas être vide');
      const language = matching(query, 'language', isLanguageTag, 'must be a BCP 47 language tag such as fr or fr-CA', 'doit être une étiquette de langue BCP 47 comme fr ou fr-CA');
      const filters: LearningQuery = { ...(type ? { type } : {}), ...(level ? { level } : {}), ...(audience ? { audience } : {}), ...(language ? { language } : {}) };
      const resources = await tracker.learningResources(filters);
      return { total: resources.length, results: resources };
    });
  };
}
