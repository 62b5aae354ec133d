// `federa validate FILE|URL --schema NAME|PATH`: exit 0 valid, 1 invalid, 2 bad usage or a
// file, URL or schema that cannot be read.
import type { UiLang } from '../../core/langstring.js';
import { resolveSchema, SchemaError } from '../../standards/registry.js';
import { schemaErrorFrench } from '../../standards/schema-file.js';
import type { ValidationReport } from '../../standards/validate/report.js';
import { fileBytes, isUrl, SourceError, urlBytes } from '../../standards/validate/source.js';
import { validateCsv } from '../../standards/validate/validate.js';
import { UsageError } from '../context.js';
import { stripControlsLine, terminalJson } from '../strip-controls.js';
import { tv } from '../validate-messages.js';

export interface ValidateCommandOptions {
  schema: string;
  json?: boolean;
  limitErrors?: string;
  encoding?: string;
  delimiter?: string;
  maxBytes?: string;
  allowPrivateNetwork?: boolean;
}

// A URL is read whole once: this bounds what a mistyped link can make it download.
const DEFAULT_MAX_BYTES = 2 * 1024 ** 3;

function wholeNumber(value: string | undefined, min: number, fallback: number, error: () => string): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(error());
  return Number(value);
}

function encodingOption(value: string | undefined, lang: UiLang): 'utf-8' | 'windows-1252' | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === 'utf-8' || v === 'utf8') return 'utf-8';
  if (v === 'windows-1252' || v === 'cp1252') return 'windows-1252';
  throw new UsageError(tv(lang, 'badEncoding', { value }));
}

function delimiterOption(value: string | undefined, lang: UiLang): string | undefined {
  if (value === undefined) return undefined;
  if (value === 'tab' || value === '\\t') return '\t';
  if ([...value].length !== 1 || value === '"' || value === '\n' || value === '\r') throw new UsageError(tv(lang, 'badDelimiter', { value }));
  return value;
}

const shownDelimiter = (d: string) => (d === '\t' ? 'tab' : d);

function describe(report: ValidationReport, lang: UiLang): string {
  const params = {
    source: report.source,
    schema: report.schema,
    rows: report.stats.rows,
    bytes: report.stats.bytes,
    seconds: report.stats.seconds,
    encoding: report.encoding,
    delimiter: shownDelimiter(report.delimiter),
    errors: report.stats.errors,
    byType: Object.entries(report.stats.byType)
      .map(([type, n]) => `${type} ${n}`)
      .join(', '),
  };
  const lines = [tv(lang, report.valid ? 'valid' : 'invalid', params)];
  for (const e of report.errors) lines.push(`  ${e.message}`);
  if (report.truncated) lines.push(tv(lang, 'more', { count: report.stats.errors - report.errors.length }));
  return lines.map(stripControlsLine).join('\n');
}

export async function validateCommand(target: string, options: ValidateCommandOptions, lang: UiLang): Promise<number> {
  const limitErrors = wholeNumber(options.limitErrors, 0, 1000, () => tv(lang, 'badLimit', { value: options.limitErrors ?? '' }));
  const maxBytes = wholeNumber(options.maxBytes, 1, DEFAULT_MAX_BYTES, () => tv(lang, 'badMaxBytes', { value: options.maxBytes ?? '' }));
  const encoding = encodingOption(options.encoding, lang);
  const delimiter = delimiterOption(options.delimiter, lang);
  let resolved: ReturnType<typeof resolveSchema>;
  try {
    resolved = resolveSchema(options.schema);
  } catch (error) {
    if (error instanceof SchemaError) {
      const reason = (lang === 'fr' ? schemaErrorFrench(error) : undefined) ?? error.message;
      throw new UsageError(tv(lang, 'badSchema', { value: options.schema, reason }));
    }
    throw error;
  }
  let report: ValidationReport;
  try {
    const input = isUrl(target) ? await urlBytes(target, { maxBytes, allowPrivateNetwork: options.allowPrivateNetwork === true }) : fileBytes(target);
    report = await validateCsv(input, resolved.schema, {
      schemaName: resolved.standard?.name ?? options.schema,
      sourceName: target,
      lang,
      limitErrors,
      ...(encoding ? { encoding } : {}),
      ...(delimiter ? { delimiter } : {}),
    });
  } catch (error) {
    // A file that vanishes or a connection that drops midway is unreadable too (exit 2).
    const reason = error instanceof SourceError ? error.message : `${(error as NodeJS.ErrnoException).code ?? ''} ${(error as Error).message}`.trim();
    throw new UsageError(tv(lang, 'unreadable', { source: target, reason }));
  }
  process.stdout.write(`${options.json ? terminalJson(report) : describe(report, lang)}\n`);
  return report.valid ? 0 : 1;
}
