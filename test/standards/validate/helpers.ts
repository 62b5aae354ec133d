// Validating text or bytes in tests, cut in chunks of a chosen size to cross every boundary.
import type { TableSchema } from '../../../src/standards/table-schema.js';
import type { ValidationReport } from '../../../src/standards/validate/report.js';
import { validateCsv, type ValidateOptions } from '../../../src/standards/validate/validate.js';

export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export function validateText(
  text: string | Uint8Array,
  schema: TableSchema,
  options: Partial<ValidateOptions> & { chunk?: number } = {},
): Promise<ValidationReport> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const { chunk = 1 << 20, ...rest } = options;
  return validateCsv(chunked(bytes, chunk), schema, { schemaName: 'test', sourceName: 'test.csv', ...rest });
}

/** `type@row:column` of each error, a compact form to compare. */
export function brief(report: ValidationReport): string[] {
  return report.errors.map((e) => `${e.type}@${e.rowNumber ?? '-'}:${e.fieldNumber ?? '-'}`);
}
