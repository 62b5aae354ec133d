// The HTTP API (Fastify). Faces hold no business logic: they parse, call and serialize.
import Fastify, { type FastifyInstance, type FastifyReply, type RouteOptions } from 'fastify';
import { FEDERA_VERSION } from '../core/version.js';
import type { Completion, CompletionRequest } from '../search/completion/completion-index.js';
import type { SearchRequest, SearchResponse } from '../search/types.js';
import { QueryError } from '../search/types.js';
import type { ConfigEditor } from '../harvest/config-writer.js';
import type { Store } from '../store/store.js';
import { ApiError, invalidParameter } from './errors.js';
import { DEFAULT_BODY_LIMIT, rateLimiting, securityHeaders, type RateLimitOptions } from './hardening.js';
import { harvestRoutes } from './routes/harvest.js';
import { datasetRoutes } from './routes/datasets.js';
import { healthRoutes } from './routes/health.js';
import { sourceEditRoutes } from './routes/source-edits.js';
import { sourceRoutes } from './routes/sources.js';
import { crosswalkRoutes } from './routes/crosswalk.js';
import { CrosswalkService, type CrosswalkReport } from '../standards/crosswalk/report.js';
import { suggestRoutes } from './routes/suggest.js';
import type { Tracker } from '../community/tracker.js';
import type { MarkdownRenderer } from '../community/export/atom.js';
import { registerCommunityRoutes } from './routes/community/index.js';
import { openApiRoutes } from './routes/openapi.js';
import { standardsRoutes, type StandardsFace } from './routes/standards.js';
import type { CommunityEditor } from '../community/edits.js';

export interface ApiDeps {
  store: Store;
  /** The community tracker (commitments, progress, events...); its routes exist only with it. */
  tracker?: Tracker;
  /** Edits of community records; give the API and the pages the same one, so that its
   * one-edit-at-a-time queue covers both (each makes its own otherwise). */
  communityEditor?: CommunityEditor;
  /** The site's public URL (`https://federa.example.ca`) for links and ids in the community feeds;
   * without it, the request's checked Host header. */
  publicUrl?: string;
  /** Markdown to safe HTML for the Atom feeds (the web's sanitizing renderer; the API cannot import it). */
  renderMarkdown?: MarkdownRenderer;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Sources with a harvest in progress in this process. */
  activeSources?: () => string[];
  /** Prefix completion for search boxes (`GET /api/v1/suggest`); the route exists only with it. */
  complete?(request: CompletionRequest): Promise<Completion[]>;
  /** Starts a harvest of one source (`POST /api/v1/sources/{id}/harvest`); the route exists only with it. */
  startHarvest?: HarvestStarter;
  /** Writes sources.yaml (`PUT|PATCH|DELETE /api/v1/sources/{id}`); the routes exist only with it. */
  editSources?: SourceEditor;
  /** The data standards (`/api/v1/standards`, `POST /api/v1/validate`); the routes exist only with them. */
  standards?: StandardsFace;
  /** The metadata crosswalk (`GET /api/v1/crosswalk`); give the API and the pages the same one
   * so that they share its cache (one over `store` otherwise). */
  crosswalk?: () => Promise<CrosswalkReport>;
}

export type SourceEditor = Pick<ConfigEditor, 'put' | 'patch'>;

export type HarvestStarter = (sourceId: string, mode: 'incremental' | 'full') => Promise<{ status: 'started'; jobId: string } | { status: 'busy' } | { status: 'unknown' }>;

export interface ApiOptions {
  logger?: boolean;
  /** Per-client limit; none when absent (the serve command always sets one). */
  rateLimit?: RateLimitOptions;
  /** Largest request body in bytes (default 64 KiB: the API takes only small JSON bodies). */
  bodyLimit?: number;
  /** Proxies (addresses, CIDR ranges) trusted to name the client in X-Forwarded-For: the rate
   * limit counts that client behind them, and the connecting address everywhere else. */
  trustProxy?: readonly string[];
  /** For a URL the router cannot decode, another face's answer (the web's HTML page under /en and
   * /fr); JSON when it gives none. */
  badUrlResponse?: (url: string) => { status: number; headers: Record<string, string>; body: string } | undefined;
  /** Told of every route as it is registered (the OpenAPI test compares them with the document). */
  onRoute?: (route: RouteOptions) => void;
}

function crosswalkOver(store: Store): () => Promise<CrosswalkReport> {
  const service = new CrosswalkService(store);
  return () => service.report();
}

export async function buildApi(deps: ApiDeps, options: ApiOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    ...(options.trustProxy !== undefined && options.trustProxy.length > 0 ? { trustProxy: [...options.trustProxy] } : {}),
    routerOptions: { maxParamLength: 500, ignoreTrailingSlash: true },
    // Errors met before any route (a path that is not valid percent-encoded UTF-8): our shape too.
    frameworkErrors: (_error, request, reply) => {
      const page = options.badUrlResponse?.(request.url);
      if (page) return void (reply as FastifyReply).status(page.status).headers(page.headers).send(page.body);
      const e = new ApiError(400, 'bad_url', { en: 'the URL is not validly percent-encoded UTF-8', fr: 'l’URL n’est pas de l’UTF-8 valablement encodé en pourcentages' });
      void (reply as FastifyReply).status(400).send(e.body());
    },
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  securityHeaders(app);
  if (options.rateLimit) await rateLimiting(app, options.rateLimit);

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('x-federa-version', FEDERA_VERSION);
    return payload;
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ApiError) return reply.status(error.status).headers(error.headers).send(error.body());
    if (error instanceof QueryError) {
      const e = invalidParameter(error.field, error.message, error.messageFr ?? error.message);
      return reply.status(400).send(e.body());
    }
    const status = (error as { statusCode?: number }).statusCode;
    const message = error instanceof Error ? error.message : String(error);
    if (status && status >= 400 && status < 500) {
      const e = new ApiError(status, 'bad_request', { en: message, fr: `requête invalide : ${message}` });
      return reply.status(status).send(e.body());
    }
    reply.log.error(error);
    const e = new ApiError(500, 'internal_error', { en: 'internal error', fr: 'erreur interne' });
    return reply.status(500).send(e.body());
  });

  app.setNotFoundHandler((request, reply) => {
    const e = new ApiError(404, 'not_found', { en: `no route ${request.method} ${request.url}`, fr: `aucune route ${request.method} ${request.url}` });
    return reply.status(404).send(e.body());
  });

  await app.register(healthRoutes(deps));
  await app.register(openApiRoutes());
  await app.register(datasetRoutes(deps), { prefix: '/api/v1' });
  await app.register(sourceRoutes(deps), { prefix: '/api/v1' });
  await app.register(crosswalkRoutes(deps.crosswalk ?? crosswalkOver(deps.store)), { prefix: '/api/v1' });
  if (deps.complete) await app.register(suggestRoutes(deps.complete), { prefix: '/api/v1' });
  if (deps.startHarvest) await app.register(harvestRoutes(deps, deps.startHarvest), { prefix: '/api/v1' });
  if (deps.editSources) await app.register(sourceEditRoutes(deps, deps.editSources), { prefix: '/api/v1' });
  if (deps.standards) await app.register(standardsRoutes(deps.standards), { prefix: '/api/v1' });
  if (deps.tracker) {
    await registerCommunityRoutes(app, {
      store: deps.store,
      tracker: deps.tracker,
      ...(deps.publicUrl ? { publicUrl: deps.publicUrl } : {}),
      ...(deps.renderMarkdown ? { renderMarkdown: deps.renderMarkdown } : {}),
      ...(deps.communityEditor ? { communityEditor: deps.communityEditor } : {}),
    });
  }
  return app;
}
