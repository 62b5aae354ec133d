// Reading and checking a Table Schema given as a file or as parsed JSON.
import type { TableSchema } from './table-schema.js';

/** Checks parsed JSON as a Table Schema Federa can validate with; throws a SchemaError naming
 * `where` and the JSON path of the first problem. */
export function checkSchema(json: unknown, where: string): TableSchema {
  void json;
  throw new Error(`not implemented yet (${where})`);
}

/** Reads and checks a Table Schema JSON file; throws a SchemaError naming the file. */
export function readSchemaFile(path: string): TableSchema {
  throw new Error(`not implemented yet (${path})`);
}
