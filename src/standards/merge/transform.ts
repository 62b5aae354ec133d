// Pure: one source row and its bound mapping → one row of the standard, plus its problems.
import type { BoundColumn, BoundMapping } from './bind.js';
import { formatDate } from './dates.js';
import { formatGeopoint, readWktPoint } from './points.js';
import type { MergeProblem } from './problems.js';

export interface TransformedRow {
  /** `jurisdiction` first, then the standard's fields in order. */
  cells: string[];
  problems: MergeProblem[];
}

const CODES_LISTED = 8;

function codesList(codes: Map<string, string>): string {
  const keys = [...codes.keys()];
  return keys.length > CODES_LISTED ? `${keys.slice(0, CODES_LISTED).join(', ')}, …` : keys.join(', ');
}

function numberFormatText(n: { decimal: string; group: string }): string {
  return `{ decimal: "${n.decimal}", group: "${n.group}" }`;
}

/** One cell: the rule's steps in order; a step that cannot read the value reports it and leaves
 * the value as it was. */
function cell(col: BoundColumn, record: string[], report: (p: Omit<MergeProblem, 'mapping' | 'jurisdiction' | 'rowNumber'>) => void): string {
  const { rule } = col;
  const src = rule.source;
  const part = (i: number) => {
    const raw = record[col.indexes[i]!] ?? '';
    return rule.trim ? raw.trim() : raw;
  };
  let value = 'value' in src ? src.value : 'concat' in src ? src.concat.map((_, i) => part(i)).filter((v) => v !== '').join(src.separator) : part(0);
  if (value.trim() === '') return rule.ifEmpty ?? '';
  const problem = (kind: MergeProblem['kind'], expected: string) => report({ kind, field: col.field.name, column: col.label, value, expected });
  if (rule.extract) {
    const m = rule.extract.exec(value);
    if (!m) {
      problem('no-match', `/${rule.extract.source}/`);
      return value;
    }
    value = m[1] ?? m[0];
  }
  if (rule.case === 'upper') value = value.toUpperCase();
  else if (rule.case === 'lower') value = value.toLowerCase();
  if (rule.codes) {
    const code = rule.codes.get(value);
    if (code !== undefined) value = code;
    else if (!col.accepted.has(value)) {
      if (rule.default !== undefined) value = rule.default;
      else {
        problem('unmapped-code', codesList(rule.codes));
        return value;
      }
    }
  }
  if (col.date) {
    const parts = col.date.parse(value);
    if (!parts) problem('bad-date', rule.date!);
    return parts ? formatDate(parts, col.field.type) : value;
  }
  if (col.number) {
    const n = col.number(value);
    if (n === undefined) problem('bad-number', numberFormatText(rule.number!));
    // `12,00` in a count column is the integer 12; a real fraction is left for validation to flag.
    return n !== undefined && col.field.type === 'integer' ? n.replace(/\.0+$/, '') : (n ?? value);
  }
  if (rule.point) {
    const p = readWktPoint(value);
    if (typeof p === 'string') {
      problem('bad-point', p);
      return value;
    }
    return rule.point === 'lat' ? p.lat : rule.point === 'lon' ? p.lon : formatGeopoint(p, col.field);
  }
  return value;
}

/** Maps one source record (`rowNumber` as Frictionless counts, the header being row 1). */
export function transformRow(bound: BoundMapping, record: string[], rowNumber: number): TransformedRow {
  const { mapping } = bound;
  const problems: MergeProblem[] = [];
  const base = { mapping: mapping.file, jurisdiction: mapping.jurisdiction.code, rowNumber };
  if (record.length !== bound.headerLength) {
    problems.push({ ...base, kind: record.length < bound.headerLength ? 'missing-cells' : 'extra-cells', value: String(record.length), expected: String(bound.headerLength) });
  }
  const report = (p: Omit<MergeProblem, 'mapping' | 'jurisdiction' | 'rowNumber'>) => problems.push({ ...base, ...p });
  const cells = [mapping.jurisdiction.code, ...bound.columns.map((col) => (col ? cell(col, record, report) : ''))];
  return { cells, problems };
}

/** A record with nothing but blanks: left out of the merged table. */
export function isBlankRecord(record: string[]): boolean {
  return record.every((v) => v.trim() === '');
}
