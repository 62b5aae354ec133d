// The behaviour every Store engine must have. Engines run it with their own factory
// (sqlite.test.ts; a Postgres engine will reuse it).
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../../src/core/dataset.js';
import type { Store, StoredDataset } from '../../src/store/store.js';
import { lockContract } from './locks-contract.js';
import { copyOf, fullRecord, jobReport, sourceSettings } from './records.js';

export interface StoreFactory {
  /** A new, empty store. With `failOn`, indexing throws for the records it picks. */
  create(options?: { failOn?: (record: DatasetRecord) => boolean }): Promise<Store>;
}

function withHash(record: DatasetRecord, contentHash: string): DatasetRecord {
  return { ...record, provenance: { ...record.provenance, contentHash } };
}

/** An active record as read back when no other source holds the same dataset. */
function alone(record: DatasetRecord): StoredDataset {
  const { sourceId: source, landingPage } = record.provenance;
  return { record, state: 'active', cluster: { id: record.id, preferred: record.id, members: [{ id: record.id, source, ...(landingPage ? { landingPage } : {}) }] } };
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
      expect(stored).toEqual(alone(record));
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

    it('reads active records in batches, a spread sample of a source\'s raw records, and a stamp that moves with writes', async () => {
      const store = await create();
      const stamp0 = await store.changeStamp();
      const records = Array.from({ length: 7 }, (_, i) => fullRecord(i < 5 ? 'canada' : 'quebec', `rec-${i}`, `Title ${i}`));
      await store.write(records);
      const stamp1 = await store.changeStamp();
      expect(stamp1).not.toBe(stamp0);
      const batches: string[][] = [];
      for await (const batch of store.activeRecords(3)) batches.push(batch.map((r) => r.id));
      expect(batches.map((b) => b.length)).toEqual([3, 3, 1]);
      expect(batches.flat().sort()).toEqual(records.map((r) => r.id).sort());
      const sample = await store.rawSample('canada', 3);
      expect(sample.length).toBe(3);
      expect(new Set(sample.map((s) => s.remoteId)).size).toBe(3);
      for (const item of sample) expect(item.raw).toEqual(records.find((r) => r.provenance.remoteId === item.remoteId)?.provenance.raw);
      expect((await store.rawSample('canada', 50)).length).toBe(5);
      expect(await store.rawSample('nowhere', 5)).toEqual([]);
      await store.withdrawMissing('quebec', new Set(), '2026-01-01T00:00:00Z');
      expect(await store.changeStamp()).not.toBe(stamp1);
      let active = 0;
      for await (const batch of store.activeRecords()) active += batch.length;
      expect(active).toBe(5);
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
      expect(sources[0]).toEqual({ settings: { ...sourceSettings('alberta'), url: 'https://changed.example.ca' }, enabled: true, priority: 100, activeCount: 0 });
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
      expect(await store.getDataset(good.id)).toEqual(alone(good));
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
      expect(await store.getDataset(good.id)).toEqual(alone(good));
      expect(await store.countDatasets()).toBe(1);
    });

    describe('copies of a dataset from several sources', () => {
      const U1 = '3f2b8c1e-7a4d-4e2f-9b1a-0c5d6e7f8a91';
      const members = async (store: Store, id: string): Promise<string[] | undefined> => (await store.getDataset(id))?.cluster?.members.map((m) => m.id).sort();
      const alone_ = async (store: Store, id: string): Promise<boolean> => (await members(store, id))?.length === 1;

      it('clusters records of two sources sharing a globally unique remote id, keeping both with their provenance', async () => {
        const store = await create();
        const a = copyOf('canada', U1);
        const b = copyOf('bc', U1.toUpperCase());
        await store.write([a]);
        const outcome = await store.write([b]);
        expect(outcome.clustersFormed).toBe(1);
        const stored = await store.getDataset(b.id);
        expect(stored?.record).toEqual(b);
        // Neither source is known: the lower source id is preferred.
        expect(stored?.cluster).toMatchObject({ preferred: b.id });
        expect(stored?.cluster?.members).toEqual([
          { id: b.id, source: 'bc', landingPage: b.provenance.landingPage },
          { id: a.id, source: 'canada', landingPage: a.provenance.landingPage },
        ]);
        expect((await store.getDataset(a.id))?.cluster).toEqual(stored?.cluster);
        expect(stored?.cluster?.id).toBe(a.id); // the earliest stored
        expect(await store.countClustered('canada')).toBe(1);
        expect(await store.countClustered('bc')).toBe(1);
        expect(await store.countDatasets()).toBe(2);
        // Writing it again forms nothing new.
        expect((await store.write([withHash(b, 'again')])).clustersFormed).toBe(0);
      });

      it('does not take local ids (1, roads) as evidence', async () => {
        const store = await create();
        await store.write([copyOf('canada', 'roads'), copyOf('bc', 'roads'), copyOf('canada', '1'), copyOf('bc', '1')]);
        for (const id of ['canada:roads', 'bc:roads', 'canada:1', 'bc:1']) expect(await alone_(store, id), id).toBe(true);
      });

      it('clusters by normalized landing page or distribution URL, and by title with publisher in any language', async () => {
        const store = await create();
        await store.write([
          copyOf('canada', 'p1', { landingPage: 'https://www.Example.ca/data/Roads/?utm_source=x#top' }),
          copyOf('bc', 'q1', { landingPage: 'http://example.ca/data/Roads' }),
          copyOf('canada', 'p2', { urls: ['https://files.example.ca/x.csv', 'https://files.example.ca/shared-by-nobody.csv'] }),
          copyOf('bc', 'q2', { urls: ['HTTPS://FILES.example.ca/x.csv/'] }),
          copyOf('canada', 'p3', { title: { en: 'Bridge Inspections, 2020', fr: 'Inspections des ponts 2020' }, publisher: 'City of Québec' }),
          copyOf('bc', 'q3', { title: { fr: 'Inspections des ponts — 2020' }, publisher: 'city of quebec' }),
          copyOf('canada', 'p4', { landingPage: 'https://example.ca/data/roads' }), // path case matters
          copyOf('bc', 'q4', { title: { en: 'Bridge inspections 2020' }, publisher: 'Another city' }), // another publisher
        ]);
        expect(await members(store, 'bc:q1')).toEqual(['bc:q1', 'canada:p1']);
        expect(await members(store, 'bc:q2')).toEqual(['bc:q2', 'canada:p2']);
        expect(await members(store, 'bc:q3')).toEqual(['bc:q3', 'canada:p3']);
        expect(await alone_(store, 'canada:p4')).toBe(true);
        expect(await alone_(store, 'bc:q4')).toBe(true);
      });

      it('never clusters records of one source, nor takes a key they share as evidence', async () => {
        const store = await create();
        await store.write([
          copyOf('canada', 'a1', { landingPage: 'https://portal.example.ca/home', urls: ['https://api.example.ca/wms'] }),
          copyOf('canada', 'a2', { landingPage: 'https://portal.example.ca/home', urls: ['https://api.example.ca/wms'] }),
          copyOf('bc', 'b1', { landingPage: 'https://portal.example.ca/home' }),
          copyOf('ontario', 'c1', { urls: ['https://api.example.ca/wms'] }),
        ]);
        for (const id of ['canada:a1', 'canada:a2', 'bc:b1', 'ontario:c1']) expect(await alone_(store, id), id).toBe(true);
        expect(await store.countClustered('bc')).toBe(0);
      });

      it('joins a chain of evidence without putting two records of one source together, strongest evidence first', async () => {
        const store = await create();
        // a1 ~ b1 by title, b1 ~ a2 by a remote id: the id wins, a1 stays alone.
        await store.write([
          copyOf('canada', 'a1', { title: { en: 'Roads' } }),
          copyOf('bc', U1, { title: { en: 'Roads' } }),
          copyOf('canada', U1),
        ]);
        expect(await members(store, `bc:${U1}`)).toEqual([`bc:${U1}`, `canada:${U1}`]);
        expect(await alone_(store, 'canada:a1')).toBe(true);
      });

      it('splits a cluster when the record linking it is withdrawn, and joins it again when it returns', async () => {
        const store = await create();
        const hub = copyOf('bc', 'hub', { urls: ['https://x.example.ca/1.csv', 'https://x.example.ca/2.csv'] });
        await store.write([copyOf('canada', 'left', { urls: ['https://x.example.ca/1.csv'] }), copyOf('ontario', 'right', { urls: ['https://x.example.ca/2.csv'] }), hub]);
        expect(await members(store, 'canada:left')).toEqual(['bc:hub', 'canada:left', 'ontario:right']);
        await store.withdrawMissing('bc', new Set(), '2024-05-01T00:00:00.000Z');
        expect(await alone_(store, 'canada:left')).toBe(true);
        expect(await alone_(store, 'ontario:right')).toBe(true);
        expect((await store.getDataset('bc:hub'))?.cluster).toBeUndefined();
        expect(await store.countClustered('canada')).toBe(0);
        expect((await store.write([hub])).clustersFormed).toBe(1);
        expect(await members(store, 'ontario:right')).toEqual(['bc:hub', 'canada:left', 'ontario:right']);
      });

      it('splits a cluster when a record changes and no longer holds the key', async () => {
        const store = await create();
        await store.write([copyOf('canada', 'left', { urls: ['https://x.example.ca/1.csv'] }), copyOf('ontario', 'right', { urls: ['https://x.example.ca/2.csv'] })]);
        await store.write([copyOf('bc', 'hub', { urls: ['https://x.example.ca/1.csv', 'https://x.example.ca/2.csv'] })]);
        expect(await members(store, 'canada:left')).toHaveLength(3);
        await store.write([copyOf('bc', 'hub', { urls: ['https://x.example.ca/1.csv'] })]);
        expect(await members(store, 'canada:left')).toEqual(['bc:hub', 'canada:left']);
        expect(await alone_(store, 'ontario:right')).toBe(true);
      });

      it('takes a key as evidence once the other record of its source that shared it is gone', async () => {
        const store = await create();
        const shared = { landingPage: 'https://x.example.ca/page' };
        await store.write([copyOf('canada', 'a1', shared), copyOf('canada', 'a2', shared), copyOf('bc', 'b1', shared)]);
        expect(await alone_(store, 'bc:b1')).toBe(true);
        await store.withdrawMissing('canada', new Set(['a1']), '2024-05-01T00:00:00.000Z');
        expect(await members(store, 'bc:b1')).toEqual(['bc:b1', 'canada:a1']);
        // ...and no longer when another record of that source takes it.
        await store.write([copyOf('bc', 'b2', shared)]);
        expect(await alone_(store, 'canada:a1')).toBe(true);
        expect(await alone_(store, 'bc:b1')).toBe(true);
      });

      it('prefers the original publisher’s source, then the lower priority, then the lower source id, and re-ranks when they change', async () => {
        const store = await create();
        const bcJurisdiction = { level: 'provincial' as const, code: 'CA-BC' };
        const preferred = async () => (await store.getDataset(`zz-bc:${U1}`))?.cluster?.preferred;
        await store.write([copyOf('aa-federal', U1, { jurisdiction: bcJurisdiction }), copyOf('zz-bc', U1, { jurisdiction: bcJurisdiction })]);
        // No source settings known: the lower source id.
        expect(await preferred()).toBe(`aa-federal:${U1}`);
        await store.saveSource({ ...sourceSettings('aa-federal'), jurisdiction: { level: 'federal', code: 'CA' } }, { enabled: true, priority: 1 });
        await store.saveSource({ ...sourceSettings('zz-bc'), jurisdiction: { level: 'provincial', code: 'CA-BC' } }, { enabled: true, priority: 200 });
        // The province's own copy, whatever the priorities.
        expect(await preferred()).toBe(`zz-bc:${U1}`);
        expect((await store.getDataset(`aa-federal:${U1}`))?.cluster?.members.map((m) => m.source)).toEqual(['zz-bc', 'aa-federal']);
        // Neither is the publisher's: the lower priority.
        await store.saveSource({ ...sourceSettings('zz-bc'), jurisdiction: { level: 'municipal', code: 'CA-BC', municipality: 'Surrey' } }, { enabled: true, priority: 200 });
        expect(await preferred()).toBe(`aa-federal:${U1}`);
        await store.saveSource({ ...sourceSettings('zz-bc'), jurisdiction: { level: 'municipal', code: 'CA-BC', municipality: 'Surrey' } }, { enabled: true, priority: 0 });
        expect(await preferred()).toBe(`zz-bc:${U1}`);
        expect((await store.listSources()).map((s) => [s.settings.id, s.priority])).toEqual([['aa-federal', 1], ['zz-bc', 0]]);
      });
    });

    describe('api tokens', () => {
      it('keeps what it is given, lists oldest first, records use and revocation, never loses a token', async () => {
        const store = await create();
        expect(await store.listTokens()).toEqual([]);
        await store.createToken({ id: 'tok-b', role: 'editor', hash: 'b'.repeat(64), createdAt: '2026-01-02T00:00:00Z' });
        await store.createToken({ id: 'tok-a', name: 'ops', role: 'admin', hash: 'a'.repeat(64), createdAt: '2026-01-01T00:00:00Z' });
        expect(await store.listTokens()).toEqual([
          { id: 'tok-a', name: 'ops', role: 'admin', hash: 'a'.repeat(64), createdAt: '2026-01-01T00:00:00Z' },
          { id: 'tok-b', role: 'editor', hash: 'b'.repeat(64), createdAt: '2026-01-02T00:00:00Z' },
        ]);
        await store.touchToken('tok-b', '2026-01-03T00:00:00Z');
        expect(await store.revokeToken('tok-a', '2026-01-04T00:00:00Z')).toBe(true);
        // Revoking again keeps the first date; an unknown id is reported.
        expect(await store.revokeToken('tok-a', '2026-01-05T00:00:00Z')).toBe(true);
        expect(await store.revokeToken('tok-zz', '2026-01-05T00:00:00Z')).toBe(false);
        const [a, b] = await store.listTokens();
        expect(a?.revokedAt).toBe('2026-01-04T00:00:00Z');
        expect(b?.lastUsedAt).toBe('2026-01-03T00:00:00Z');
        expect(b?.revokedAt).toBeUndefined();
      });

      it('refuses a second token with the same hash or id', async () => {
        const store = await create();
        await store.createToken({ id: 'tok-1', role: 'editor', hash: 'c'.repeat(64), createdAt: '2026-01-01T00:00:00Z' });
        await expect(store.createToken({ id: 'tok-2', role: 'admin', hash: 'c'.repeat(64), createdAt: '2026-01-01T00:00:00Z' })).rejects.toThrow();
        await expect(store.createToken({ id: 'tok-1', role: 'admin', hash: 'd'.repeat(64), createdAt: '2026-01-01T00:00:00Z' })).rejects.toThrow();
        expect((await store.listTokens()).map((t) => t.role)).toEqual(['editor']);
      });
    });

    describe('web sessions', () => {
      const session = (hash: string, tokenId: string, expiresAt = '2026-01-02T00:00:00Z') => ({ hash, tokenId, role: 'editor' as const, createdAt: '2026-01-01T00:00:00Z', expiresAt });

      it('finds a session by its hash, records its use, and forgets it when signed out', async () => {
        const store = await create();
        await store.createToken({ id: 'tok-1', role: 'editor', hash: 'a'.repeat(64), createdAt: '2026-01-01T00:00:00Z' });
        await store.createSession(session('s'.repeat(64), 'tok-1'));
        expect(await store.findSession('s'.repeat(64))).toEqual({ ...session('s'.repeat(64), 'tok-1'), lastSeenAt: '2026-01-01T00:00:00Z' });
        expect(await store.findSession('t'.repeat(64))).toBeUndefined();
        await store.touchSession('s'.repeat(64), '2026-01-01T01:00:00Z');
        expect((await store.findSession('s'.repeat(64)))?.lastSeenAt).toBe('2026-01-01T01:00:00Z');
        expect(await store.deleteSession('s'.repeat(64))).toBe(true);
        expect(await store.deleteSession('s'.repeat(64))).toBe(false);
        expect(await store.findSession('s'.repeat(64))).toBeUndefined();
      });

      it('ends every session of a token when the token is revoked, and only those', async () => {
        const store = await create();
        await store.createToken({ id: 'tok-1', role: 'editor', hash: 'a'.repeat(64), createdAt: '2026-01-01T00:00:00Z' });
        await store.createToken({ id: 'tok-2', role: 'admin', hash: 'b'.repeat(64), createdAt: '2026-01-01T00:00:00Z' });
        await store.createSession(session('1'.repeat(64), 'tok-1'));
        await store.createSession(session('2'.repeat(64), 'tok-1'));
        await store.createSession(session('3'.repeat(64), 'tok-2'));
        await store.revokeToken('tok-1', '2026-01-01T02:00:00Z');
        expect(await store.findSession('1'.repeat(64))).toBeUndefined();
        expect(await store.findSession('2'.repeat(64))).toBeUndefined();
        expect((await store.findSession('3'.repeat(64)))?.tokenId).toBe('tok-2');
      });

      it('purges sessions past their absolute expiry or idle too long', async () => {
        const store = await create();
        await store.createToken({ id: 'tok-1', role: 'editor', hash: 'a'.repeat(64), createdAt: '2026-01-01T00:00:00Z' });
        await store.createSession(session('1'.repeat(64), 'tok-1', '2026-01-01T06:00:00Z'));
        await store.createSession(session('2'.repeat(64), 'tok-1', '2026-01-03T00:00:00Z'));
        await store.createSession(session('3'.repeat(64), 'tok-1', '2026-01-03T00:00:00Z'));
        await store.touchSession('3'.repeat(64), '2026-01-01T09:00:00Z');
        expect(await store.purgeSessions('2026-01-01T10:00:00Z', '2026-01-01T08:00:00Z')).toBe(2);
        expect(await store.findSession('3'.repeat(64))).toBeDefined();
      });
    });
    describe('harvest locks and integrity', () => lockContract(() => create()));

    it('keeps the last check per standard, dataset and URL, and lists them by standard', async () => {
      const store = await create();
      const check = { standard: 'building-permits', datasetId: 'canada:rec-1', url: 'https://x.example/p.csv', checkedAt: '2026-01-01T00:00:00Z', status: 'invalid' as const, rows: 10, errors: 3, byType: { 'type-error': 3 } };
      await store.saveStandardCheck(check);
      await store.saveStandardCheck({ ...check, checkedAt: '2026-01-02T00:00:00Z', status: 'valid', errors: 0, byType: {} });
      await store.saveStandardCheck({ ...check, standard: 'traffic-collisions', status: 'unreachable', message: { en: 'HTTP 404', fr: 'HTTP 404' } });
      expect(await store.listStandardChecks('building-permits')).toEqual([{ ...check, checkedAt: '2026-01-02T00:00:00Z', status: 'valid', errors: 0, byType: {} }]);
      expect((await store.listStandardChecks()).map((c) => `${c.standard}:${c.status}`)).toEqual(['building-permits:valid', 'traffic-collisions:unreachable']);
    });

    it('finds the active records that declare conformsTo, on themselves or a distribution', async () => {
      const store = await create();
      const plain = fullRecord('canada', 'plain');
      const own = { ...fullRecord('canada', 'own'), conformsTo: ['https://standards.example/building-permits'] };
      const base = fullRecord('canada', 'dist');
      const onDistribution = { ...base, distributions: base.distributions.map((d) => ({ ...d, conformsTo: ['traffic-collisions'] })) };
      // A text that mentions the word is not a declaration.
      const mention = { ...fullRecord('canada', 'mention'), description: { en: 'no "conformsTo" here' } };
      await store.write([plain, own, onDistribution, mention]);
      expect((await store.datasetsWithConformsTo()).map((r) => r.id).sort()).toEqual([own.id, onDistribution.id].sort());
      await store.withdrawMissing('canada', new Set(['plain', 'dist', 'mention']), '2026-01-03T00:00:00Z');
      expect((await store.datasetsWithConformsTo()).map((r) => r.id)).toEqual([onDistribution.id]);
    });
  });
}
