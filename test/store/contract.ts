// The behaviour every Store engine must have. Engines run it with their own factory
// (sqlite.test.ts; a Postgres engine will reuse it).
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../src/core/dataset.js';
import type { Store } from '../../src/store/store.js';
import { fullRecord, jobReport, sourceSettings } from './records.js';

export interface StoreFactory {
  /** A new, empty store. With `failOn`, indexing throws for the records it picks. */
  create(options?: { failOn?: (record: DatasetRecord) => boolean }): Promise<Store>;
}

function withHash(record: DatasetRecord, contentHash: string): DatasetRecord {
  return { ...record, provenance: { ...record.provenance, contentHash } };
}

export function storeContract(engine: string, factory: StoreFactory): void {
  describe(`Store contract: ${engine}`, () => {
    const open: Store[] = [];
    const create = async (options?: { failOn?: (record: DatasetRecord) => boolean }): Promise<Store> => {
      const store = await factory.create(options);
      open.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    it('reads back a full record as written, raw source record included', async () => {
      const store = await create();
      const record = fullRecord();
      await store.write([record]);
      const stored = await store.getDataset(record.id);
      expect(stored).toEqual({ record, state: 'active' });
      expect(await store.getDataset('canada:nope')).toBeUndefined();
      expect(await store.countDatasets()).toBe(1);
    });

    it('rewrites idempotently: same id, one row, latest content', async () => {
      const store = await create();
      const record = fullRecord();
      await store.write([record]);
      await store.write([record]);
      const changed = withHash({ ...record, title: { en: 'Changed' } }, 'hash-2');
      await store.write([changed]);
      expect(await store.countDatasets()).toBe(1);
      expect((await store.getDataset(record.id))?.record.title).toEqual({ en: 'Changed' });
      const existing = await store.existing('canada', ['rec-1']);
      expect(existing.get('rec-1')).toEqual({ contentHash: 'hash-2', withdrawn: false, modifiedAtSource: '2024-03-05T10:00:00Z' });
    });

    it('stores the raw JSON the harvester already serialized', async () => {
      const store = await create();
      const record = fullRecord();
      const rawJson = JSON.stringify({ id: 'rec-1', title: 'Serialized once' });
      await store.write([record], { rawJson: new Map([[record.id, rawJson]]) });
      expect((await store.getDataset(record.id))?.record.provenance.raw).toEqual({ id: 'rec-1', title: 'Serialized once' });
    });

    it('answers existing() with the stored modification stamp and mapping fingerprint', async () => {
      const store = await create();
      const record = fullRecord();
      await store.write([{ ...record, provenance: { ...record.provenance, modifiedAtSource: '2025-01-02T03:04:05Z', mappedWith: 'ckan-1:abc' } }]);
      expect((await store.existing('canada', ['rec-1'])).get('rec-1')).toEqual({
        contentHash: record.provenance.contentHash,
        withdrawn: false,
        modifiedAtSource: '2025-01-02T03:04:05Z',
        mappedWith: 'ckan-1:abc',
      });
      const { modifiedAtSource: _m, mappedWith: _w, ...bare } = record.provenance;
      await store.write([withHash({ ...record, provenance: bare }, 'hash-3')]);
      expect((await store.existing('canada', ['rec-1'])).get('rec-1')).toEqual({ contentHash: 'hash-3', withdrawn: false });
    });

    it('answers existing() for many remote ids, in batches, per source', async () => {
      const store = await create();
      const records = Array.from({ length: 1203 }, (_, i) => withHash(fullRecord('canada', `r${i}`), `h${i}`));
      await store.write(records);
      await store.write([withHash(fullRecord('alberta', 'r1'), 'other')]);
      const asked = [...records.map((r) => r.provenance.remoteId), 'unknown-1', 'unknown-2'];
      const existing = await store.existing('canada', asked);
      expect(existing.size).toBe(1203);
      expect(existing.get('r1')).toMatchObject({ contentHash: 'h1', withdrawn: false });
      expect(existing.get('r1202')?.contentHash).toBe('h1202');
      expect(existing.has('unknown-1')).toBe(false);
      expect((await store.existing('alberta', ['r1', 'r2'])).get('r1')?.contentHash).toBe('other');
      expect((await store.existing('canada', [])).size).toBe(0);
    });

    it('withdraws records missing from a complete run and re-activates them when they return', async () => {
      const store = await create();
      const [a, b, c] = ['a', 'b', 'c'].map((id) => fullRecord('canada', id));
      await store.write([a!, b!, c!]);
      await store.write([fullRecord('other', 'b')]);
      const withdrawn = await store.withdrawMissing('canada', new Set(['a']), '2024-05-01T00:00:00.000Z');
      expect(withdrawn).toBe(2);
      expect(await store.countActive('canada')).toBe(1);
      expect(await store.countActive('other')).toBe(1);
      expect(await store.countDatasets()).toBe(2);
      expect(await store.getDataset(b!.id)).toMatchObject({ state: 'withdrawn', withdrawnAt: '2024-05-01T00:00:00.000Z' });
      expect((await store.existing('canada', ['b'])).get('b')?.withdrawn).toBe(true);
      expect(await store.withdrawMissing('canada', new Set(['a']), '2024-05-02T00:00:00.000Z')).toBe(0);

      await store.write([b!]);
      const back = await store.getDataset(b!.id);
      expect(back?.state).toBe('active');
      expect(back?.withdrawnAt).toBeUndefined();
      expect(await store.countActive('canada')).toBe(2);
    });

    it('purges only records withdrawn before the given instant', async () => {
      const store = await create();
      const [a, b, c] = ['a', 'b', 'c'].map((id) => fullRecord('canada', id));
      await store.write([a!, b!, c!]);
      await store.withdrawMissing('canada', new Set(['a', 'c']), '2024-05-01T00:00:00.000Z');
      await store.withdrawMissing('canada', new Set(['a']), '2024-05-09T00:00:00.000Z');
      expect(await store.purgeWithdrawn('2024-05-08T00:00:00.000Z')).toBe(1);
      expect(await store.getDataset(b!.id)).toBeUndefined();
      expect((await store.getDataset(c!.id))?.state).toBe('withdrawn');
      expect((await store.getDataset(a!.id))?.state).toBe('active');
      expect(await store.purgeWithdrawn('2024-05-08T00:00:00.000Z')).toBe(0);
      expect((await store.existing('canada', ['a', 'b', 'c'])).size).toBe(2);
    });

    it('keeps jobs with their problems, newest first', async () => {
      const store = await create();
      await store.saveJob(jobReport('canada', 'j1', '2024-01-01T00:00:00.000Z'));
      await store.saveJob(jobReport('canada', 'j3', '2024-03-01T00:00:00.000Z'));
      await store.saveJob(jobReport('canada', 'j2', '2024-02-01T00:00:00.000Z'));
      await store.saveJob(jobReport('other', 'o1', '2024-04-01T00:00:00.000Z'));
      const running = { ...jobReport('canada', 'j3', '2024-03-01T00:00:00.000Z'), status: 'failed' as const, error: 'HTTP 500' };
      await store.saveJob(running);
      const jobs = await store.jobs('canada', 10);
      expect(jobs.map((j) => j.id)).toEqual(['j3', 'j2', 'j1']);
      expect(jobs[0]).toEqual(running);
      expect((await store.jobs('canada', 2)).map((j) => j.id)).toEqual(['j3', 'j2']);
      expect((await store.getJob('j1'))?.problems).toEqual([{ sourceId: 'canada', recordId: 'bad-1', reason: 'no title' }]);
      expect(await store.getJob('nope')).toBeUndefined();
    });

    it('registers sources with their last job and active count', async () => {
      const store = await create();
      await store.saveSource(sourceSettings('canada'), { enabled: true, schedule: 'daily' });
      await store.saveSource(sourceSettings('alberta'), { enabled: false });
      await store.saveSource({ ...sourceSettings('alberta'), url: 'https://changed.example.ca' }, { enabled: true });
      await store.write([fullRecord('canada', 'a'), fullRecord('canada', 'b')]);
      await store.saveJob(jobReport('canada', 'j1', '2024-01-01T00:00:00.000Z'));
      await store.saveJob(jobReport('canada', 'j2', '2024-02-01T00:00:00.000Z'));
      const sources = await store.listSources();
      expect(sources.map((s) => s.settings.id)).toEqual(['alberta', 'canada']);
      expect(sources[0]).toEqual({ settings: { ...sourceSettings('alberta'), url: 'https://changed.example.ca' }, enabled: true, activeCount: 0 });
      expect(sources[1]).toMatchObject({ enabled: true, schedule: 'daily', activeCount: 2, lastJob: { id: 'j2' } });
      expect((await store.getSource('canada'))?.activeCount).toBe(2);
      expect(await store.getSource('nope')).toBeUndefined();
    });

    it('leaves earlier data untouched when a record cannot be indexed', async () => {
      const store = await create({ failOn: (r) => r.provenance.remoteId === 'bad' });
      const good = fullRecord('canada', 'good');
      await store.write([good]);
      const changed = withHash({ ...good, title: { en: 'Should not land' } }, 'hash-x');
      await expect(store.write([changed, fullRecord('canada', 'new'), fullRecord('canada', 'bad')])).rejects.toThrow(/canada:bad/);
      expect(await store.getDataset(good.id)).toEqual({ record: good, state: 'active' });
      expect(await store.getDataset('canada:new')).toBeUndefined();
      expect(await store.countDatasets()).toBe(1);
    });

    it('refuses a record whose raw form cannot be stored, naming it, and writes nothing of the batch', async () => {
      const store = await create();
      const good = fullRecord('canada', 'good');
      await store.write([good]);
      const bad = fullRecord('canada', 'bigint');
      bad.provenance.raw = { size: BigInt(1) };
      await expect(store.write([fullRecord('canada', 'new'), bad])).rejects.toThrow(/canada:bigint/);
      expect(await store.getDataset('canada:new')).toBeUndefined();
      expect(await store.countDatasets()).toBe(1);
    });

    it('rolls back a whole batch on a constraint violation', async () => {
      const store = await create();
      const good = fullRecord('canada', 'good');
      await store.write([good]);
      // Same source and remote id under another dataset id: the (source, remote) key refuses it.
      const clash = { ...fullRecord('canada', 'good'), id: 'canada:something-else' };
      await expect(store.write([fullRecord('canada', 'new'), clash])).rejects.toThrow(/canada:something-else/);
      expect(await store.getDataset('canada:new')).toBeUndefined();
      expect(await store.getDataset(good.id)).toEqual({ record: good, state: 'active' });
      expect(await store.countDatasets()).toBe(1);
    });
  });
}
