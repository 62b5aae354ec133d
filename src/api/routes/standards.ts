// The data standards: their schemas, validation of a CSV body against one, and their coverage.
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import type { UiLang } from '../../core/langstring.js';
import { ByteLimitError, limitBytes, megabytes } from '../../standards/byte-limit.js';
import type { CoverageService } from '../../standards/coverage/service.js';
import type { Standard } from '../../standards/registry.js';
import { validateCsv } from '../../standards/validate/validate.js';
import { ApiError, invalidParameter, notFound } from '../errors.js';
import { keyFields } from '../../standards/table-schema.js';

export interface StandardsFace {
  list(): readonly Standard[];
  /** The coverage of each standard in the catalogue; `/standards/coverage` exists only with it. */
  coverage?: CoverageService;
  /** Largest CSV body `POST /validate` reads (default 50 MB). */
  maxValidateBytes?: number;
}

function summary(standard: Standard) {
  return {
    name: standard.name,
    title: standard.title,
    description: standard.description,
    fields: standard.schema.fields.length,
    primaryKey: keyFields(standard.schema.primaryKey),
    links: {
      schema: `/api/v1/standards/${standard.name}/schema.json`,
      example: `/api/v1/standards/${standard.name}/example.csv`,
      page: { en: `/en/standards/${standard.name}`, fr: `/fr/standards/${standard.name}` },
    },
  };
}

function langOf(value: string | undefined): UiLang {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'fr') return 'fr';
  throw invalidParameter('lang', 'must be "en" or "fr"', 'doit être « en » ou « fr »');
}

function limitOf(value: string | undefined): number {
  if (value === undefined) return 1000;
  if (!/^\d+$/.test(value) || Number(value) > 100_000) throw invalidParameter('limitErrors', 'must be a whole number from 0 to 100000', 'doit être un nombre entier de 0 à 100000');
  return Number(value);
}

export function standardsRoutes(face: StandardsFace): FastifyPluginAsync {
  const find = (name: string): Standard => {
    const standard = face.list().find((s) => s.name === name);
    if (!standard) throw notFound({ en: 'standard', fr: 'norme' }, name);
    return standard;
  };
  const maxBytes = face.maxValidateBytes ?? 50_000_000;

  return async (app) => {
    app.get('/standards', async () => {
      const standards = face.list();
      return { total: standards.length, results: standards.map(summary) };
    });

    if (face.coverage) {
      const coverage = face.coverage;
      app.get('/standards/coverage', async () => {
        const standards = await coverage.report();
        return { total: standards.length, results: standards };
      });
    }

    app.get<{ Params: { name: string } }>('/standards/:name', async (request) => {
      const standard = find(request.params.name);
      return { ...summary(standard), guide: standard.guide, keywords: standard.keywords, schema: standard.schema };
    });

    app.get<{ Params: { name: string } }>('/standards/:name/schema.json', async (request, reply) => {
      const standard = find(request.params.name);
      return reply.type('application/json; charset=utf-8').send(readFileSync(standard.schemaPath, 'utf8'));
    });

    app.get<{ Params: { name: string } }>('/standards/:name/example.csv', async (request, reply) => {
      const standard = find(request.params.name);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${standard.name}-example.csv"`)
        .send(readFileSync(standard.examplePath));
    });

    // Any body is a CSV to read as it arrives: the parsers of other routes do not apply here.
    await app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
      scope.post<{ Querystring: { schema?: string; lang?: string; limitErrors?: string } }>('/validate', async (request) => {
        const lang = langOf(request.query.lang);
        const limitErrors = limitOf(request.query.limitErrors);
        const name = request.query.schema;
        if (name === undefined || name === '') {
          throw invalidParameter('schema', `name a standard: ${face.list().map((s) => s.name).join(', ')}`, `nommez une norme : ${face.list().map((s) => s.name).join(', ')}`);
        }
        const standard = face.list().find((s) => s.name === name);
        if (!standard) {
          throw invalidParameter('schema', `no standard "${name}"; there are: ${face.list().map((s) => s.name).join(', ')}`, `aucune norme « ${name} »; il y a : ${face.list().map((s) => s.name).join(', ')}`);
        }
        const body = (request.body ?? request.raw) as AsyncIterable<Uint8Array>;
        try {
          return await validateCsv(limitBytes(body, maxBytes), standard.schema, { schemaName: standard.name, sourceName: 'request body', lang, limitErrors });
        } catch (error) {
          if (error instanceof ByteLimitError) {
            throw new ApiError(413, 'body_too_large', { en: `the CSV is larger than ${megabytes(maxBytes)}: validate it with the command line (federa validate)`, fr: `le CSV dépasse ${megabytes(maxBytes)} : validez-le en ligne de commande (federa validate)` });
          }
          throw error;
        }
      });
    });
  };
}
