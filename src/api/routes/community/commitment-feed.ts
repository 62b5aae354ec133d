// GET /community/commitments/{id}/feed.atom?lang=en|fr: the commitment's progress reports as Atom,
// linking to its web page in that language.
import type { FastifyPluginAsync } from 'fastify';
import { commitmentProgressAtom, type MarkdownRenderer } from '../../../community/export/atom.js';
import type { Tracker } from '../../../community/tracker.js';
import type { Store } from '../../../store/store.js';
import { notFound } from '../../errors.js';
import type { Query } from '../../search-params.js';
import { COMMITMENT } from './commitments.js';
import { lang, onlyKnown } from './params.js';
import { siteUrl } from './site-url.js';

/** The web's commitment page (src/web owns these paths; the API only links to them). */
export function commitmentPagePath(id: string, language: 'en' | 'fr'): string {
  const segment = encodeURIComponent(id);
  return language === 'en' ? `/en/open-government/commitments/${segment}` : `/fr/gouvernement-ouvert/engagements/${segment}`;
}

// RFC 4151 wants a domain name; a bare host such as "localhost" is made one under the reserved .invalid.
function tagDomain(hostname: string): string {
  return hostname.includes('.') ? hostname : `${hostname}.invalid`;
}

export interface FeedDeps {
  store: Store;
  tracker: Tracker;
  publicUrl?: string;
  renderMarkdown?: MarkdownRenderer;
}

export function commitmentFeedRoutes(deps: FeedDeps): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { id: string } }>('/community/commitments/:id/feed.atom', async (request, reply) => {
      const query = request.query as Query;
      onlyKnown(query, ['lang']);
      const language = lang(query);
      const site = siteUrl(request, deps.publicUrl);
      const view = await deps.tracker.commitment(request.params.id);
      const stored = view ? await deps.store.getCommunity('commitment', view.commitment.id) : undefined;
      if (!view || !stored) throw notFound(COMMITMENT, request.params.id);
      const body = commitmentProgressAtom(
        stored,
        view.indicators.map((i) => i.indicator),
        view.history,
        {
          lang: language,
          // The date the record was first stored, so that the feed's ids never change.
          tagAuthority: { domain: tagDomain(site.hostname), date: stored.createdAt.slice(0, 10) },
          commitmentPage: `${site.origin}${commitmentPagePath(stored.id, language)}`,
          selfUrl: `${site.origin}/api/v1/community/commitments/${encodeURIComponent(stored.id)}/feed.atom?lang=${language}`,
          ...(deps.renderMarkdown ? { renderMarkdown: deps.renderMarkdown } : {}),
        },
      );
      return reply.type('application/atom+xml; charset=utf-8').send(body);
    });
  };
}
