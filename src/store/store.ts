// The Store: what every engine (sqlite now, postgres later) provides. The same contract test
// suite (test/store/contract.ts) runs against each engine.
import type { DatasetRecord } from '../core/dataset.js';
import type { HarvestSink } from '../harvest/sink.js';
import type { JobReport } from '../harvest/report.js';
import type { SourceSettings } from '../sources/settings.js';

export interface StoredDataset {
  record: DatasetRecord;
  state: 'active' | 'withdrawn';
  withdrawnAt?: string;
}

export interface StoredSource {
  settings: SourceSettings;
  enabled: boolean;
  schedule?: string;
  /** Newest job first, when any. */
  lastJob?: JobReport;
  activeCount: number;
}

export interface Store extends HarvestSink {
  getDataset(id: string): Promise<StoredDataset | undefined>;
  listSources(): Promise<StoredSource[]>;
  getSource(id: string): Promise<StoredSource | undefined>;
  getJob(id: string): Promise<JobReport | undefined>;
  /** Number of active datasets. */
  countDatasets(): Promise<number>;
  close(): Promise<void>;
}
