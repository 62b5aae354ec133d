// The header row against the schema's fields: which field each column holds, and the label errors.
// `exact` (the default) wants the schema's names in the schema's order. When every label is a
// field name, once, columns are matched by name: a column left out is one missing-label and a
// moved one an incorrect-label, while each cell is still checked against its own field (matching
// by position would also turn every later cell into a type error). Otherwise columns are matched
// by position, as the Table Schema v2 spec and Frictionless do. `equal`, `subset`, `superset`
// and `partial` match by name. A missing label names the field's place in the schema.
import type { TableSchema } from '../table-schema.js';
import type { ValidationError } from './report.js';

export type LabelError = Omit<ValidationError, 'message'>;

export interface HeaderPlan {
  /** For each column, the index of its field in the schema, or -1. */
  columns: number[];
  errors: LabelError[];
}

export function matchHeader(labels: readonly string[], schema: TableSchema): HeaderPlan {
  const fields = schema.fields;
  const match = schema.fieldsMatch ?? 'exact';
  const errors: LabelError[] = [];
  const label = (type: LabelError['type'], column: number, name: string | undefined, cell: string | undefined, note: string) =>
    errors.push({ type, rowNumber: 1, fieldNumber: column + 1, ...(name !== undefined ? { fieldName: name } : {}), ...(cell !== undefined ? { cell } : {}), note });

  const seen = new Map<string, number>();
  labels.forEach((l, i) => {
    if (l.trim() === '') label('blank-label', i, fields[i]?.name, l, 'label is blank');
    else if (seen.has(l)) label('duplicate-label', i, fields[i]?.name, l, `duplicate of column ${seen.get(l)! + 1}`);
    else seen.set(l, i);
  });

  const byName = new Map(fields.map((f, i) => [f.name, i]));
  const allNamed = labels.length > 0 && seen.size === labels.length && labels.every((l) => byName.has(l));
  if (match === 'exact' && allNamed) {
    const columns = labels.map((l) => byName.get(l)!);
    const present = new Set(columns);
    const inOrder = fields.filter((_f, i) => present.has(i)).map((f) => f.name);
    labels.forEach((l, i) => {
      if (l !== inOrder[i]) label('incorrect-label', i, inOrder[i], l, `name is ${inOrder[i]}`);
    });
    fields.forEach((f, i) => {
      if (!present.has(i)) label('missing-label', i, f.name, undefined, `field ${f.name} has no column`);
    });
    return { columns, errors };
  }
  if (match === 'exact') {
    const columns = labels.map((l, i) => {
      const field = fields[i];
      if (!field) {
        label('extra-label', i, undefined, l, `the schema has ${fields.length} field(s)`);
        return -1;
      }
      if (l.trim() !== '' && l !== field.name) label('incorrect-label', i, field.name, l, `name is ${field.name}`);
      return i;
    });
    for (let f = labels.length; f < fields.length; f++) label('missing-label', f, fields[f]!.name, undefined, `field ${fields[f]!.name} has no column`);
    return { columns, errors };
  }

  const columns = labels.map((l, i) => (seen.get(l) === i ? (byName.get(l) ?? -1) : -1));
  const found = new Set(columns.filter((c) => c >= 0));
  if (match === 'equal' || match === 'superset') {
    labels.forEach((l, i) => {
      if (columns[i] === -1 && l.trim() !== '') label('extra-label', i, undefined, l, `fieldsMatch is ${match}`);
    });
  }
  if (match === 'equal' || match === 'subset' || (match === 'partial' && found.size === 0)) {
    fields.forEach((f, i) => {
      if (!found.has(i)) label('missing-label', i, f.name, undefined, `fieldsMatch is ${match}`);
    });
  }
  return { columns, errors };
}
