// A search index in one process follows writes made through another connection (a harvest
// process writing while `serve` reads the same file).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCatalogue } from '../../src/search/catalogue.js';
import { CORPUS, record } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-refresh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('index refresh', () => {
  it('sees records written, rewritten, withdrawn, re-activated and purged by another connection', async () => {
    const path = join(dir, 'shared.db');
    const writer = openCatalogue({ path });
    const reader = openCatalogue({ path });
    const ids = async (q: string): Promise<string[]> => (await reader.search({ q, lang: 'en' })).results.map((r) => r.id);

    expect((await reader.search({})).total).toBe(0);
    await writer.store.write(CORPUS.map(record));
    expect(await ids('snow')).toEqual(['ottawa:snow']);
    expect((await reader.search({})).facets.jurisdictionLevel!.find((f) => f.value === 'municipal')?.count).toBe(4);

    const snow = CORPUS.find((c) => c.id === 'snow')!;
    await writer.store.write([record({ ...snow, title: { en: 'Ice clearing routes' }, jurisdiction: { level: 'provincial', code: 'CA-ON' } })]);
    expect(await ids('snow')).toEqual(['ottawa:snow']); // still in the description
    expect(await ids('ice')).toEqual(['ottawa:snow']);
    expect((await reader.search({})).facets.jurisdictionLevel!.find((f) => f.value === 'municipal')?.count).toBe(3);

    await writer.store.withdrawMissing('ottawa', new Set(['bridges', 'bike-collisions']), '2024-07-01T00:00:00.000Z');
    expect(await ids('ice')).toEqual([]);
    expect((await reader.search({})).total).toBe(CORPUS.length - 1);

    await writer.store.write([record(snow)]);
    expect(await ids('snow')).toEqual(['ottawa:snow']);
    expect(await ids('ice')).toEqual([]);

    await writer.store.withdrawMissing('ottawa', new Set(['bridges']), '2024-07-02T00:00:00.000Z');
    await writer.store.purgeWithdrawn('2025-01-01T00:00:00.000Z');
    expect((await reader.search({})).total).toBe(CORPUS.length - 2);
    expect(await ids('collisions')).toEqual(['canada:collisions']);
    expect((await reader.search({ filters: { source: ['ottawa'] } })).facets.source!.find((f) => f.value === 'ottawa')?.count).toBe(1);

    await writer.close();
    await reader.close();
  });

  it('keeps search in step with writes of the same catalogue', async () => {
    const catalogue = openCatalogue({ path: join(dir, 'own.db') });
    await catalogue.store.write([record(CORPUS[0]!)]);
    expect((await catalogue.search({ q: 'collisions', lang: 'en' })).total).toBe(1);
    await catalogue.store.write([record(CORPUS[4]!)]);
    expect((await catalogue.search({ q: 'snow', lang: 'en' })).total).toBe(1);
    expect((await catalogue.search({})).total).toBe(2);
    await catalogue.close();
  });
});
