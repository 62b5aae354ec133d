import type { FastifyPluginAsync } from 'fastify';
import type { JobReport } from '../../harvest/report.js';
import type { StoredSource } from '../../store/store.js';
import { invalidParameter, notFound } from '../errors.js';
import type { ApiDeps } from '../server.js';

function jobSummary(job: JobReport) {
  const { problems, ...rest } = job;
  return { ...rest, problemCount: problems.length + job.problemsOmitted };
}

function sourceBody(source: StoredSource, active: string[]) {
  const s = source.settings;
  return {
    id: s.id,
    name: s.name,
    type: s.type,
    url: s.url,
    jurisdiction: s.jurisdiction,
    primaryLanguage: s.primaryLanguage,
    enabled: source.enabled,
    priority: source.priority,
    ...(source.schedule ? { schedule: source.schedule } : {}),
    datasets: source.activeCount,
    harvesting: active.includes(s.id),
    ...(source.lastJob ? { lastJob: jobSummary(source.lastJob) } : {}),
  };
}

export function sourceRoutes(deps: ApiDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/sources', async () => {
      const active = deps.activeSources?.() ?? [];
      const sources = await deps.store.listSources();
      return { total: sources.length, results: sources.map((s) => sourceBody(s, active)) };
    });

    app.get<{ Params: { id: string } }>('/sources/:id', async (request) => {
      const source = await deps.store.getSource(request.params.id);
      if (!source) throw notFound({ en: 'source', fr: 'source' }, request.params.id);
      return sourceBody(source, deps.activeSources?.() ?? []);
    });

    app.get<{ Params: { id: string }; Querystring: { limit?: string } }>('/sources/:id/jobs', async (request) => {
      const source = await deps.store.getSource(request.params.id);
      if (!source) throw notFound({ en: 'source', fr: 'source' }, request.params.id);
      const limitText = request.query.limit ?? '20';
      if (!/^\d+$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 100) {
        throw invalidParameter('limit', 'must be a whole number from 1 to 100', 'doit être un nombre entier de 1 à 100');
      }
      const jobs = await deps.store.jobs(request.params.id, Number(limitText));
      return { total: jobs.length, results: jobs };
    });

    app.get<{ Params: { id: string } }>('/jobs/:id', async (request) => {
      const job = await deps.store.getJob(request.params.id);
      if (!job) throw notFound({ en: 'job', fr: 'tâche' }, request.params.id);
      return job;
    });
  };
}
