// POST /sources/{id}/harvest: starts a harvest of one source now (a token allowed to, see auth.ts).
import type { FastifyPluginAsync } from 'fastify';
import { requireAction } from '../auth.js';
import { ApiError, invalidParameter, notFound } from '../errors.js';
import type { ApiDeps, HarvestStarter } from '../server.js';

type Mode = 'incremental' | 'full';

function parseMode(body: unknown): Mode {
  if (body === undefined || body === null) return 'incremental';
  if (typeof body !== 'object' || Array.isArray(body)) throw invalidParameter('body', 'must be a JSON object such as {"mode": "full"}', 'doit être un objet JSON comme {"mode": "full"}');
  const extra = Object.keys(body).filter((k) => k !== 'mode');
  if (extra.length > 0) throw invalidParameter(extra[0]!, 'unknown field (known: mode)', 'champ inconnu (connu : mode)');
  const mode = (body as { mode?: unknown }).mode;
  if (mode === undefined) return 'incremental';
  if (mode !== 'incremental' && mode !== 'full') throw invalidParameter('mode', 'must be incremental or full', 'doit être incremental ou full');
  return mode;
}

export function harvestRoutes(deps: ApiDeps, startHarvest: HarvestStarter): FastifyPluginAsync {
  return async (app) => {
    app.post<{ Params: { id: string } }>('/sources/:id/harvest', { preHandler: requireAction(deps.store, 'startHarvest') }, async (request, reply) => {
      const mode = parseMode(request.body);
      const id = request.params.id;
      if (!(await deps.store.getSource(id))) throw notFound({ en: 'source', fr: 'source' }, id);
      const started = await startHarvest(id, mode);
      if (started.status === 'busy') {
        throw new ApiError(409, 'already_harvesting', { en: `the source "${id}" is already being harvested`, fr: `la source « ${id} » est déjà en cours de moissonnage` });
      }
      if (started.status === 'unknown') throw notFound({ en: 'configured source', fr: 'source configurée' }, id);
      return reply.status(202).send({ source: id, mode, job: started.jobId, href: `/api/v1/jobs/${encodeURIComponent(started.jobId)}` });
    });
  };
}
