// GET /api/v1/crosswalk (JSON) and /api/v1/crosswalk.csv: the published metadata crosswalk.
import type { FastifyPluginAsync } from 'fastify';
import { crosswalkCsv } from '../../standards/crosswalk/csv.js';
import type { CrosswalkReport } from '../../standards/crosswalk/report.js';

export function crosswalkRoutes(report: () => Promise<CrosswalkReport>): FastifyPluginAsync {
  return async (app) => {
    app.get('/crosswalk', async () => report());
    app.get('/crosswalk.csv', async (_request, reply) => {
      const csv = crosswalkCsv(await report());
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="federa-crosswalk.csv"').send(csv);
    });
  };
}
