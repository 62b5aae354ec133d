// The high-value dataset standards Federa ships (`standards/<name>/` at the package root).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readSchemaFile } from './schema-file.js';
import { STANDARD_KEYWORDS, STANDARD_NAMES } from './keywords.js';
import { keyFields, type TableSchema } from './table-schema.js';

export { STANDARD_NAMES, type StandardName } from './keywords.js';

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

// Two levels up from src/standards (vitest) and from dist/standards (built) alike.
const STANDARDS_DIR = new URL('../../standards/', import.meta.url);

/** The directory that holds the shipped standards. */
export function standardsDirectory(): string {
  return fileURLToPath(STANDARDS_DIR);
}

let cache: Standard[] | undefined;

export function listStandards(): Standard[] {
  cache ??= STANDARD_NAMES.map(loadStandard);
  return cache;
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

function loadStandard(name: (typeof STANDARD_NAMES)[number]): Standard {
  const path = (file: string) => fileURLToPath(new URL(`${name}/${file}`, STANDARDS_DIR));
  const schemaPath = path('schema.json');
  const schema = shippedSchema(schemaPath);
  return {
    name,
    title: { en: schema.title!, fr: schema.fr!.title! },
    description: { en: schema.description!, fr: schema.fr!.description! },
    schema,
    guide: { en: readShipped(path('guide.en.md')), fr: readShipped(path('guide.fr.md')) },
    schemaPath,
    examplePath: path('example.csv'),
    keywords: STANDARD_KEYWORDS[name],
  };
}

function readShipped(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new SchemaError(path, `${path}: a file of the shipped standards cannot be read (${(error as Error).message})`);
  }
}

/** A shipped schema.json with a light check (what the registry reads is there; the profile is
 * checked by the tests); throws a SchemaError naming the file. */
export function shippedSchema(path: string): TableSchema {
  let json: unknown;
  try {
    json = JSON.parse(readShipped(path));
  } catch (error) {
    if (error instanceof SchemaError) throw error;
    throw new SchemaError(path, `${path}: not valid JSON (${(error as Error).message})`);
  }
  const schema = json as Partial<TableSchema> | null;
  const problem = !schema || typeof schema !== 'object'
    ? 'not a JSON object'
    : !Array.isArray(schema.fields) || schema.fields.length === 0 || schema.fields.some((f) => typeof f?.name !== 'string')
      ? '"fields" must be a non-empty list of fields with names'
      : typeof schema.title !== 'string' || typeof schema.description !== 'string' || typeof schema.fr?.title !== 'string' || typeof schema.fr.description !== 'string'
        ? 'needs "title" and "description" in English and in "fr"'
        : primaryKeyProblem(schema as TableSchema);
  if (problem) throw new SchemaError(path, `${path}: ${problem}`);
  return schema as TableSchema;
}

function primaryKeyProblem(schema: TableSchema): string | undefined {
  const key = keyFields(schema.primaryKey);
  const names = new Set(schema.fields.map((f) => f.name));
  const missing = key.find((k) => !names.has(k));
  return missing === undefined ? undefined : `"primaryKey" names "${missing}", which is not a field`;
}
