// Tables of community records and progress reports, as CSV or JSON.
// CSV flattening (one row per record):
//   - a bilingual field becomes `<field>_en` and `<field>_fr`; any nested object is flattened the
//     same way with `_` (an indicator's deadline gives `deadline_precision`, `deadline_from`,
//     `deadline_due`, `deadline_text_en`, `deadline_text_fr`);
//   - a list of strings is joined with `; `;
//   - a list of objects (an indicator's `targets` and `deadlineHistory`) is one JSON cell;
//   - booleans are `true`/`false`, absent values are empty cells.
// Columns: `id` first, then the others in the order records first show them, so one export of a
// kind always has the same columns as long as the records carry the same fields.
// JSON is lossless: the records as they are (nested), in an array, in the order given.
import { stringify } from 'csv-stringify/sync';
import type { CommunityKind, CommunityRecords, ProgressReport } from '../../core/community/types.js';

export type TableFormat = 'csv' | 'json';
type Cell = string;
type Flat = Record<string, Cell>;

function flattenInto(out: Flat, prefix: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    out[prefix] = value.every((item) => typeof item !== 'object' || item === null) ? value.map(String).join('; ') : JSON.stringify(value);
    return;
  }
  if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flattenInto(out, prefix ? `${prefix}_${key}` : key, inner);
    return;
  }
  out[prefix] = String(value);
}

/** One record as a flat row of text cells. */
export function flattenRecord(record: object): Flat {
  const out: Flat = {};
  flattenInto(out, '', record);
  return out;
}

/** The columns of these rows: `id` first, then in order of first appearance. */
export function columnsOf(rows: Flat[]): string[] {
  const seen = new Set<string>(['id']);
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

function tableText(records: object[], format: TableFormat): string {
  if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`;
  const rows = records.map(flattenRecord);
  const columns = columnsOf(rows);
  return stringify(rows.map((row) => columns.map((c) => row[c] ?? '')), { header: true, columns });
}

/** Records of one kind as CSV or JSON. */
export function exportRecords<K extends CommunityKind>(_kind: K, records: CommunityRecords[K][], format: TableFormat): string {
  return tableText(records, format);
}

/** Progress reports as CSV or JSON (the store's rows: with ids, recordedAt and recordedBy). */
export function exportProgress(reports: ProgressReport[], format: TableFormat): string {
  return tableText(reports, format);
}
