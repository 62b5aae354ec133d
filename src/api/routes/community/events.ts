// GET /community/events: events filtered by time (upcoming soonest first, past newest first),
// kind, attendance, country and indicator.
import type { FastifyPluginAsync } from 'fastify';
import { EVENT_KINDS, ATTENDANCES } from '../../../community/validate/records.js';
import { isCountry } from '../../../community/validate/fields.js';
import type { EventQuery, Tracker } from '../../../community/tracker.js';
import type { Query } from '../../search-params.js';
import { matching, oneOf, onlyKnown } from './params.js';

export const EVENT_PARAMS = ['when', 'kind', 'attendance', 'country', 'indicator'] as const;

export function eventRoutes(tracker: Tracker): FastifyPluginAsync {
  return async (app) => {
    app.get('/community/events', async (request) => {
      const query = request.query as Query;
      onlyKnown(query, EVENT_PARAMS);
      const when = oneOf(query, 'when', ['upcoming', 'past'] as const);
      const kind = oneOf(query, 'kind', EVENT_KINDS);
      const attendance = oneOf(query, 'attendance', ATTENDANCES);
      const country = matching(query, 'country', (v) => isCountry(v.toUpperCase()), 'must be an ISO 3166-1 alpha-2 country code such as CA', 'doit être un code de pays ISO 3166-1 alpha-2 comme CA');
      const indicator = matching(query, 'indicator', (v) => v.trim() !== '', 'must not be empty', 'ne doit pas être vide');
      const filters: EventQuery = {
        ...(when ? { when } : {}),
        ...(kind ? { kind } : {}),
        ...(attendance ? { attendance } : {}),
        ...(country ? { country: country.toUpperCase() } : {}),
        ...(indicator ? { indicator } : {}),
      };
      const events = await tracker.events(filters);
      return { total: events.length, results: events };
    });
  };
}
