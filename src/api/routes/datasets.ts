import type { FastifyPluginAsync } from 'fastify';
import { notFound } from '../errors.js';
import { parseSearchParams } from '../search-params.js';
import type { ApiDeps } from '../server.js';

export function datasetRoutes(deps: ApiDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/datasets', async (request) => {
      const params = parseSearchParams(request.query as Record<string, string | string[] | undefined>);
      return deps.search(params);
    });

    app.get<{ Params: { id: string } }>('/datasets/:id', async (request) => {
      const found = await deps.store.getDataset(request.params.id);
      if (!found) throw notFound({ en: 'dataset', fr: 'jeu de données' }, request.params.id);
      return {
        ...found.record,
        state: found.state,
        ...(found.withdrawnAt ? { withdrawnAt: found.withdrawnAt } : {}),
        ...(found.cluster ? { cluster: found.cluster } : {}),
      };
    });
  };
}
