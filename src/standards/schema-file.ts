// Reading and checking a Table Schema given as a file or as parsed JSON.
import { readFileSync } from 'node:fs';
import { french, problem } from './schema-problem.js';
import type { FieldType, TableField, TableSchema } from './table-schema.js';
import { casterFor, INVALID } from './validate/cast/index.js';

const TYPES: readonly FieldType[] = ['string', 'number', 'integer', 'boolean', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'object', 'array', 'list', 'any'];
const STRING_FORMATS = ['default', 'email', 'uri', 'uuid', 'binary'];
const GEOPOINT_FORMATS = ['default', 'array', 'object'];
const GEOJSON_FORMATS = ['default', 'topojson'];
const LIST_ITEM_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'time', 'datetime'];
const FIELDS_MATCH = ['exact', 'equal', 'subset', 'superset', 'partial'];
// Types whose values are ordered: minimum and maximum apply to them.
const ORDERED: readonly FieldType[] = ['number', 'integer', 'date', 'time', 'datetime', 'year', 'yearmonth'];

type Json = Record<string, unknown>;


const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Checks one field; `at` is its JSON path (`fields[3]`). */
function checkField(field: unknown, at: string, fail: (path: string, problem: string) => never): TableField {
  if (!isObject(field)) fail(at, 'must be an object');
  if (typeof field.name !== 'string' || field.name === '') fail(`${at}.name`, 'must be a non-empty string');
  const type = (field.type ?? 'any') as FieldType;
  if (!TYPES.includes(type)) fail(`${at}.type`, `unknown type "${String(field.type)}" (one of ${TYPES.join(', ')})`);
  if (field.format !== undefined) {
    if (typeof field.format !== 'string') fail(`${at}.format`, 'must be a string');
    const allowed = type === 'string' ? STRING_FORMATS : type === 'geopoint' ? GEOPOINT_FORMATS : type === 'geojson' ? GEOJSON_FORMATS : undefined;
    if (allowed && !allowed.includes(field.format)) fail(`${at}.format`, `unknown ${type} format "${field.format}" (one of ${allowed.join(', ')})`);
  }
  for (const key of ['missingValues', 'trueValues', 'falseValues'] as const) {
    if (field[key] !== undefined && !isStringArray(field[key])) fail(`${at}.${key}`, 'must be an array of strings');
  }
  for (const key of ['decimalChar', 'groupChar', 'delimiter'] as const) {
    if (field[key] !== undefined && (typeof field[key] !== 'string' || field[key] === '')) fail(`${at}.${key}`, 'must be a non-empty string');
  }
  if (field.bareNumber !== undefined && typeof field.bareNumber !== 'boolean') fail(`${at}.bareNumber`, 'must be true or false');
  if (field.itemType !== undefined && !LIST_ITEM_TYPES.includes(field.itemType as string)) {
    fail(`${at}.itemType`, `must be one of ${LIST_ITEM_TYPES.join(', ')}`);
  }
  if (field.categories !== undefined) {
    if (!Array.isArray(field.categories) || field.categories.length === 0) fail(`${at}.categories`, 'must be a non-empty array');
    field.categories.forEach((c, i) => {
      const value = isObject(c) ? c.value : c;
      if (typeof value !== 'string' && typeof value !== 'number') fail(`${at}.categories[${i}]${isObject(c) ? '.value' : ''}`, 'must be a string or a number');
    });
  }
  if (field.constraints !== undefined) checkConstraints(field.constraints, type, field as unknown as TableField, `${at}.constraints`, fail);
  return field as unknown as TableField;
}

function checkConstraints(c: unknown, type: FieldType, field: TableField, at: string, fail: (path: string, problem: string) => never): void {
  if (!isObject(c)) fail(at, 'must be an object');
  for (const key of ['required', 'unique'] as const) {
    if (c[key] !== undefined && typeof c[key] !== 'boolean') fail(`${at}.${key}`, 'must be true or false');
  }
  for (const key of ['minLength', 'maxLength'] as const) {
    if (c[key] !== undefined && !(Number.isInteger(c[key]) && (c[key] as number) >= 0)) fail(`${at}.${key}`, 'must be a non-negative integer');
  }
  for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const) {
    const v = c[key];
    if (v === undefined) continue;
    if (!ORDERED.includes(type)) fail(`${at}.${key}`, `does not apply to type ${type}`);
    const numeric = type === 'number' || type === 'integer' || type === 'year';
    // A bound written as text must read as a value of the field's type ("2020-01-01" for a date).
    const readable = typeof v === 'string' && casterFor(field)(v) !== INVALID;
    if (numeric ? typeof v !== 'number' && !readable : !readable) {
      fail(`${at}.${key}`, numeric ? 'must be a number' : `must be a ${type} in the field's format`);
    }
  }
  if (c.pattern !== undefined) {
    if (typeof c.pattern !== 'string') fail(`${at}.pattern`, 'must be a string');
    try {
      new RegExp(c.pattern, 'u');
    } catch (error) {
      fail(`${at}.pattern`, `is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  if (c.enum !== undefined) {
    if (!Array.isArray(c.enum) || c.enum.length === 0) fail(`${at}.enum`, 'must be a non-empty array');
    c.enum.forEach((v, i) => {
      if (!['string', 'number', 'boolean'].includes(typeof v)) fail(`${at}.enum[${i}]`, 'must be a string, number or boolean');
    });
  }
}

/** The key's field names (v1 allows one name as a string). */
function keyNames(key: unknown, at: string, names: Set<string>, fail: (path: string, problem: string) => never): string[] {
  const list = typeof key === 'string' ? [key] : key;
  if (!isStringArray(list) || list.length === 0) fail(at, 'must be a field name or a non-empty array of field names');
  list.forEach((name, i) => {
    if (!names.has(name)) fail(typeof key === 'string' ? at : `${at}[${i}]`, `names no field: "${name}"`);
  });
  return list;
}

/** Checks parsed JSON as a Table Schema Federa can validate with (v2, or v1: no `$schema`,
 * `primaryKey` a string); throws a SchemaError naming `where` and the JSON path of the first problem. */
export function checkSchema(json: unknown, where: string): TableSchema {
  const fail = (path: string, what: string): never => {
    throw problem(where, `${where}: ${path} ${what}`, `${where} : ${path} ${french(what)}`);
  };
  if (!isObject(json)) fail('(root)', 'must be a JSON object');
  const schema = json as Json;
  if (!Array.isArray(schema.fields)) fail('fields', 'must be an array');
  const fields = (schema.fields as unknown[]).map((f, i) => checkField(f, `fields[${i}]`, fail));
  const names = new Set<string>();
  fields.forEach((f, i) => {
    if (names.has(f.name)) fail(`fields[${i}].name`, `repeats the name "${f.name}"`);
    names.add(f.name);
  });
  if (schema.fieldsMatch !== undefined && !FIELDS_MATCH.includes(schema.fieldsMatch as string)) {
    fail('fieldsMatch', `must be one of ${FIELDS_MATCH.join(', ')}`);
  }
  if (schema.missingValues !== undefined) {
    const ok = Array.isArray(schema.missingValues) && schema.missingValues.every((v) => typeof v === 'string' || (isObject(v) && typeof v.value === 'string'));
    if (!ok) fail('missingValues', 'must be an array of strings (or of {value, label})');
  }
  if (schema.primaryKey !== undefined) keyNames(schema.primaryKey, 'primaryKey', names, fail);
  if (schema.uniqueKeys !== undefined) {
    if (!Array.isArray(schema.uniqueKeys)) fail('uniqueKeys', 'must be an array of keys');
    (schema.uniqueKeys as unknown[]).forEach((k, i) => keyNames(k, `uniqueKeys[${i}]`, names, fail));
  }
  return schema as unknown as TableSchema;
}

/** Reads and checks a Table Schema JSON file; throws a SchemaError naming the file. */
export function readSchemaFile(path: string): TableSchema {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw problem(path, `${path}: cannot read the schema (${reason})`, `${path} : impossible de lire le schéma (${code === 'ENOENT' ? 'fichier introuvable' : reason})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw problem(path, `${path}: not JSON (${(error as Error).message})`, `${path} : pas du JSON (${(error as Error).message})`);
  }
  return checkSchema(json, path);
}

export { schemaErrorFrench } from './schema-problem.js';
