// Every check of a data row: blank row, missing and extra cells, types, constraints, unique
// and primary keys. Compiled once from the schema and the header.
import { keyFields, type TableField, type TableSchema } from '../table-schema.js';
import { casterFor, INVALID, typeRule, type Caster, type CellValue } from './cast/index.js';
import { compileConstraints, valueKey, type ConstraintCheck } from './constraints.js';
import type { HeaderPlan, LabelError } from './header.js';
import { FingerprintSet } from './keys.js';

export type Emit = (error: LabelError) => void;

interface CompiledField {
  field: TableField;
  cast: Caster;
  typeNote: string;
  missing: Set<string>;
  /** The usual case, tested without a set lookup: only the empty cell is missing. */
  onlyEmptyMissing: boolean;
  required: boolean;
  checks: ConstraintCheck[];
  unique?: FingerprintSet;
}

interface CompiledKey {
  fields: number[];
  names: string;
  set: FingerprintSet;
  type: 'primary-key-error' | 'unique-error';
}

const NULL = null;
// Key parts are joined with a character no cell value is expected to hold.
const JOIN = '\u001f';

function schemaMissingValues(schema: TableSchema): string[] {
  return (schema.missingValues ?? ['']).map((v) => (typeof v === 'string' ? v : v.value));
}

export class RowChecker {
  private readonly fields: CompiledField[];
  private readonly keys: CompiledKey[] = [];
  private readonly values: Array<CellValue | null | typeof INVALID>;
  private readonly width: number;

  constructor(
    schema: TableSchema,
    private readonly plan: HeaderPlan,
    private readonly emit: Emit,
  ) {
    const defaults = schemaMissingValues(schema);
    const primary = new Set(keyFields(schema.primaryKey));
    this.fields = schema.fields.map((field) => {
      const cast = casterFor(field);
      const missing = field.missingValues ?? defaults;
      const c = field.constraints ?? {};
      return {
        field,
        cast,
        typeNote: typeRule(field),
        missing: new Set(missing),
        onlyEmptyMissing: missing.length === 1 && missing[0] === '',
        required: c.required === true || primary.has(field.name),
        checks: compileConstraints(field, cast),
        // A field that is the whole primary key is checked once, as the key: one error per duplicate.
        ...(c.unique && !(primary.size === 1 && primary.has(field.name)) ? { unique: new FingerprintSet() } : {}),
      };
    });
    const index = new Map(schema.fields.map((f, i) => [f.name, i]));
    const placed = new Set(plan.columns.filter((c) => c >= 0));
    const addKey = (names: string[], type: CompiledKey['type']) => {
      const fields = names.map((n) => index.get(n)!);
      // A key with a field that has no column cannot be checked: its missing label says why.
      if (fields.every((f) => placed.has(f))) this.keys.push({ fields, names: names.join(', '), set: new FingerprintSet(), type });
    };
    if (primary.size > 0) addKey([...primary], 'primary-key-error');
    for (const key of schema.uniqueKeys ?? []) addKey(keyFields(key), 'unique-error');
    this.values = new Array(this.fields.length).fill(NULL);
    this.width = plan.columns.length;
  }

  check(cells: string[], row: number): void {
    if (isBlank(cells)) {
      this.emit({ type: 'blank-row', rowNumber: row, note: 'all cells are empty' });
      return;
    }
    const { columns } = this.plan;
    const values = this.values;
    values.fill(NULL);
    const n = Math.min(cells.length, this.width);
    for (let c = 0; c < n; c++) {
      const f = columns[c]!;
      if (f < 0) continue;
      values[f] = this.cell(this.fields[f]!, cells[c]!, row, c + 1);
    }
    for (let c = n; c < this.width; c++) {
      const f = columns[c]!;
      const field = f >= 0 ? this.fields[f]! : undefined;
      this.emit({ type: 'missing-cell', rowNumber: row, fieldNumber: c + 1, ...(field ? { fieldName: field.field.name } : {}), note: `the header has ${this.width} column(s)` });
    }
    for (let c = this.width; c < cells.length; c++) {
      this.emit({ type: 'extra-cell', rowNumber: row, fieldNumber: c + 1, cell: cells[c]!, note: `the header has ${this.width} column(s)` });
    }
    for (const k of this.keys) this.key(k, row);
  }

  /** The cell's value (null when missing, INVALID when it broke its type), its errors emitted. */
  private cell(f: CompiledField, cell: string, row: number, column: number): CellValue | null | typeof INVALID {
    if (f.onlyEmptyMissing ? cell === '' : f.missing.has(cell)) {
      if (f.required) this.emit({ type: 'constraint-error', rowNumber: row, fieldNumber: column, fieldName: f.field.name, cell, note: 'required' });
      return NULL;
    }
    const value = f.cast(cell);
    if (value === INVALID) {
      this.emit({ type: 'type-error', rowNumber: row, fieldNumber: column, fieldName: f.field.name, cell, note: f.typeNote });
      return INVALID;
    }
    for (const check of f.checks) {
      const note = check(value, cell);
      if (note) this.emit({ type: 'constraint-error', rowNumber: row, fieldNumber: column, fieldName: f.field.name, cell, note });
    }
    if (f.unique) {
      const first = f.unique.add(valueKey(value), row);
      if (first) this.emit({ type: 'unique-error', rowNumber: row, fieldNumber: column, fieldName: f.field.name, cell, note: `duplicate of row ${first}` });
    }
    return value;
  }

  private key(k: CompiledKey, row: number): void {
    let text = '';
    for (let i = 0; i < k.fields.length; i++) {
      const v = this.values[k.fields[i]!];
      if (v === NULL || v === INVALID || v === undefined) return; // already reported as missing or of the wrong type
      text = i === 0 ? valueKey(v) : text + JOIN + valueKey(v);
    }
    const first = k.set.add(text, row);
    if (!first) return;
    const column = this.plan.columns.indexOf(k.fields[0]!) + 1;
    this.emit({ type: k.type, rowNumber: row, fieldNumber: column, fieldName: k.names, cell: text.split(JOIN).join(', '), note: `duplicate of row ${first}` });
  }
}

function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c !== '') return false;
  return true;
}
