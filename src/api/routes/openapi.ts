// GET /api/v1/openapi.json: the OpenAPI 3.1 document of the whole API.
import type { FastifyPluginAsync } from 'fastify';
import { openApiDocument, OPENAPI_PATH } from '../openapi/document.js';

export function openApiRoutes(): FastifyPluginAsync {
  return async (app) => {
    app.get(OPENAPI_PATH, async () => openApiDocument());
  };
}
