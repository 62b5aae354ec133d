// Reading a jurisdiction's mapping file (YAML): its shape checked with zod, every error naming the
// file and the key path, in English and French.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { JURISDICTION_LEVELS } from '../../core/dataset.js';
import { compileDatePattern } from './dates.js';
import type { ColumnRule, Mapping } from './mapping.js';
import { MappingError } from './mapping-error.js';

// YAML reads `1`, `true` or `2024` as numbers and booleans: codes and constants are text.
const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const columnName = z.union([z.string().min(1), z.number()]).transform(String);

const ruleObject = z
  .object({
    column: columnName.optional(),
    concat: z.array(columnName).min(1).optional(),
    separator: z.string().optional(),
    value: scalar.optional(),
    ifEmpty: scalar.optional(),
    trim: z.boolean().optional(),
    extract: z.string().min(1).optional(),
    case: z.enum(['upper', 'lower']).optional(),
    codes: z.record(z.string(), scalar).optional(),
    default: scalar.optional(),
    date: z.string().min(1).optional(),
    number: z
      .union([
        z.literal(true),
        z
          .object({
            decimal: z.string().length(1).optional(),
            group: z.string().max(1).optional(),
            bare: z.boolean().optional(),
            multiply: z.number().positive().optional(),
            decimals: z.number().int().min(0).max(15).optional(),
          })
          .strict(),
      ])
      .optional(),
    point: z.enum(['lat', 'lon', 'geopoint']).optional(),
  })
  .strict();

const fileShape = z
  .object({
    standard: z.string().min(1),
    jurisdiction: z
      .object({
        code: z.string().regex(/^[A-Za-z]{2}(-[\p{L}\p{N}]+)*$/u),
        level: z.enum(JURISDICTION_LEVELS),
        name: z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict(),
      })
      .strict(),
    source: z.string().min(1),
    encoding: z.enum(['utf-8', 'windows-1252']).optional(),
    delimiter: z.string().length(1).optional(),
    skipLines: z.number().int().min(0).optional(),
    columns: z.record(z.string(), z.union([columnName, ruleObject])),
  })
  .strict();

type RuleObject = z.infer<typeof ruleObject>;

function keyPath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

function toRule(raw: string | RuleObject, file: string, at: string): ColumnRule {
  if (typeof raw === 'string') return { source: { column: raw }, trim: true, shorthand: true };
  const sources = (['column', 'concat', 'value'] as const).filter((k) => raw[k] !== undefined);
  if (sources.length !== 1) {
    throw new MappingError(file, at, {
      en: sources.length === 0 ? 'give one of column, concat or value' : `give only one of ${sources.join(', ')}`,
      fr: sources.length === 0 ? 'indiquez column, concat ou value' : `n’indiquez qu’un seul de ${sources.join(', ')}`,
    });
  }
  const conversions = (['date', 'number', 'point'] as const).filter((k) => raw[k] !== undefined);
  if (conversions.length > 1) {
    throw new MappingError(file, at, { en: `give only one of ${conversions.join(', ')}`, fr: `n’indiquez qu’un seul de ${conversions.join(', ')}` });
  }
  const rule: ColumnRule = {
    source: raw.column !== undefined ? { column: raw.column } : raw.concat ? { concat: raw.concat, separator: raw.separator ?? ' ' } : { value: raw.value! },
    trim: raw.trim ?? true,
  };
  if (raw.separator !== undefined && !raw.concat) {
    throw new MappingError(file, `${at}.separator`, { en: 'only goes with concat', fr: 'ne s’emploie qu’avec concat' });
  }
  if (raw.default !== undefined && !raw.codes) {
    throw new MappingError(file, `${at}.default`, { en: 'only goes with codes', fr: 'ne s’emploie qu’avec codes' });
  }
  if (raw.ifEmpty !== undefined) rule.ifEmpty = raw.ifEmpty;
  if (raw.extract !== undefined) {
    try {
      rule.extract = new RegExp(raw.extract, 'u');
    } catch (error) {
      throw new MappingError(file, `${at}.extract`, { en: `not a regular expression: ${(error as Error).message}`, fr: `pas une expression régulière : ${(error as Error).message}` });
    }
  }
  if (raw.case) rule.case = raw.case;
  if (raw.codes) rule.codes = new Map(Object.entries(raw.codes));
  if (raw.default !== undefined) rule.default = raw.default;
  if (raw.date !== undefined) {
    if (compileDatePattern(raw.date).tokens.size === 0) {
      throw new MappingError(file, `${at}.date`, {
        en: `"${raw.date}" has none of YYYY, MM, DD, HH, mm, ss (or "iso")`,
        fr: `« ${raw.date} » n’a aucun de YYYY, MM, DD, HH, mm, ss (ou « iso »)`,
      });
    }
    rule.date = raw.date;
  }
  if (raw.number !== undefined) {
    const n = raw.number === true ? {} : raw.number;
    rule.number = { decimal: n.decimal ?? '.', group: n.group ?? '', bare: n.bare ?? true };
    if (n.multiply !== undefined) rule.number.multiply = n.multiply;
    if (n.decimals !== undefined) rule.number.decimals = n.decimals;
    if (rule.number.decimal === rule.number.group) {
      throw new MappingError(file, `${at}.number`, { en: 'decimal and group are the same character', fr: 'decimal et group sont le même caractère' });
    }
  }
  if (raw.point) rule.point = raw.point;
  return rule;
}

/** Checks a parsed mapping document; `file` is its path (or a name) for messages and for
 * resolving a relative `source`. Throws a MappingError. */
export function parseMapping(data: unknown, file: string): Mapping {
  const name = basename(file);
  const parsed = fileShape.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const fr = fileShape.safeParse(data, { error: z.locales.fr().localeError }).error?.issues[0]?.message ?? issue.message;
    throw new MappingError(name, keyPath(issue.path), { en: issue.message, fr });
  }
  const m = parsed.data;
  const columns = new Map<string, ColumnRule>();
  for (const [field, raw] of Object.entries(m.columns)) columns.set(field, toRule(raw, name, `columns.${field}`));
  if (columns.size === 0) throw new MappingError(name, 'columns', { en: 'maps no column', fr: 'n’associe aucune colonne' });
  return {
    file: name,
    path: file,
    standard: m.standard,
    jurisdiction: m.jurisdiction,
    source: /^https?:\/\//i.test(m.source) ? m.source : resolve(dirname(file), m.source),
    ...(m.encoding ? { encoding: m.encoding } : {}),
    ...(m.delimiter ? { delimiter: m.delimiter } : {}),
    skipLines: m.skipLines ?? 0,
    columns,
  };
}

/** Reads a mapping file. Throws a MappingError naming the file (and line, for bad YAML). */
export function readMappingFile(path: string): Mapping {
  const name = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new MappingError(name, '', { en: `cannot read the file (${code})`, fr: `impossible de lire le fichier (${code})` });
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0];
    const where = line ? `${line.line}:${line.col}` : '';
    const first = e.message.split('\n')[0]!;
    throw new MappingError(name, where, { en: `invalid YAML: ${first}`, fr: `YAML invalide : ${first}` });
  }
  return parseMapping(doc.toJS(), resolve(path));
}
