// Job reports: one per source run.

export type JobStatus = 'running' | 'succeeded' | 'partial' | 'failed';
export type JobMode = 'incremental' | 'full';

export interface JobCounts {
  seen: number;
  added: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
  skippedByLicence: number;
  skippedByFilter: number;
  failed: number;
}

export interface JobProblem {
  sourceId: string;
  /** The remote record id, when the problem is about one record. */
  recordId?: string;
  /** The URL of the page, when the problem is about a page. */
  url?: string;
  reason: string;
}

/** The job's source and the same datasets held by other sources. */
export interface JobClusters {
  /** Clusters with records of other sources that the source's active records are in, after the job. */
  total: number;
  /** Of those, how many the job's writes formed from records that were all alone before. */
  formed: number;
}

export interface JobReport {
  id: string;
  sourceId: string;
  mode: JobMode;
  status: JobStatus;
  startedAt: string;
  finishedAt?: string;
  /** For incremental runs: the instant records were asked from (overlap included). */
  since?: string;
  counts: JobCounts;
  problems: JobProblem[];
  /** Problems beyond those kept (reports keep the first ones only). */
  problemsOmitted: number;
  /** Why the job failed, when it did. */
  error?: string;
  /** Set when the job was stopped before its end (a signal, or its process died): nothing was
   * withdrawn, and what earlier pages wrote stays. */
  interrupted?: boolean;
  /** Pages (or fetched batches) whose records were written. */
  pages?: number;
  /** Set when a full run saw too few records to trust its withdrawals. */
  flagged?: string;
  /** Whether the run listed the whole source (a full run that reached the end). */
  complete: boolean;
  /** Set by sinks that cluster copies of a dataset harvested from several sources. */
  clusters?: JobClusters;
}

export function emptyCounts(): JobCounts {
  return { seen: 0, added: 0, updated: 0, unchanged: 0, withdrawn: 0, skippedByLicence: 0, skippedByFilter: 0, failed: 0 };
}
