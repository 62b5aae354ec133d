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
    // A word written in a record is no longer corrected.
    await writer.store.write([record({ id: 'misspelt', title: { en: 'Snwo depth' } })]);
    expect(await cached.suggest({ q: 'snwo' })).toBeUndefined();
    await same();
    for (const c of [writer, cached, plain]) await c.close();
  });

  it('applies writes at most once per refresh interval, then all of them', async () => {
    const path = join(dir, 'interval.db');
    let now = 0;
    const writer = openCatalogue({ path });
    const reader: Catalogue = openCatalogue({ path, responseEntries: 16, refreshIntervalMs: 1000, now: () => now });
    await writer.store.write([record(CORPUS[0]!)]);
    expect((await reader.search({})).total).toBe(1);
    await writer.store.write([record(CORPUS[4]!), record(CORPUS[5]!)]);
    now = 999;
    expect((await reader.search({})).total).toBe(1);
    expect((await reader.search({ q: 'snow', lang: 'en' })).total).toBe(0);
    now = 1000;
    expect((await reader.search({})).total).toBe(3);
    expect((await reader.search({ q: 'snow', lang: 'en' })).results.map((r) => r.id)).toEqual(['ottawa:snow']);
    // An explicit refresh applies writes at once.
    await writer.store.write([record(CORPUS[6]!)]);
    await reader.refresh();
    expect((await reader.search({})).total).toBe(4);
    await writer.close();
    await reader.close();
  });
});
