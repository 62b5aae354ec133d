// PUT, PATCH and DELETE /sources/{id}: adds, replaces, enables or disables a source in sources.yaml
// (admins only). DELETE only disables: no request removes a source with its records.
import type { FastifyPluginAsync } from 'fastify';
import { ConfigError, type SourceConfig } from '../../harvest/config.js';
import { ConfigFileError, type FieldIssue, type PatchResult, type PutResult } from '../../harvest/config-writer.js';
import { requireAction } from '../auth.js';
import { ApiError, notFound } from '../errors.js';
import type { ApiDeps, SourceEditor } from '../server.js';

function invalidSource(issues: FieldIssue[]): ApiError {
  const list = (lang: 'en' | 'fr') => issues.map((i) => (lang === 'en' ? `field "${i.field}": ${i.message.en}` : `champ « ${i.field} » : ${i.message.fr}`)).join('; ');
  return new ApiError(400, 'invalid_source', { en: `invalid source entry: ${list('en')}`, fr: `entrée de source invalide : ${list('fr')}` }, issues[0]?.field, {}, issues);
}

/** The file could not be read, checked or written: the request was fine, nothing was changed. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const what = error instanceof ConfigFileError ? 'config_file_unavailable' : 'config_file_invalid';
    throw new ApiError(503, what, { en: `the configuration file was left unchanged: ${error.message}`, fr: `le fichier de configuration n’a pas été modifié : ${error.message}` });
  }
}

function body(source: SourceConfig, status: string) {
  return { source: source.id, status, enabled: source.enabled, href: `/api/v1/sources/${encodeURIComponent(source.id)}` };
}

function patched(id: string, result: PatchResult) {
  if (result.status === 'unknown') throw notFound({ en: 'configured source', fr: 'source configurée' }, id);
  if (result.status === 'invalid') throw invalidSource(result.issues);
  return body(result.source, result.status);
}

export function sourceEditRoutes(deps: ApiDeps, editor: SourceEditor): FastifyPluginAsync {
  return async (app) => {
    const preHandler = requireAction(deps.store, 'editSource');

    app.put<{ Params: { id: string } }>('/sources/:id', { preHandler }, async (request, reply) => {
      const id = request.params.id;
      const result: PutResult = await guarded(() => editor.put(id, request.body));
      if (result.status === 'invalid') throw invalidSource(result.issues);
      const sent = body(result.source, result.status);
      if (result.status === 'created') return reply.status(201).header('location', sent.href).send(sent);
      return reply.status(200).send(sent);
    });

    app.patch<{ Params: { id: string } }>('/sources/:id', { preHandler }, async (request) => {
      return patched(request.params.id, await guarded(() => editor.patch(request.params.id, request.body)));
    });

    app.delete<{ Params: { id: string } }>('/sources/:id', { preHandler }, async (request) => {
      return patched(request.params.id, await guarded(() => editor.patch(request.params.id, { enabled: false })));
    });
  };
}
