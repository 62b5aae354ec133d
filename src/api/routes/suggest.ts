import type { FastifyPluginAsync } from 'fastify';
import type { Completion, CompletionRequest } from '../../search/completion/completion-index.js';
import { parseSuggestParams } from '../suggest-params.js';

/** `GET /suggest?q=&lang=`: `{q, lang, suggestions: [{text, count}]}`, at most 10, most used first. */
export function suggestRoutes(complete: (request: CompletionRequest) => Promise<Completion[]>): FastifyPluginAsync {
  return async (app) => {
    app.get('/suggest', async (request, reply) => {
      const params = parseSuggestParams(request.query as Record<string, string | string[] | undefined>);
      const suggestions = await complete(params);
      // Typing sends a request per pause: a short cache spares the repeats (backspace, retyping).
      reply.header('cache-control', 'public, max-age=60');
      return { q: params.q, lang: params.lang, suggestions };
    });
  };
}
