// The bilingual web pages, a Fastify plugin the serving command mounts beside the API. Pages are
// rendered on the server; the one script only enhances them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import type { Label, UiLang } from '../core/langstring.js';
import type { ConfigEditor } from '../harvest/config-writer.js';
import type { SpellingSuggestion } from '../search/spelling/suggest.js';
import type { SearchRequest, SearchResponse } from '../search/types.js';
import type { Store } from '../store/store.js';
import { assetByPath } from './assets/index.js';
import { canadaMap } from './map/canada-map.js';
import { SafeHtml } from './html.js';
import { datasetPage } from './pages/dataset.js';
import { badUrlPage, errorPage, notFoundPage } from './pages/errors.js';
import { homePage } from './pages/home.js';
import { jobPage } from './pages/job.js';
import { searchPage } from './pages/search.js';
import { sourcePage } from './pages/source.js';
import { sourcesPage } from './pages/sources.js';
import { crosswalkPage } from './pages/crosswalk.js';
import type { CrosswalkReport } from '../standards/crosswalk/report.js';
import { commitmentPage } from './pages/open-government/commitment.js';
import { duePage } from './pages/open-government/due.js';
import { openGovernmentHomePage } from './pages/open-government/home.js';
import { indicatorPage } from './pages/open-government/indicator.js';
import { planPage } from './pages/open-government/plan.js';
import { registerFormParser, registerFormRoutes, requestSession } from './form-routes.js';
import { securityHeaders } from './security-headers.js';
import type { SessionPolicy, WebSession } from './session/sessions.js';
import { OPEN_GOVERNMENT_PAGES, PAGES, STANDARDS_PAGES, translatePath } from './urls.js';
import { communityPages } from './pages/community/routes.js';
import type { Tracker } from '../community/tracker.js';
import type { CommunityEditor } from '../community/edits.js';
import type { CoverageService } from '../standards/coverage/service.js';
import type { Standard } from '../standards/registry.js';
import { coveragePage } from './pages/standards/coverage.js';
import { standardsListPage } from './pages/standards/list.js';
import { standardPage } from './pages/standards/standard.js';
import { validatePage } from './pages/standards/validate.js';
import { registerStandardsForms } from './standards-routes.js';

export interface WebDeps {
  store: Store;
  /** The community tracker (commitments, progress, events...); its routes exist only with it. */
  tracker?: Tracker;
  /** Edits of community records; give the API and the pages the same one, so that its
   * one-edit-at-a-time queue covers both (each makes its own otherwise). */
  communityEditor?: CommunityEditor;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** "Did you mean …?" for a search that found nothing (Catalogue.suggest). */
  suggest?(request: SearchRequest): Promise<SpellingSuggestion | undefined>;
  /** Sources with a harvest in progress in this process. */
  activeSources?: () => string[];
  /** The name of every source (cheaper than `store.listSources()`, which counts datasets). */
  sourceNames?(): Promise<ReadonlyMap<string, Label>>;
  /** Starts a harvest of one source (the "Harvest now" form); the form exists only with it. */
  startHarvest?: (sourceId: string, mode: 'incremental' | 'full') => Promise<{ status: 'started'; jobId: string } | { status: 'busy' } | { status: 'unknown' }>;
  /** Changes a source in sources.yaml (the settings form); the form exists only with it. */
  editSources?: Pick<ConfigEditor, 'patch'>;
  /** How long web sessions last (DEFAULT_SESSION_POLICY when absent). */
  sessionPolicy?: SessionPolicy;
  /** The clock of sessions (tests). */
  now?: () => Date;
  /** The data standards' pages and validation form; they exist only with it. */
  standards?: {
    list(): readonly Standard[];
    coverage?: CoverageService;
    /** Largest file the validation form takes (default 10 MB). */
    maxUploadBytes?: number;
  };
  /** The metadata crosswalk (the crosswalk page); give the pages and the API the same one so
   * that they share its cache (one over `store` otherwise). */
  crosswalk?: () => Promise<CrosswalkReport>;
}

/** What every page handler gets. */
export interface PageContext {
  lang: UiLang;
  deps: WebDeps;
  /** Query parameters, repeated ones as arrays. */
  query: Record<string, string | string[] | undefined>;
  params: Record<string, string | undefined>;
  /** This page in the other language. */
  alternate: string;
  /** The signed-in editor's or administrator's session, when there is one. */
  session?: WebSession;
}

/** A page with a status other than 200 (a 400 page that explains a bad parameter). */
export interface PageResponse {
  status: number;
  page: SafeHtml;
}

/** A page handler: the page, or undefined for a 404. */
export type PageHandler = (context: PageContext) => Promise<SafeHtml | PageResponse | undefined>;

/** `en` or `fr` from Accept-Language (English when it names neither). */
export function preferredLang(acceptLanguage: string | undefined): UiLang {
  const found = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).language(['en', 'fr']);
  return found === 'fr' ? 'fr' : 'en';
}

function sendPage(reply: FastifyReply, status: number, page: SafeHtml): FastifyReply {
  return reply.status(status).header('content-type', 'text/html; charset=utf-8').headers(securityHeaders()).send(page.value);
}

function langRoutes(lang: UiLang, deps: WebDeps, pages: Array<[string, PageHandler]>) {
  return async (app: FastifyInstance) => {
    const context = (request: FastifyRequest): PageContext => ({
      lang,
      deps,
      query: request.query as PageContext['query'],
      params: request.params as PageContext['params'],
      alternate: translatePath(request.url) ?? `/${lang === 'en' ? 'fr' : 'en'}/`,
    });
    for (const [path, handler] of pages) {
      app.get(path, async (request, reply) => {
        const session = await requestSession(deps, request);
        const ctx = session ? { ...context(request), session } : context(request);
        // A page with a session's forms is for that browser only.
        if (session) reply.header('cache-control', 'no-store');
        const page = await handler(ctx);
        if (page instanceof SafeHtml) return sendPage(reply, 200, page);
        return page ? sendPage(reply, page.status, page.page) : sendPage(reply, 404, notFoundPage(ctx));
      });
    }
    registerFormRoutes(app, lang, deps, sendPage);
    await registerStandardsForms(app, lang, deps, sendPage);
    app.setNotFoundHandler((request, reply) => sendPage(reply, 404, notFoundPage(context(request))));
    app.setErrorHandler((error, request, reply) => {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === undefined || status >= 500) reply.log.error(error);
      return sendPage(reply, status && status >= 400 && status < 500 ? status : 500, errorPage(context(request)));
    });
  };
}

/** The page for a path under /en or /fr that the router could not decode (bad percent-encoding),
 * for the server's framework-error hook; undefined for other paths. */
export function badUrlResponse(url: string): { status: number; headers: Record<string, string>; body: string } | undefined {
  const lang = /^\/(en|fr)(?:[/?#]|$)/.exec(url)?.[1] as UiLang | undefined;
  if (!lang) return undefined;
  const page = badUrlPage({ lang, alternate: `/${lang === 'en' ? 'fr' : 'en'}/` });
  return { status: 400, headers: { 'content-type': 'text/html; charset=utf-8', ...securityHeaders() }, body: page.value };
}

/** The page routes of one language, relative to `/en` or `/fr` (PAGES in urls.ts gives the slugs). */
function pagesFor(lang: UiLang, deps: WebDeps): Array<[string, PageHandler]> {
  return [
    ...(deps.tracker ? communityPages(lang) : []),
    ['/', homePage],
    [`/${PAGES.search[lang]}`, searchPage],
    [`/${PAGES.dataset[lang]}/:id`, datasetPage],
    [`/${PAGES.sources[lang]}`, sourcesPage],
    [`/${PAGES.sources[lang]}/:id`, sourcePage],
    [`/${PAGES.job[lang]}/:id`, jobPage],
    [`/${PAGES.crosswalk[lang]}`, crosswalkPage],
    ...(deps.tracker ? openGovernmentPages(lang) : []),
    ...(deps.standards ? standardsPages(lang) : []),
  ];
}

/** The data standards' pages (only with standards): the fixed pages before `:name`. */
function standardsPages(lang: UiLang): Array<[string, PageHandler]> {
  const base = `/${PAGES.standards[lang]}`;
  return [
    [base, standardsListPage],
    [`${base}/${STANDARDS_PAGES.validate[lang]}`, validatePage],
    [`${base}/${STANDARDS_PAGES.coverage[lang]}`, coveragePage],
    [`${base}/:name`, standardPage],
  ];
}

/** The community tracker's pages (only with a tracker). */
function openGovernmentPages(lang: UiLang): Array<[string, PageHandler]> {
  const base = `/${PAGES.openGovernment[lang]}`;
  const sub = (page: keyof typeof OPEN_GOVERNMENT_PAGES) => `${base}/${OPEN_GOVERNMENT_PAGES[page][lang]}`;
  return [
    [base, openGovernmentHomePage],
    [`${sub('plans')}/:id`, planPage],
    [`${sub('commitments')}/:id`, commitmentPage],
    [`${sub('indicators')}/:code`, indicatorPage],
    [sub('due'), duePage],
  ];
}

export function webRoutes(deps: WebDeps) {
  return async (app: FastifyInstance) => {
    // Project the maps of Canada while the server starts, not in the first visitor's request.
    app.addHook('onReady', async () => {
      canadaMap('full');
      canadaMap('small');
    });
    registerFormParser(app);
    app.get('/', async (request, reply) => {
      const lang = preferredLang(request.headers['accept-language']);
      return reply.header('vary', 'Accept-Language').redirect(`/${lang}/`, 303);
    });
    app.get('/assets/:file', async (request, reply) => {
      const asset = assetByPath(request.url.split('?')[0]!);
      if (!asset) return reply.status(404).type('text/plain; charset=utf-8').send('not found / introuvable');
      return reply.type(asset.type).headers(securityHeaders()).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body);
    });
    for (const lang of ['en', 'fr'] as const) {
      await app.register(langRoutes(lang, deps, pagesFor(lang, deps)), { prefix: `/${lang}` });
    }
  };
}
