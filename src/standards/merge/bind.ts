// A mapping checked against the standard's schema, then bound to its file's header: every mapped
// column found (or a MappingError naming it) before any row is written.
import type { TableField, TableSchema } from '../table-schema.js';
import { compileDatePattern, missingDateParts, type DatePattern } from './dates.js';
import type { ColumnRule, Mapping } from './mapping.js';
import { MappingError } from './mapping-error.js';
import { JURISDICTION_FIELD, mergedColumns } from './merged-schema.js';
import { compileNumberFormat } from './numbers.js';

export interface BoundColumn {
  field: TableField;
  rule: ColumnRule;
  /** Indexes in the source record of the rule's column(s). */
  indexes: number[];
  /** The source column(s) as messages name them. */
  label: string;
  date?: DatePattern;
  number?: (text: string) => string | undefined;
  /** Values the field accepts as they are (its enum or categories): passed through the codes. */
  accepted: Set<string>;
}

export interface BoundMapping {
  mapping: Mapping;
  headerLength: number;
  /** One per merged column after `jurisdiction`; undefined: left blank. */
  columns: Array<BoundColumn | undefined>;
}

function acceptedValues(field: TableField): Set<string> {
  const values = new Set<string>();
  for (const v of field.constraints?.enum ?? []) values.add(String(v));
  for (const c of field.categories ?? []) values.add(String(typeof c === 'object' ? c.value : c));
  return values;
}

/** Checks a mapping against the standard: its name, its fields, date patterns that give what each
 * field needs, codes that are among a field's allowed values. Throws a MappingError. */
export function checkMapping(mapping: Mapping, schema: TableSchema, standard?: string): void {
  const { file } = mapping;
  if (standard !== undefined && mapping.standard !== standard) {
    throw new MappingError(file, 'standard', { en: `"${mapping.standard}" where ${standard} is merged`, fr: `« ${mapping.standard} » alors que la fusion est pour ${standard}` });
  }
  const fields = new Map(schema.fields.map((f) => [f.name, f]));
  for (const [name, rule] of mapping.columns) {
    const at = `columns.${name}`;
    if (name === JURISDICTION_FIELD) {
      throw new MappingError(file, at, { en: 'filled from jurisdiction.code, not mapped', fr: 'rempli à partir de jurisdiction.code, pas associé' });
    }
    const field = fields.get(name);
    if (!field) {
      const list = schema.fields.map((f) => f.name).join(', ');
      throw new MappingError(file, at, { en: `the standard has no field ${name} (its fields: ${list})`, fr: `la norme n’a pas de champ ${name} (ses champs : ${list})` });
    }
    if (rule.date) {
      const missing = missingDateParts(compileDatePattern(rule.date).tokens, field.type);
      if (missing.length > 0) {
        throw new MappingError(file, `${at}.date`, {
          en: `"${rule.date}" lacks ${missing.join(', ')} for a field of type ${field.type}`,
          fr: `« ${rule.date} » n’a pas ${missing.join(', ')} pour un champ de type ${field.type}`,
        });
      }
    }
    const accepted = acceptedValues(field);
    if (accepted.size === 0) continue;
    const targets: Array<[string, string]> = [...(rule.codes ?? new Map<string, string>())].map(([from, to]) => [`${at}.codes.${from}`, to]);
    if (rule.default !== undefined) targets.push([`${at}.default`, rule.default]);
    if ('value' in rule.source) targets.push([`${at}.value`, rule.source.value]);
    if (rule.ifEmpty !== undefined) targets.push([`${at}.ifEmpty`, rule.ifEmpty]);
    for (const [where, to] of targets) {
      if (!accepted.has(to)) {
        const list = [...accepted].join(', ');
        throw new MappingError(file, where, { en: `"${to}" is not one of the field's values (${list})`, fr: `« ${to} » n’est pas une des valeurs du champ (${list})` });
      }
    }
  }
}

/** Finds a column: by its exact name, else trimmed and ignoring case when only one matches. */
function findColumn(header: string[], name: string): number[] {
  const exact = header.flatMap((h, i) => (h === name ? [i] : []));
  if (exact.length > 0) return exact;
  const loose = (s: string) => s.trim().toLowerCase();
  return header.flatMap((h, i) => (loose(h) === loose(name) ? [i] : []));
}

/** Binds a checked mapping to its file's header. Throws a MappingError naming the mapping, the
 * key and the column that is missing or ambiguous. */
export function bindMapping(mapping: Mapping, schema: TableSchema, header: string[], sourceName: string): BoundMapping {
  const fields = new Map(schema.fields.map((f) => [f.name, f]));
  const columns = mergedColumns(schema)
    .slice(1)
    .map((name): BoundColumn | undefined => {
      const rule = mapping.columns.get(name);
      if (!rule) return undefined;
      const field = fields.get(name)!;
      const names = 'column' in rule.source ? [rule.source.column] : 'concat' in rule.source ? rule.source.concat : [];
      const indexes = names.map((column, i) => {
        const where = `columns.${name}${'concat' in rule.source ? `.concat[${i}]` : rule.shorthand ? '' : '.column'}`;
        const found = findColumn(header, column);
        if (found.length === 1) return found[0]!;
        const list = header.join(', ');
        throw new MappingError(
          mapping.file,
          where,
          found.length === 0
            ? { en: `no column ${column} in ${sourceName} (its columns: ${list})`, fr: `aucune colonne ${column} dans ${sourceName} (ses colonnes : ${list})` }
            : { en: `${found.length} columns ${column} in ${sourceName} (columns ${found.map((i) => i + 1).join(', ')})`, fr: `${found.length} colonnes ${column} dans ${sourceName} (colonnes ${found.map((i) => i + 1).join(', ')})` },
        );
      });
      const bound: BoundColumn = { field, rule, indexes, label: names.map((n, i) => header[indexes[i]!] ?? n).join(' + '), accepted: acceptedValues(field) };
      if (rule.date) bound.date = compileDatePattern(rule.date);
      if (rule.number) bound.number = compileNumberFormat(rule.number);
      return bound;
    });
  return { mapping, headerLength: header.length, columns };
}
