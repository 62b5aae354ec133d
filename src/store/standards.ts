// What every Store engine keeps for the data standards: the last conformance check of each
// distribution found for a standard, and the records that say which standards they follow.
import type { DatasetRecord } from '../core/dataset.js';

export type StandardCheckStatus = 'valid' | 'invalid' | 'unreachable' | 'too-large' | 'not-csv';

/** The outcome of validating one distribution's file against one standard. */
export interface StandardCheck {
  standard: string;
  datasetId: string;
  url: string;
  checkedAt: string;
  status: StandardCheckStatus;
  rows?: number;
  errors?: number;
  /** Errors per Frictionless type. */
  byType?: Partial<Record<string, number>>;
  encoding?: string;
  delimiter?: string;
  /** Why it could not be checked (HTTP status, size), in English and French. */
  message?: { en: string; fr: string };
}

export interface StandardsStore {
  /** Keeps the check, replacing the previous one of the same standard, dataset and URL. */
  saveStandardCheck(check: StandardCheck): Promise<void>;
  /** Every check (of one standard, when named), by dataset and URL. */
  listStandardChecks(standard?: string): Promise<StandardCheck[]>;
  /** Active records that declare `conformsTo` on themselves or a distribution. */
  datasetsWithConformsTo(): Promise<DatasetRecord[]>;
}
