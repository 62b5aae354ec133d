// The server's caches of whole responses and suggestions: answers equal to an uncached catalogue's
// after every kind of write (another connection's, a source renamed), and with a refresh interval,
// a bounded wait (on an injected clock) before writes show.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCatalogue, type Catalogue } from '../../src/search/catalogue.js';
import type { SearchRequest } from '../../src/search/types.js';
import { sourceSettings } from '../store/records.js';
import { CORPUS, record } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-response-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REQUESTS: SearchRequest[] = [
  {},
  { q: 'snow', lang: 'en' },
  { q: 'ice', lang: 'en' },
  { q: 'collisions' },
  { filters: { jurisdictionLevel: ['municipal'] }, lang: 'fr' },
  { filters: { source: ['ottawa', 'canada'] }, sort: 'title' },
  { q: 'hospital OR hôpitaux', page: 2, size: 1 },
];

describe('response cache', () => {
  it('answers like an uncached catalogue after writes, rewrites, withdrawals, purges and a renamed source', async () => {
    const path = join(dir, 'shared.db');
    const writer = openCatalogue({ path });
    const cached = openCatalogue({ path, responseEntries: 64 });
    const plain = openCatalogue({ path });
    const same = async (): Promise<void> => {
      for (const request of REQUESTS) {
        // Twice: the second answer comes from the cache.
        const first = await cached.search(request);
        expect(await cached.search(request)).toEqual(first);
        expect(first).toEqual(await plain.search(request));
      }
      for (const q of ['snwo', 'colisions', 'bridges']) expect(await cached.suggest({ q })).toEqual(await plain.suggest({ q }));
    };
    await same();
    await writer.store.write(CORPUS.map(record));
    await same();
    const snow = CORPUS.find((c) => c.id === 'snow')!;
    await writer.store.write([record({ ...snow, title: { en: 'Ice clearing routes' }, jurisdiction: { level: 'provincial', code: 'CA-ON' } })]);
    await same();
    await writer.store.withdrawMissing('ottawa', new Set(['bridges']), '2024-07-02T00:00:00.000Z');
    await same();
    await writer.store.purgeWithdrawn('2025-01-01T00:00:00.000Z');
    await same();
    await writer.store.saveSource({ ...sourceSettings('ottawa'), name: { en: 'Ottawa renamed', fr: 'Ottawa renommée' } }, { enabled: true });
    await same();
    const label = (await cached.search({ filters: { source: ['ottawa'] } })).facets.source!.find((f) => f.value === 'ottawa')?.label;
    expect(label).toEqual({ en: 'Ottawa renamed', fr: 'Ottawa renommée' });
    // Renamed through the cached catalogue's own connection (no other connection's commit to see).
    await cached.store.saveSource({ ...sourceSettings('ottawa'), name: { en: 'Ottawa again', fr: 'Ottawa encore' } }, { enabled: true });
    expect((await cached.sourceNames()).get('ottawa')).toEqual({ en: 'Ottawa again', fr: 'Ottawa encore' });
    expect((await cached.search({ filters: { source: ['ottawa'] } })).facets.source!.find((f) => f.value === 'ottawa')?.label).toEqual({ en: 'Ottawa again', fr: 'Ottawa encore' });
    await same();
    // A word written in a record is no longer corrected.
    await writer.store.write([record({ id: 'misspelt', title: { en: 'Snwo depth' } })]);
    expect(await cached.suggest({ q: 'snwo' })).toBeUndefined();
    await same();
    for (const c of [writer, cached, plain]) await c.close();
  });

  it('applies a stream of writes at most once per refresh interval, and at once after an idle spell', async () => {
    const path = join(dir, 'interval.db');
    let now = 0;
    const writer = openCatalogue({ path });
    const reader: Catalogue = openCatalogue({ path, responseEntries: 16, refreshIntervalMs: 1000, now: () => now });
    const total = async (): Promise<number> => (await reader.search({})).total;
    await writer.store.write([record(CORPUS[0]!)]);
    expect(await total()).toBe(1); // applied at 0: a stream may have started
    await writer.store.write([record(CORPUS[4]!), record(CORPUS[5]!)]);
    now = 999;
    expect(await total()).toBe(1);
    expect((await reader.search({ q: 'snow', lang: 'en' })).total).toBe(0);
    now = 1000;
    expect(await total()).toBe(3);
    expect((await reader.search({ q: 'snow', lang: 'en' })).results.map((r) => r.id)).toEqual(['ottawa:snow']);
    now = 2500;
    expect(await total()).toBe(3); // nothing new: the stream has ended
    await writer.store.write([record(CORPUS[6]!)]);
    now = 2600;
    expect(await total()).toBe(4);
    // An explicit refresh applies writes at once, and leaves the next search free to.
    await writer.store.write([record(CORPUS[7]!)]);
    now = 2700;
    expect(await total()).toBe(4);
    await reader.refresh();
    expect(await total()).toBe(5);
    await writer.store.write([record(CORPUS[8] ?? { id: 'extra', title: { en: 'Extra' } })]);
    expect(await total()).toBe(6);
    await writer.close();
    await reader.close();
  });
});

describe('stale responses', () => {
  it('gives responses of before a write only while recomputations are rationed, and within their bound', async () => {
    const path = join(dir, 'stale.db');
    let now = 0;
    const writer = openCatalogue({ path });
    const reader = openCatalogue({ path, responseEntries: 32, maxStaleMs: 1000, recomputePerSecond: 0, now: () => now });
    await writer.store.write([record(CORPUS[0]!)]);
    const requests: SearchRequest[] = [1, 2, 3, 4, 5, 6, 7].map((size) => ({ size }));
    for (const request of requests) expect((await reader.search(request)).total).toBe(1);
    await writer.store.write([record(CORPUS[4]!)]);
    now = 10;
    // Five recomputed at once (the burst), the others stale until their bound.
    const totals = async () => Promise.all(requests.map(async (r) => (await reader.search(r)).total));
    expect(await totals()).toEqual([2, 2, 2, 2, 2, 1, 1]);
    now = 999;
    expect(await totals()).toEqual([2, 2, 2, 2, 2, 1, 1]);
    now = 1000;
    expect(await totals()).toEqual([2, 2, 2, 2, 2, 2, 2]);
    await writer.close();
    await reader.close();
  });
});
