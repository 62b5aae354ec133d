// An in-memory HarvestSink for the harvester's unit tests (the real engines have their own
// contract suite in test/store).
import type { DatasetRecord } from '../../src/core/dataset.js';
import type { JobReport } from '../../src/harvest/report.js';
import type { ExistingRecord, HarvestSink } from '../../src/harvest/sink.js';

interface Row {
  record: DatasetRecord;
  withdrawnAt?: string;
}

export class MemorySink implements HarvestSink {
  readonly rows = new Map<string, Row>();
  readonly jobList: JobReport[] = [];
  writes = 0;
  sources: string[] = [];

  async saveSource(settings: { id: string }): Promise<void> {
    if (!this.sources.includes(settings.id)) this.sources.push(settings.id);
  }
  async existing(sourceId: string, remoteIds: string[]): Promise<Map<string, ExistingRecord>> {
    const out = new Map<string, ExistingRecord>();
    for (const row of this.rows.values()) {
      if (row.record.provenance.sourceId === sourceId && remoteIds.includes(row.record.provenance.remoteId)) {
        const p = row.record.provenance;
        out.set(p.remoteId, {
          contentHash: p.contentHash,
          withdrawn: row.withdrawnAt !== undefined,
          ...(p.modifiedAtSource !== undefined ? { modifiedAtSource: p.modifiedAtSource } : {}),
          ...(p.mappedWith !== undefined ? { mappedWith: p.mappedWith } : {}),
        });
      }
    }
    return out;
  }
  async write(records: DatasetRecord[]): Promise<void> {
    this.writes++;
    for (const record of records) this.rows.set(record.id, { record: structuredClone(record) });
  }
  async withdrawMissing(sourceId: string, seen: ReadonlySet<string>, at: string): Promise<number> {
    let n = 0;
    for (const row of this.rows.values()) {
      if (row.record.provenance.sourceId === sourceId && row.withdrawnAt === undefined && !seen.has(row.record.provenance.remoteId)) {
        row.withdrawnAt = at;
        n++;
      }
    }
    return n;
  }
  async countActive(sourceId: string): Promise<number> {
    return this.active(sourceId).length;
  }
  async purgeWithdrawn(before: string): Promise<number> {
    let n = 0;
    for (const [id, row] of this.rows) if (row.withdrawnAt !== undefined && row.withdrawnAt < before && this.rows.delete(id)) n++;
    return n;
  }
  async saveJob(report: JobReport): Promise<void> {
    const i = this.jobList.findIndex((j) => j.id === report.id);
    if (i >= 0) this.jobList[i] = structuredClone(report);
    else this.jobList.unshift(structuredClone(report));
  }
  async jobs(sourceId: string, limit: number): Promise<JobReport[]> {
    return this.jobList.filter((j) => j.sourceId === sourceId).slice(0, limit);
  }
  active(sourceId: string): DatasetRecord[] {
    return [...this.rows.values()].filter((r) => r.withdrawnAt === undefined && r.record.provenance.sourceId === sourceId).map((r) => r.record);
  }
}
