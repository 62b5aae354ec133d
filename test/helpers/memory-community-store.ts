// A CommunityStore kept in memory, following the contract of src/store/community.ts, for tests
// of code written against the interface.
import type { CommunityKind, CommunityRecords, NewProgressReport, ProgressReport } from '../../src/core/community/types.js';
import type { CommunityListQuery, CommunityStore, ProgressQuery, SaveOutcome, StoredCommunityRecord } from '../../src/store/community.js';

export class MemoryCommunityStore implements CommunityStore {
  private readonly records = new Map<string, StoredCommunityRecord>();
  private readonly progress: ProgressReport[] = [];

  async saveCommunity<K extends CommunityKind>(kind: K, records: CommunityRecords[K][], at: string): Promise<SaveOutcome> {
    const outcome: SaveOutcome = { created: [], updated: [], unchanged: [] };
    for (const data of records) {
      const key = `${kind}/${data.id}`;
      const old = this.records.get(key);
      const copy = structuredClone(data);
      if (!old) {
        this.records.set(key, { kind, id: data.id, data: copy, revision: 0, createdAt: at, updatedAt: at });
        outcome.created.push(data.id);
      } else if (JSON.stringify(old.data) === JSON.stringify(copy)) {
        outcome.unchanged.push(data.id);
      } else {
        this.records.set(key, { ...old, data: copy, revision: old.revision + 1, updatedAt: at });
        outcome.updated.push(data.id);
      }
    }
    return outcome;
  }

  async getCommunity<K extends CommunityKind>(kind: K, id: string): Promise<StoredCommunityRecord<K> | undefined> {
    const found = this.records.get(`${kind}/${id}`);
    return found ? (structuredClone(found) as StoredCommunityRecord<K>) : undefined;
  }

  async listCommunity<K extends CommunityKind>(kind: K, query: CommunityListQuery = {}): Promise<StoredCommunityRecord<K>[]> {
    const all = [...this.records.values()]
      .filter((r) => r.kind === kind)
      .filter((r) => !query.where || (r.data as unknown as Record<string, unknown>)[query.where.field] === query.where.value)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const from = query.offset ?? 0;
    return structuredClone(all.slice(from, query.limit === undefined ? undefined : from + query.limit)) as StoredCommunityRecord<K>[];
  }

  async countCommunity(kind: CommunityKind, query: Pick<CommunityListQuery, 'where'> = {}): Promise<number> {
    return (await this.listCommunity(kind, query)).length;
  }

  async deleteCommunity(kind: CommunityKind, id: string): Promise<boolean> {
    return this.records.delete(`${kind}/${id}`);
  }

  async appendProgress(reports: NewProgressReport[], at: string): Promise<ProgressReport[]> {
    for (const report of reports) {
      if (!this.records.has(`indicator/${report.indicator}`)) throw new Error(`no indicator ${report.indicator}`);
    }
    const added = reports.map((report) => {
      const n = this.progress.filter((p) => p.indicator === report.indicator && p.period === report.period).length + 1;
      const stored: ProgressReport = { ...structuredClone(report), id: `${report.indicator}@${report.period}#${n}`, recordedAt: at };
      this.progress.push(stored);
      return stored;
    });
    return structuredClone(added);
  }

  async listProgress(query: ProgressQuery = {}): Promise<ProgressReport[]> {
    const indicatorOf = (id: string) => this.records.get(`indicator/${id}`)?.data as { commitment?: string; plan?: string } | undefined;
    return structuredClone(
      this.progress.filter(
        (p) =>
          (!query.indicator || p.indicator === query.indicator) &&
          (!query.period || p.period === query.period) &&
          (!query.commitment || indicatorOf(p.indicator)?.commitment === query.commitment) &&
          (!query.plan || indicatorOf(p.indicator)?.plan === query.plan),
      ),
    );
  }
}
