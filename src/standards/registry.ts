// The high-value dataset standards Federa ships (`standards/<name>/` at the package root).
import { readSchemaFile } from './schema-file.js';
import type { TableSchema } from './table-schema.js';

export interface BiText {
  en: string;
  fr: string;
}

export interface Standard {
  /** `procurement-contracts`, `grants-contributions`, `building-permits`, `food-inspections`, `traffic-collisions`. */
  name: string;
  title: BiText;
  description: BiText;
  schema: TableSchema;
  /** The guide in Markdown, per language. */
  guide: BiText;
  /** Absolute path of the shipped schema.json and example CSV. */
  schemaPath: string;
  examplePath: string;
  /** Words that find this kind of data in a catalogue (titles, keywords), per language. */
  keywords: { en: string[]; fr: string[] };
}

/** Thrown when a schema named or given cannot be used; `where` names the file or standard. */
export class SchemaError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(message);
    this.name = 'SchemaError';
  }
}

export function listStandards(): Standard[] {
  return [];
}

export function getStandard(name: string): Standard | undefined {
  return listStandards().find((s) => s.name === name);
}

/** A standard's name or a path to a Table Schema JSON file: the schema, checked. Throws SchemaError. */
export function resolveSchema(nameOrPath: string): { schema: TableSchema; standard?: Standard } {
  const standard = getStandard(nameOrPath);
  if (standard) return { schema: standard.schema, standard };
  return { schema: readSchemaFile(nameOrPath) };
}
