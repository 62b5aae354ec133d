import type { FastifyPluginAsync } from 'fastify';
import { notFound } from '../errors.js';
import { parseSearchParams } from '../search-params.js';
import type { SearchResponse } from '../../search/types.js';
import type { ApiDeps } from '../server.js';

// A search engine that keeps responses hands the same one to repeated requests: serialized once.
const serialized = new WeakMap<SearchResponse, string>();

export function datasetRoutes(deps: ApiDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/datasets', async (request, reply) => {
      const params = parseSearchParams(request.query as Record<string, string | string[] | undefined>);
      const response = await deps.search(params);
      let json = serialized.get(response);
      if (json === undefined) serialized.set(response, (json = JSON.stringify(response)));
      // What Fastify would send for the object, without serializing it again.
      return reply.type('application/json; charset=utf-8').send(json);
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
