// An in-memory TrackerStore for the tracker's tests: community records, append-only progress,
// sources and jobs, following the CommunityStore contract's ordering and id rules.
import type { CommunityKind, CommunityRecords, NewProgressReport, ProgressReport } from '../../src/core/community/types.js';
import type { TrackerStore } from '../../src/community/tracker.js';
import type { JobReport } from '../../src/harvest/report.js';
import type { CommunityListQuery, ProgressQuery, SaveOutcome, StoredCommunityRecord } from '../../src/store/community.js';
import { StoreError } from '../../src/store/errors.js';
import type { StoredSource } from '../../src/store/store.js';
import type { SourceSettings } from '../../src/sources/settings.js';

export class MemoryTrackerStore implements TrackerStore {
  private readonly records = new Map<string, StoredCommunityRecord>();
  private readonly progress: ProgressReport[] = [];
  private readonly sources: StoredSource[] = [];
  private readonly jobs: JobReport[] = [];

  async saveCommunity<K extends CommunityKind>(kind: K, records: CommunityRecords[K][], at: string): Promise<SaveOutcome> {
    const outcome: SaveOutcome = { created: [], updated: [], unchanged: [] };
    for (const data of records) {
      const key = `${kind}/${data.id}`;
      const held = this.records.get(key);
      if (!held) outcome.created.push(data.id);
      else if (JSON.stringify(held.data) === JSON.stringify(data)) outcome.unchanged.push(data.id);
      else outcome.updated.push(data.id);
      this.records.set(key, { kind, id: data.id, data, revision: held ? held.revision + 1 : 0, createdAt: held?.createdAt ?? at, updatedAt: at });
    }
    return outcome;
  }

  async getCommunity<K extends CommunityKind>(kind: K, id: string): Promise<StoredCommunityRecord<K> | undefined> {
    return this.records.get(`${kind}/${id}`) as StoredCommunityRecord<K> | undefined;
  }

  async listCommunity<K extends CommunityKind>(kind: K, query: CommunityListQuery = {}): Promise<StoredCommunityRecord<K>[]> {
    const rows = [...this.records.values()]
      .filter((r) => r.kind === kind)
      .filter((r) => !query.where || (r.data as unknown as Record<string, unknown>)[query.where.field] === query.where.value)
      .sort((a, b) => (a.id < b.id ? -1 : 1)) as StoredCommunityRecord<K>[];
    return rows.slice(query.offset ?? 0, query.limit === undefined ? undefined : (query.offset ?? 0) + query.limit);
  }

  async countCommunity(kind: CommunityKind, query: Pick<CommunityListQuery, 'where'> = {}): Promise<number> {
    return (await this.listCommunity(kind, query)).length;
  }

  async deleteCommunity(kind: CommunityKind, id: string): Promise<boolean> {
    return this.records.delete(`${kind}/${id}`);
  }

  async appendProgress(reports: NewProgressReport[], at: string): Promise<ProgressReport[]> {
    for (const r of reports) if (!this.records.has(`indicator/${r.indicator}`)) throw new StoreError(`no indicator ${r.indicator}`);
    return reports.map((r) => {
      const n = this.progress.filter((p) => p.indicator === r.indicator && p.period === r.period).length + 1;
      const stored: ProgressReport = { ...r, id: `${r.indicator}@${r.period}#${n}`, recordedAt: at };
      this.progress.push(stored);
      return stored;
    });
  }

  async listProgress(query: ProgressQuery = {}): Promise<ProgressReport[]> {
    const indicatorOf = (id: string) => this.records.get(`indicator/${id}`)?.data as CommunityRecords['indicator'] | undefined;
    return this.progress.filter(
      (p) =>
        (!query.indicator || p.indicator === query.indicator) &&
        (!query.period || p.period === query.period) &&
        (!query.commitment || indicatorOf(p.indicator)?.commitment === query.commitment) &&
        (!query.plan || indicatorOf(p.indicator)?.plan === query.plan),
    );
  }

  async saveSource(settings: SourceSettings, extra: { enabled: boolean }): Promise<void> {
    const at = this.sources.findIndex((s) => s.settings.id === settings.id);
    const source: StoredSource = { settings, enabled: extra.enabled, priority: 100, activeCount: 0 };
    if (at >= 0) this.sources[at] = source;
    else this.sources.push(source);
  }

  async saveJob(report: JobReport): Promise<void> {
    this.jobs.push(report);
  }

  async listSources(): Promise<StoredSource[]> {
    return this.sources;
  }

  async lastFullJob(sourceId: string): Promise<JobReport | undefined> {
    return this.jobs.filter((j) => j.sourceId === sourceId && j.mode === 'full').sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1))[0];
  }
}
