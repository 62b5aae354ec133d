// Streaming CSV validation against a Table Schema.
import type { UiLang } from '../../core/langstring.js';
import type { TableSchema } from '../table-schema.js';
import type { ValidationReport } from './report.js';

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
export async function validateCsv(
  input: AsyncIterable<Uint8Array>,
  schema: TableSchema,
  options: ValidateOptions,
): Promise<ValidationReport> {
  void input;
  void schema;
  void options;
  throw new Error('not implemented yet');
}
