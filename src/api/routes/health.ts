import type { FastifyPluginAsync } from 'fastify';
import { FEDERA_VERSION } from '../../core/version.js';
import type { ApiDeps } from '../server.js';

export function healthRoutes(deps: ApiDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/health', async (_request, reply) => {
      try {
        const datasets = await deps.store.countDatasets();
        return { status: 'ok', version: FEDERA_VERSION, datasets, harvesting: deps.activeSources?.() ?? [] };
      } catch (error) {
        // The store's own message names local files: it goes to the log, not to the public.
        reply.log.error(error);
        return reply.status(503).send({
          status: 'unavailable',
          version: FEDERA_VERSION,
          error: { en: 'the catalogue database cannot be read', fr: 'la base de données du catalogue ne peut pas être lue' },
        });
      }
    });
  };
}
