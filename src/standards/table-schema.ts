// Frictionless Table Schema v2 (https://datapackage.org/standard/table-schema/), the parts Federa
// reads. French titles and descriptions ride in a custom `fr` property (custom properties are
// allowed by the spec), so that tools that know only the standard still read the English ones.

export interface FrenchText {
  title?: string;
  description?: string;
}

export type FieldType =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'time'
  | 'datetime'
  | 'year'
  | 'yearmonth'
  | 'duration'
  | 'geopoint'
  | 'geojson'
  | 'object'
  | 'array'
  | 'list'
  | 'any';

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number | string;
  maximum?: number | string;
  exclusiveMinimum?: number | string;
  exclusiveMaximum?: number | string;
  pattern?: string;
  enum?: Array<string | number | boolean>;
}

export interface CategoryObject {
  value: string | number;
  label?: string;
  /** Federa extension: the French label. */
  fr?: { label?: string };
}

export interface TableField {
  name: string;
  type?: FieldType;
  format?: string;
  title?: string;
  description?: string;
  example?: unknown;
  constraints?: FieldConstraints;
  missingValues?: string[];
  categories?: Array<string | number | CategoryObject>;
  /** number/integer options */
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
  /** boolean options */
  trueValues?: string[];
  falseValues?: string[];
  /** Federa extension: French title and description. */
  fr?: FrenchText;
  [custom: string]: unknown;
}

export interface TableSchema {
  $schema?: string;
  /** Federa extension at schema level: the standard's English title and description. */
  title?: string;
  description?: string;
  fr?: FrenchText;
  fields: TableField[];
  fieldsMatch?: 'exact' | 'equal' | 'subset' | 'superset' | 'partial';
  missingValues?: Array<string | { value: string; label?: string }>;
  primaryKey?: string[] | string;
  uniqueKeys?: string[][];
  foreignKeys?: unknown[];
  [custom: string]: unknown;
}

/** A key's field names: v1 schemas may give one name as a string. */
export function keyFields(key: string[] | string | undefined): string[] {
  return key === undefined ? [] : typeof key === 'string' ? [key] : key;
}
