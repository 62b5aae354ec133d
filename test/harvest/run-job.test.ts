import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/harvest/run-job.js';
import type { ListOptions, MapResult, RemoteItem, Source, SourcePage, StampPage } from '../../src/sources/source.js';
import { MemorySink } from '../helpers/memory-sink.js';
import { sourceConfig } from '../helpers/source-config.js';

interface FakeRecord {
  id: string;
  title: string;
  modified?: string;
  licence?: string;
  broken?: boolean;
  skip?: boolean;
}

const config = sourceConfig({ id: 'fake', name: { en: 'Fake', fr: 'Factice' }, url: 'https://fake.example' });

/** A source over an array, paged by 2, that can fail on a given page. */
function fakeSource(
  records: FakeRecord[],
  opts: { failOnPage?: number; seenSince?: (d?: Date) => void; mappingVersion?: string; stopWithProblemAfterPage?: number } = {},
): Source {
  return {
    id: 'fake',
    kind: 'fake',
    mappingVersion: opts.mappingVersion ?? '1',
    async *list(options: ListOptions): AsyncIterable<SourcePage> {
      opts.seenSince?.(options.since);
      for (let p = 0; p * 2 < records.length; p++) {
        if (p === opts.failOnPage) throw new Error(`page ${p + 1}: HTTP 500`);
        const items: RemoteItem[] = records.slice(p * 2, p * 2 + 2).map((r) => ({ remoteId: r.id, raw: r, ...(r.modified ? { modified: r.modified } : {}) }));
        const stop = opts.stopWithProblemAfterPage === p;
        const problems = stop ? [{ reason: 'the server ignores "start": the listing stopped' }] : [];
        yield { items, problems, url: `https://fake.example/page/${p + 1}`, total: records.length };
        if (stop) return;
      }
    },
    map(item: RemoteItem): MapResult {
      const r = item.raw as FakeRecord;
      if (r.broken) return { kind: 'problem', reason: 'field "title": missing' };
      if (r.skip) return { kind: 'skip', reason: 'filter: type is "publication", not opendata' };
      return {
        kind: 'record',
        record: {
          id: '',
          provenance: { sourceId: 'fake', remoteId: r.id, raw: r },
          title: { en: r.title },
          description: {},
          keywords: {},
          jurisdiction: config.jurisdiction,
          subjects: [],
          languages: ['en'],
          distributions: [],
          ...(r.licence ? { licence: { id: r.licence } } : {}),
        },
      };
    },
  };
}

const base: FakeRecord[] = [
  { id: 'a', title: 'Roads' },
  { id: 'b', title: 'Bridges' },
  { id: 'c', title: 'Water' },
  { id: 'd', title: 'Schools' },
];

describe('a harvest job', () => {
  it('adds, then leaves unchanged records alone without rewriting them', async () => {
    const sink = new MemorySink();
    const first = await runJob({ source: fakeSource(base), config, sink, mode: 'full' });
    expect(first.status).toBe('succeeded');
    expect(first.counts).toMatchObject({ seen: 4, added: 4, updated: 0, unchanged: 0, withdrawn: 0 });
    expect(sink.active('fake').map((r) => r.id).sort()).toEqual(['fake:a', 'fake:b', 'fake:c', 'fake:d']);
    const writes = sink.writes;
    const second = await runJob({ source: fakeSource(base), config, sink, mode: 'full' });
    expect(second.counts).toMatchObject({ seen: 4, added: 0, updated: 0, unchanged: 4, withdrawn: 0 });
    expect(sink.writes).toBe(writes);
  });

  it('updates what changed and stamps provenance', async () => {
    const sink = new MemorySink();
    await runJob({ source: fakeSource(base), config, sink, mode: 'full' });
    const changed = base.map((r) => (r.id === 'c' ? { ...r, title: 'Water quality' } : r));
    const report = await runJob({ source: fakeSource(changed), config, sink, mode: 'full' });
    expect(report.counts).toMatchObject({ updated: 1, unchanged: 3 });
    const c = sink.rows.get('fake:c')!.record;
    expect(c.title.en).toBe('Water quality');
    expect(c.provenance.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(c.provenance.sourceId).toBe('fake');
  });

  it('withdraws exactly the records a complete run no longer sees', async () => {
    const sink = new MemorySink();
    await runJob({ source: fakeSource(base), config, sink, mode: 'full' });
    const report = await runJob({ source: fakeSource(base.filter((r) => r.id !== 'b')), config, sink, mode: 'full' });
    expect(report.counts.withdrawn).toBe(1);
    expect(report.complete).toBe(true);
    expect(sink.active('fake').map((r) => r.id).sort()).toEqual(['fake:a', 'fake:c', 'fake:d']);
  });

  it('withdraws nothing and flags the job when a complete run sees under half of the previous one', async () => {
    const sink = new MemorySink();
    await runJob({ source: fakeSource(base), config, sink, mode: 'full' });
    const report = await runJob({ source: fakeSource(base.slice(0, 1)), config, sink, mode: 'full' });
    expect(report.counts.withdrawn).toBe(0);
    expect(report.flagged).toMatch(/fewer than half/);
    expect(report.status).toBe('partial');
    expect(sink.active('fake')).toHaveLength(4);
  });

  it('withdraws nothing when the listing stopped early with a problem', async () => {
    const sink = new MemorySink();
    const six = [...base, { id: 'e', title: 'E' }, { id: 'f', title: 'F' }];
    await runJob({ source: fakeSource(six), config, sink, mode: 'full' });
    const report = await runJob({ source: fakeSource(six, { stopWithProblemAfterPage: 1 }), config, sink, mode: 'full' });
    expect(report.counts.seen).toBe(4); // more than half: only the listing problem protects e and f
    expect(report.complete).toBe(false);
    expect(report.counts.withdrawn).toBe(0);
    expect(report.flagged).toMatch(/listing was incomplete/);
    expect(report.status).toBe('partial');
    expect(sink.active('fake')).toHaveLength(6);
  });

  it('fails the job on a broken page and keeps every record harvested before', async () => {
    const sink = new MemorySink();
    await runJob({ source: fakeSource(base), config, sink, mode: 'full' });
    const report = await runJob({ source: fakeSource(base.slice(0, 2).concat(base.slice(3)), { failOnPage: 1 }), config, sink, mode: 'full' });
    expect(report.status).toBe('failed');
    expect(report.error).toContain('HTTP 500');
    expect(report.problems[0]?.reason).toContain('page 2');
    expect(report.counts.withdrawn).toBe(0);
    expect(sink.active('fake')).toHaveLength(4);
  });

  it('reports a bad record as a problem, goes on, and does not withdraw it later', async () => {
    const sink = new MemorySink();
    await runJob({ source: fakeSource(base), config, sink, mode: 'full' });
    const records = base.map((r) => (r.id === 'd' ? { ...r, title: 'Schools 2', broken: true } : r));
    const report = await runJob({ source: fakeSource(records), config, sink, mode: 'full' });
    expect(report.status).toBe('partial');
    expect(report.counts).toMatchObject({ failed: 1, unchanged: 3, withdrawn: 0 });
    expect(report.problems).toEqual([expect.objectContaining({ sourceId: 'fake', recordId: 'd', reason: 'field "title": missing' })]);
    expect(sink.rows.get('fake:d')?.record.title.en).toBe('Schools');
    expect(sink.active('fake')).toHaveLength(4);
  });

  it('skips records outside the licence gate and the filters, counting why', async () => {
    const sink = new MemorySink();
    const records: FakeRecord[] = [
      { id: 'a', title: 'Open', licence: 'OGL-Alberta-2.1' },
      { id: 'b', title: 'Closed', licence: 'QPTU' },
      { id: 'c', title: 'No licence' },
      { id: 'd', title: 'A publication', skip: true, licence: 'OGL-Alberta-2.1' },
    ];
    const report = await runJob({ source: fakeSource(records), config: { ...config, licenceGate: ['OGL-Alberta-2.1'] }, sink, mode: 'full' });
    expect(report.counts).toMatchObject({ seen: 4, added: 1, skippedByLicence: 2, skippedByFilter: 1 });
    expect(sink.active('fake').map((r) => r.id)).toEqual(['fake:a']);
  });

  it('runs incrementally from the start of the last error-free run, full when there is none', async () => {
    const sink = new MemorySink();
    let since: Date | undefined = new Date(0);
    const t0 = new Date('2026-01-01T00:00:00Z');
    const first = await runJob({ source: fakeSource(base, { seenSince: (d) => (since = d) }), config, sink, mode: 'incremental', now: () => t0 });
    expect(first.mode).toBe('full');
    expect(since).toBeUndefined();
    const second = await runJob({ source: fakeSource(base.slice(0, 1), { seenSince: (d) => (since = d) }), config, sink, mode: 'incremental' });
    expect(second.mode).toBe('incremental');
    expect(since?.toISOString()).toBe(t0.toISOString());
    // an incremental run does not see the whole source: it must not withdraw
    expect(second.complete).toBe(false);
    expect(second.counts.withdrawn).toBe(0);
    expect(sink.active('fake')).toHaveLength(4);
  });

  it('keeps the report of every run, newest first', async () => {
    const sink = new MemorySink();
    const a = await runJob({ source: fakeSource(base), config, sink, mode: 'full' });
    const b = await runJob({ source: fakeSource(base), config, sink, mode: 'full' });
    const jobs = await sink.jobs('fake', 10);
    expect(jobs.map((j) => j.id)).toEqual([b.id, a.id]);
    expect(jobs[0]?.finishedAt).toBeDefined();
  });

  it('trusts an unchanged modification stamp, and hashes when the stamp moved', async () => {
    const sink = new MemorySink();
    const stamped = base.map((r) => ({ ...r, modified: '2024-01-01T00:00:00Z' }));
    await runJob({ source: fakeSource(stamped), config, sink, mode: 'full' });
    expect(sink.rows.get('fake:a')?.record.provenance.modifiedAtSource).toBe('2024-01-01T00:00:00Z');
    // same stamp: not read again, even though the raw record differs
    const sameStamp = stamped.map((r) => (r.id === 'a' ? { ...r, title: 'Roads (edited without a new stamp)' } : r));
    const second = await runJob({ source: fakeSource(sameStamp), config, sink, mode: 'full' });
    expect(second.counts).toMatchObject({ unchanged: 4, updated: 0 });
    // a moved stamp: the record is read and rewritten
    const moved = stamped.map((r) => (r.id === 'b' ? { ...r, modified: '2024-02-01T00:00:00Z', title: 'Bridges 2024' } : r));
    const third = await runJob({ source: fakeSource(moved), config, sink, mode: 'full' });
    expect(third.counts).toMatchObject({ unchanged: 3, updated: 1 });
    expect(sink.rows.get('fake:b')?.record.title.en).toBe('Bridges 2024');
    expect(sink.rows.get('fake:b')?.record.provenance.modifiedAtSource).toBe('2024-02-01T00:00:00Z');
  });

  it('remaps every record when the mapping or the source settings change', async () => {
    const sink = new MemorySink();
    const stamped = base.map((r) => ({ ...r, modified: '2024-01-01T00:00:00Z' }));
    await runJob({ source: fakeSource(stamped), config, sink, mode: 'full' });
    const newMapping = await runJob({ source: fakeSource(stamped, { mappingVersion: '2' }), config, sink, mode: 'full' });
    expect(newMapping.counts).toMatchObject({ updated: 4, unchanged: 0 });
    const newSettings = await runJob({ source: fakeSource(stamped, { mappingVersion: '2' }), config, sink, mode: 'full', settingsFingerprint: 'other' });
    expect(newSettings.counts).toMatchObject({ updated: 4, unchanged: 0 });
  });

  describe('a full run over a source that lists stamps', () => {
    /** The fake source, plus a cheap listing of ids and stamps and a fetch by ids. */
    function stampedSource(records: FakeRecord[], opts: { failFetch?: boolean; dropOnFetch?: string } = {}) {
      const fetched: string[][] = [];
      const source: Source = {
        ...fakeSource(records),
        async *listStamps(): AsyncIterable<StampPage> {
          for (let p = 0; p * 2 < records.length; p++) {
            const stamps = records.slice(p * 2, p * 2 + 2).map((r) => ({ remoteId: r.id, ...(r.modified ? { modified: r.modified } : {}) }));
            yield { stamps, problems: [], url: `https://fake.example/stamps/${p + 1}`, total: records.length };
          }
        },
        async fetch(ids: string[]): Promise<SourcePage> {
          fetched.push(ids);
          if (opts.failFetch) throw new Error('fetch: HTTP 502');
          const items = records.filter((r) => ids.includes(r.id) && r.id !== opts.dropOnFetch).map((r) => ({ remoteId: r.id, raw: r, ...(r.modified ? { modified: r.modified } : {}) }));
          return { items, problems: [], url: 'https://fake.example/fetch' };
        },
        fetchBatch: 3,
      };
      return { source, fetched };
    }
    const stamped = base.map((r, i) => ({ ...r, modified: `2024-01-0${i + 1}T00:00:00Z` }));

    it('fetches nothing when no stamp moved, only what moved otherwise', async () => {
      const sink = new MemorySink();
      const first = stampedSource(stamped);
      await runJob({ source: first.source, config, sink, mode: 'full' });
      expect(first.fetched).toEqual([]); // nothing held yet: a plain listing
      const again = stampedSource(stamped);
      const report = await runJob({ source: again.source, config, sink, mode: 'full' });
      expect(again.fetched).toEqual([]);
      expect(report.counts).toMatchObject({ seen: 4, unchanged: 4, updated: 0, withdrawn: 0 });
      const moved = stamped.map((r) => (r.id === 'c' ? { ...r, title: 'Water 2025', modified: '2025-01-01T00:00:00Z' } : r));
      const third = stampedSource(moved);
      const after = await runJob({ source: third.source, config, sink, mode: 'full' });
      expect(third.fetched).toEqual([['c']]);
      expect(after.counts).toMatchObject({ seen: 4, unchanged: 3, updated: 1 });
      expect(sink.rows.get('fake:c')?.record.title.en).toBe('Water 2025');
    });

    it('withdraws what is no longer listed, but not what vanished between listing and fetch', async () => {
      const sink = new MemorySink();
      await runJob({ source: stampedSource(stamped).source, config, sink, mode: 'full' });
      const changed = stamped.filter((r) => r.id !== 'a').map((r) => (r.id === 'b' ? { ...r, modified: '2025-02-02T00:00:00Z' } : r));
      const run = stampedSource(changed, { dropOnFetch: 'b' });
      const report = await runJob({ source: run.source, config, sink, mode: 'full' });
      expect(report.counts).toMatchObject({ seen: 3, withdrawn: 1 });
      expect(sink.active('fake').map((r) => r.id).sort()).toEqual(['fake:b', 'fake:c', 'fake:d']);
    });

    it('fails the job and withdraws nothing when a fetch fails', async () => {
      const sink = new MemorySink();
      await runJob({ source: stampedSource(stamped).source, config, sink, mode: 'full' });
      const moved = stamped.slice(1).map((r) => ({ ...r, modified: '2026-01-01T00:00:00Z' }));
      const report = await runJob({ source: stampedSource(moved, { failFetch: true }).source, config, sink, mode: 'full' });
      expect(report.status).toBe('failed');
      expect(report.error).toContain('HTTP 502');
      expect(sink.active('fake')).toHaveLength(4);
    });

    it('fetches in batches of the source\'s size', async () => {
      const sink = new MemorySink();
      await runJob({ source: stampedSource(stamped).source, config, sink, mode: 'full' });
      const many = [...stamped, { id: 'e', title: 'E' }, { id: 'f', title: 'F' }].map((r) => ({ ...r, modified: '2027-01-01T00:00:00Z' }));
      const run = stampedSource(many);
      const report = await runJob({ source: run.source, config, sink, mode: 'full' });
      expect(run.fetched.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      expect(run.fetched.every((ids) => ids.length <= 3)).toBe(true);
      expect(report.counts).toMatchObject({ seen: 6, added: 2, updated: 4 });
    });
  });
});

describe('memory over a long run', () => {
  it('keeps no page text alive through the ids it remembers for the run', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const pages = 40;
    let grown = Number.NaN;
    let before = 0;
    const source: Source = {
      id: 'fake',
      kind: 'fake',
      mappingVersion: '1',
      async *list(): AsyncIterable<SourcePage> {
        gc();
        before = process.memoryUsage().heapUsed;
        for (let p = 0; p < pages; p++) {
          // A parser's ids are slices of the text it read: here 1 MB per page.
          const text = `${p}`.padEnd(1_000_000, `abcdefghij${p}`);
          const items: RemoteItem[] = [0, 1, 2, 3, 4].map((i) => ({ remoteId: `${p}:${i}:` + text.slice(i * 20, i * 20 + 20), raw: { i } }));
          yield { items, problems: [], url: `https://fake.example/page/${p + 1}` };
        }
        gc();
        grown = process.memoryUsage().heapUsed - before;
      },
      map: () => ({ kind: 'skip', reason: 'not wanted here' }),
    };
    const report = await runJob({ source, config, sink: new MemorySink(), mode: 'full' });
    expect(report.counts.seen).toBe(pages * 5);
    // 40 MB of page text went by; the 200 ids kept are a few kilobytes.
    expect(grown).toBeLessThan(10_000_000);
  });
});
