// The crosswalk as CSV: one row per kind or source × source field × core element × GC element;
// fields the mapping never reads have one row with evidence `unused`.
import { stringify } from 'csv-stringify/sync';
import { coreElement, gcElement } from '../../core/common-core.js';
import type { Crosswalk } from './derive.js';
import type { CrosswalkReport } from './report.js';

export const CROSSWALK_CSV_COLUMNS = [
  'scope',
  'name',
  'source_path',
  'evidence',
  'required',
  'seen_in',
  'records',
  'core_element',
  'dcat_property',
  'gc_id',
  'gc_property',
] as const;

type Row = Record<(typeof CROSSWALK_CSV_COLUMNS)[number], string>;

function rowsOf(scope: 'kind' | 'source', name: string, crosswalk: Crosswalk): Row[] {
  const rows: Row[] = [];
  for (const row of crosswalk.rows) {
    const base = { scope, name, source_path: row.path, evidence: row.evidence, required: row.required ? 'yes' : 'no', seen_in: String(row.seen), records: String(crosswalk.records) };
    const blank = { core_element: '', dcat_property: '', gc_id: '', gc_property: '' };
    if (row.elements.length === 0) rows.push({ ...base, ...blank });
    for (const id of row.elements) {
      const element = coreElement(id);
      const dcat = element?.dcat ?? '';
      const gcIds = element?.gc ?? [];
      if (gcIds.length === 0) rows.push({ ...base, ...blank, core_element: id, dcat_property: dcat });
      for (const gcId of gcIds) rows.push({ ...base, core_element: id, dcat_property: dcat, gc_id: gcId, gc_property: gcElement(gcId)?.property ?? '' });
    }
  }
  for (const path of crosswalk.unused) {
    rows.push({ scope, name, source_path: path, evidence: 'unused', required: 'no', seen_in: '', records: String(crosswalk.records), core_element: '', dcat_property: '', gc_id: '', gc_property: '' });
  }
  return rows;
}

export function crosswalkCsv(report: CrosswalkReport): string {
  const rows: Row[] = [];
  for (const kind of report.kinds) rows.push(...rowsOf('kind', kind.kind, kind.crosswalk));
  for (const source of report.sources) if (source.crosswalk) rows.push(...rowsOf('source', source.id, source.crosswalk));
  return stringify(rows, { header: true, columns: [...CROSSWALK_CSV_COLUMNS] });
}
