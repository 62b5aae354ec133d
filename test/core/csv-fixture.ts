// Reads a CSV table of the real fixtures in place (the crosswalk tables start with a BOM).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { fixture } from '../helpers/fixtures.js';

export function readCsvFixture(...parts: string[]): Record<string, string>[] {
  return parse(readFileSync(fixture(...parts), 'utf8'), { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true });
}
