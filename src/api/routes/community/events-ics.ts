// GET /events.ics?lang=en|fr: every community event as an iCalendar feed, with UIDs made unique by
// the site's host (configured, or the request's checked Host header).
import type { FastifyPluginAsync } from 'fastify';
import { eventsToIcs } from '../../../community/export/ics.js';
import type { Store } from '../../../store/store.js';
import type { Query } from '../../search-params.js';
import { lang, onlyKnown } from './params.js';
import { siteUrl } from './site-url.js';

export function eventsIcsRoutes(store: Store, publicUrl: string | undefined): FastifyPluginAsync {
  return async (app) => {
    app.get('/events.ics', async (request, reply) => {
      const query = request.query as Query;
      onlyKnown(query, ['lang']);
      const language = lang(query);
      const site = siteUrl(request, publicUrl);
      const feed = eventsToIcs(await store.listCommunity('event'), { lang: language, host: site.hostname });
      // Events whose dates cannot be read are left out; the count says the feed is not whole.
      if (feed.skipped.length > 0) reply.header('x-federa-skipped-events', String(feed.skipped.length));
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="events.ics"').send(feed.body);
    });
  };
}
