// Streaming CSV validation against a Table Schema.
import type { UiLang } from '../../core/langstring.js';
import type { TableSchema } from '../table-schema.js';
import { ErrorCollector } from './collector.js';
import { CellTooLongError, CsvParser } from './csv-parser.js';
import { detectDelimiter } from './delimiter.js';
import { ChunkDecoder, pickEncoding, readStart, SNIFF_BYTES } from './encoding.js';
import { matchHeader } from './header.js';
import type { ValidationReport } from './report.js';
import { RowChecker } from './row-checker.js';

export interface ValidateOptions {
  /** Name of the schema for the report. */
  schemaName: string;
  /** File path or URL for the report. */
  sourceName: string;
  lang?: UiLang;
  /** Errors listed in the report (all are counted); default 1000. */
  limitErrors?: number;
  /** Force instead of detecting. */
  encoding?: 'utf-8' | 'windows-1252';
  delimiter?: string;
  signal?: AbortSignal;
}

/** Validates a CSV byte stream; reads it once, in constant memory except the keys kept for
 * uniqueness checks. */
export async function validateCsv(input: AsyncIterable<Uint8Array>, schema: TableSchema, options: ValidateOptions): Promise<ValidationReport> {
  const started = performance.now();
  const lang = options.lang ?? 'en';
  const collector = new ErrorCollector(options.limitErrors ?? 1000, lang);
  const it = input[Symbol.asyncIterator]();
  const { start, done } = await readStart(it);
  let bytes = start.length;
  const encoding = pickEncoding(start, done, options.encoding);
  const decoder = new ChunkDecoder(encoding);
  const first = decoder.decode(start, done);
  const delimiter = options.delimiter ?? detectDelimiter(first.text.slice(0, SNIFF_BYTES));

  let rows = 0;
  let lastInvalidRow = 0;
  let checker: RowChecker | undefined;
  const parser = new CsvParser(delimiter, {
    row(cells, rowNumber) {
      rows = rowNumber;
      if (checker) return checker.check(cells, rowNumber);
      const plan = matchHeader(cells, schema);
      plan.errors.forEach(collector.add);
      checker = new RowChecker(schema, plan, collector.add);
    },
    invalidBytes(rowNumber) {
      if (rowNumber === lastInvalidRow) return; // one error a row, however many bad bytes it holds
      lastInvalidRow = rowNumber;
      collector.add({ type: 'encoding-error', rowNumber, note: 'encoding is utf-8' });
    },
  });

  try {
    parser.feed(first.text, first.invalidAt);
    if (!done) {
      for (let next = await it.next(); !next.done; next = await it.next()) {
        options.signal?.throwIfAborted();
        bytes += next.value.length;
        const piece = decoder.decode(next.value);
        parser.feed(piece.text, piece.invalidAt);
      }
      const rest = decoder.decode(new Uint8Array(0), true);
      parser.feed(rest.text, rest.invalidAt);
    }
    parser.end();
    if (rows === 0) collector.add({ type: 'source-error', note: 'the file is empty: no header row' });
  } catch (error) {
    if (!(error instanceof CellTooLongError)) throw error;
    await it.return?.();
    collector.add({ type: 'source-error', rowNumber: error.rowNumber, note: error.message });
  }

  return {
    valid: collector.count === 0,
    schema: options.schemaName,
    source: options.sourceName,
    encoding,
    delimiter,
    stats: {
      rows: Math.max(0, rows - 1),
      bytes,
      errors: collector.count,
      byType: collector.byType,
      seconds: Math.round(performance.now() - started) / 1000,
    },
    errors: collector.errors,
    truncated: collector.truncated,
  };
}
