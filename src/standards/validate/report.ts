// What a validation says: Frictionless error types, each naming where and what.

export type ValidationErrorType =
  | 'encoding-error'
  | 'source-error'
  | 'schema-error'
  | 'blank-label'
  | 'duplicate-label'
  | 'missing-label'
  | 'extra-label'
  | 'incorrect-label'
  | 'blank-row'
  | 'missing-cell'
  | 'extra-cell'
  | 'type-error'
  | 'constraint-error'
  | 'unique-error'
  | 'primary-key-error';

export interface ValidationError {
  type: ValidationErrorType;
  /** 1-based physical row number as Frictionless counts (the header is row 1); absent for file-level errors. */
  rowNumber?: number;
  /** 1-based field number and the field's name, for cell and label errors. */
  fieldNumber?: number;
  fieldName?: string;
  /** The cell (or label) as read. */
  cell?: string;
  /** The rule broken: `type is integer`, `constraint "enum" is [A, B]`, `duplicate of row 4`. */
  note: string;
  /** The whole sentence, in the report's language. */
  message: string;
}

export interface ValidationReport {
  valid: boolean;
  /** The schema's name (standard) or file. */
  schema: string;
  /** File path or URL validated. */
  source: string;
  encoding: 'utf-8' | 'utf-8-sig' | 'windows-1252';
  delimiter: string;
  stats: {
    rows: number;
    bytes: number;
    errors: number;
    /** Count per error type (all of them, even past the listing limit). */
    byType: Partial<Record<ValidationErrorType, number>>;
    seconds: number;
  };
  /** The first `limitErrors` errors, in file order. */
  errors: ValidationError[];
  /** True when more errors were found than listed. */
  truncated: boolean;
}
