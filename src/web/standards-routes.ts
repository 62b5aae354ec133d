// The validation form's POST: a multipart upload, size-limited, whose file streams straight into
// the validator. It changes nothing on the server, so it needs no session.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UiLang } from '../core/langstring.js';
import { ByteLimitError, limitBytes } from '../standards/byte-limit.js';
import { validateCsv } from '../standards/validate/validate.js';
import type { SafeHtml } from './html.js';
import { reportPage, validateErrorPage } from './pages/standards/validate.js';
import { uploadLimit, uploadLimitText } from './pages/standards/parts.js';
import { standardsText } from './pages/standards/standards.messages.js';
import type { PageContext, WebDeps } from './server.js';
import { standardsPath, translatePath } from './urls.js';

type Send = (reply: FastifyReply, status: number, page: SafeHtml) => FastifyReply;

// The report lists this many errors (all are counted).
const LISTED_ERRORS = 500;

export async function registerStandardsForms(app: FastifyInstance, lang: UiLang, deps: WebDeps, send: Send): Promise<void> {
  if (!deps.standards) return;
  const standards = deps.standards;
  const max = uploadLimit(deps);
  await app.register(async (scope) => {
    // Bigger than the cap by one byte: the cap itself is checked while streaming, with our message.
    await scope.register(multipart, { limits: { fileSize: max + 1, files: 1, fields: 4, fieldSize: 1000, parts: 6 }, throwFileSizeLimit: false });
    scope.post(standardsPath(lang, 'validate').slice(3), async (request: FastifyRequest, reply) => {
      const context: PageContext = { lang, deps, query: {}, params: {}, alternate: translatePath(request.url) ?? `/${lang === 'en' ? 'fr' : 'en'}/` };
      const t = standardsText(lang);
      if (!request.isMultipart()) return send(reply, 400, validateErrorPage(context, t('notMultipart')));
      let chosen: string | undefined;
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === 'schema' && typeof part.value === 'string') chosen = part.value;
          continue;
        }
        const standard = standards.list().find((s) => s.name === chosen);
        if (!standard) {
          part.file.resume();
          return send(reply, 400, validateErrorPage(context, t('unknownStandard'), chosen));
        }
        if (part.filename === '') {
          part.file.resume();
          return send(reply, 400, validateErrorPage(context, t('noFile'), chosen));
        }
        try {
          const report = await validateCsv(limitBytes(part.file, max), standard.schema, { schemaName: standard.name, sourceName: part.filename, lang, limitErrors: LISTED_ERRORS });
          return send(reply, 200, reportPage(context, report, standard.title[lang], part.filename));
        } catch (error) {
          if (!(error instanceof ByteLimitError)) throw error;
          part.file.resume();
          return send(reply, 413, validateErrorPage(context, t('tooLarge', { max: uploadLimitText(lang, deps) }), chosen));
        }
      }
      return send(reply, 400, validateErrorPage(context, t('noFile'), chosen));
    });
  });
}
