// The schema of a merged table: the standard's, with a required `jurisdiction` column first and
// its keys made per jurisdiction (two cities may both have permit 1001).
import { keyFields, type TableField, type TableSchema } from '../table-schema.js';

export const JURISDICTION_FIELD = 'jurisdiction';

const jurisdictionField: TableField = {
  name: JURISDICTION_FIELD,
  type: 'string',
  title: 'Jurisdiction',
  description: 'Code of the jurisdiction that published the row, as its mapping file names it.',
  fr: { title: 'Administration', description: 'Code de l’administration qui a publié la ligne, tel que son fichier de correspondance le nomme.' },
  constraints: { required: true },
};

const prefixed = (key: string[]): string[] => [JURISDICTION_FIELD, ...key.filter((k) => k !== JURISDICTION_FIELD)];

/** Pure: the standard's schema extended for a merge; fields unique in the standard become unique
 * per jurisdiction. A standard's own `jurisdiction` field is kept, moved first and required. */
export function mergedSchema(schema: TableSchema): TableSchema {
  const own = schema.fields.find((f) => f.name === JURISDICTION_FIELD);
  const first: TableField = own ? { ...own, constraints: { ...own.constraints, required: true } } : jurisdictionField;
  const rest = schema.fields.filter((f) => f.name !== JURISDICTION_FIELD);
  // A field unique in one jurisdiction's file becomes unique per jurisdiction.
  const uniqueFields = rest.filter((f) => f.constraints?.unique).map((f) => f.name);
  const fields = rest.map((f) => {
    if (!f.constraints?.unique) return f;
    const { unique: _unique, ...constraints } = f.constraints;
    return { ...f, constraints };
  });
  const merged: TableSchema = { ...schema, fields: [first, ...fields] };
  const primaryKey = keyFields(schema.primaryKey);
  if (primaryKey.length > 0) merged.primaryKey = prefixed(primaryKey);
  // The primary key is unique already: listing it again would report each duplicate twice.
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i]);
  const uniqueKeys = [...(schema.uniqueKeys ?? []), ...uniqueFields.map((f) => [f])]
    .map(prefixed)
    .filter((key, i, all) => !(primaryKey.length > 0 && same(key, merged.primaryKey as string[])) && all.findIndex((k) => same(k, key)) === i);
  if (uniqueKeys.length > 0) merged.uniqueKeys = uniqueKeys;
  return merged;
}

/** The merged table's columns, in order. */
export function mergedColumns(schema: TableSchema): string[] {
  return [JURISDICTION_FIELD, ...schema.fields.map((f) => f.name).filter((n) => n !== JURISDICTION_FIELD)];
}
