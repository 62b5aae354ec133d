// The streaming merge: every jurisdiction's file in turn, row by row, into one table of the
// standard. Memory stays constant: rows pass through, only counts and the first problems are kept.
import { stringify } from 'csv-stringify/sync';
import type { TableSchema } from '../table-schema.js';
import { bindMapping, checkMapping, type BoundMapping } from './bind.js';
import type { Mapping } from './mapping.js';
import { mergedColumns } from './merged-schema.js';
import type { MergeProblem, MergeProblemKind } from './problems.js';
import { readRecords, sourceName, SourceError, type OpenSource } from './read-source.js';
import { isBlankRecord, transformRow } from './transform.js';

export interface JurisdictionStats {
  mapping: string;
  source: string;
  jurisdiction: Mapping['jurisdiction'];
  rowsRead: number;
  rowsWritten: number;
  blankRows: number;
  problems: {
    count: number;
    byKind: Partial<Record<MergeProblemKind, number>>;
    /** The first ones, in file order. */
    listed: MergeProblem[];
    truncated: boolean;
  };
  /** The merged table's rows (its header is row 1) that came from this file. */
  firstRow?: number;
  lastRow?: number;
  /** Runs of [merged row, source row] where both advance together (blank rows break a run). */
  runs: Array<[number, number]>;
}

function emptyStats(mapping: Mapping): JurisdictionStats {
  return {
    mapping: mapping.file,
    source: sourceName(mapping.source),
    jurisdiction: mapping.jurisdiction,
    rowsRead: 0,
    rowsWritten: 0,
    blankRows: 0,
    problems: { count: 0, byKind: {}, listed: [], truncated: false },
    runs: [],
  };
}

async function readHeader(mapping: Mapping, open: OpenSource, signal?: AbortSignal): Promise<string[]> {
  const records = readRecords(mapping, open, signal);
  try {
    const first = await records.next();
    if (first.done) {
      const name = sourceName(mapping.source);
      throw new SourceError(mapping, { en: `${name} is empty: no header row`, fr: `${name} est vide : aucune ligne d’en-tête` });
    }
    return first.value.record;
  } finally {
    // Only the header was wanted: the rest of the file (or download) is left unread.
    await records.return(undefined);
  }
}

/** Checks every mapping against the standard and binds it to its file's header, so that a bad
 * mapping or a missing column fails before any row is written. Throws a MappingError. */
export async function prepareMerge(mappings: Mapping[], schema: TableSchema, standard: string | undefined, open: OpenSource, signal?: AbortSignal): Promise<BoundMapping[]> {
  // A schema given as a file has no name: the mappings must at least agree with each other.
  const expected = standard ?? mappings[0]?.standard;
  for (const mapping of mappings) checkMapping(mapping, schema, expected);
  const bound: BoundMapping[] = [];
  for (const mapping of mappings) bound.push(bindMapping(mapping, schema, await readHeader(mapping, open, signal), sourceName(mapping.source)));
  return bound;
}

export interface MergeOptions {
  open: OpenSource;
  /** Problems listed per jurisdiction (all are counted); default 100. */
  problemLimit?: number;
  /** Rows per CSV chunk written; default 1000. */
  batchRows?: number;
  signal?: AbortSignal;
}

/** The merged table as CSV bytes: header, then each prepared mapping's rows. Fills `stats` (one
 * per mapping, in order) as it goes. */
export async function* mergedCsv(prepared: BoundMapping[], schema: TableSchema, stats: JurisdictionStats[], options: MergeOptions): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const limit = options.problemLimit ?? 100;
  const batchRows = options.batchRows ?? 1000;
  yield encoder.encode(stringify([mergedColumns(schema)], { record_delimiter: 'unix' }));
  let mergedRow = 1;
  for (const first of prepared) {
    const s = emptyStats(first.mapping);
    stats.push(s);
    let bound: BoundMapping | undefined;
    let batch: string[][] = [];
    let previousSource = -1;
    for await (const { record, rowNumber } of readRecords(first.mapping, options.open, options.signal)) {
      if (!bound) {
        // Read again: the file (or URL) may have changed since its header was checked.
        bound = bindMapping(first.mapping, schema, record, s.source);
        continue;
      }
      s.rowsRead++;
      if (isBlankRecord(record)) {
        s.blankRows++;
        continue;
      }
      const row = transformRow(bound, record, rowNumber);
      for (const p of row.problems) {
        s.problems.count++;
        s.problems.byKind[p.kind] = (s.problems.byKind[p.kind] ?? 0) + 1;
        if (s.problems.listed.length < limit) s.problems.listed.push(p);
        else s.problems.truncated = true;
      }
      mergedRow++;
      s.rowsWritten++;
      s.firstRow ??= mergedRow;
      s.lastRow = mergedRow;
      if (rowNumber !== previousSource + 1) s.runs.push([mergedRow, rowNumber]);
      previousSource = rowNumber;
      batch.push(row.cells);
      if (batch.length >= batchRows) {
        yield encoder.encode(stringify(batch, { record_delimiter: 'unix' }));
        batch = [];
      }
    }
    if (batch.length > 0) yield encoder.encode(stringify(batch, { record_delimiter: 'unix' }));
  }
}

/** The jurisdiction and source row of a row of the merged table. */
export function locateRow(stats: JurisdictionStats[], mergedRow: number): { stats: JurisdictionStats; sourceRow: number } | undefined {
  const s = stats.find((j) => j.firstRow !== undefined && mergedRow >= j.firstRow && mergedRow <= j.lastRow!);
  if (!s) return undefined;
  let run = s.runs[0]!;
  for (const r of s.runs) {
    if (r[0] > mergedRow) break;
    run = r;
  }
  return { stats: s, sourceRow: run[1] + (mergedRow - run[0]) };
}
