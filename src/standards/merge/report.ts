// What a merge says: per jurisdiction what was read, written and could not be mapped, and the
// validation of the merged table with each error traced back to its jurisdiction's row.
import type { ValidationError, ValidationReport } from '../validate/report.js';
import type { JurisdictionStats } from './merger.js';

export interface MergedValidationError extends ValidationError {
  /** The jurisdiction, mapping and source row the merged row came from. */
  jurisdiction?: string;
  mapping?: string;
  sourceRowNumber?: number;
}

export type JurisdictionReport = Omit<JurisdictionStats, 'runs'>;

export interface MergeReport {
  /** The merged table conforms to the standard (extended with its jurisdiction column). */
  valid: boolean;
  /** The standard's name or schema file. */
  schema: string;
  /** Where the merged table was written (`-` for standard output). */
  output: string;
  /** Data rows in the merged table. */
  rows: number;
  jurisdictions: JurisdictionReport[];
  validation: Omit<ValidationReport, 'errors'> & { errors: MergedValidationError[] };
}
