// Completion over a real catalogue: titles and keywords of active records, copies of one dataset
// counted once, kept in step with writes and withdrawals made by another connection.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCatalogue } from '../../../src/search/catalogue.js';
import { sourceSettings } from '../../store/records.js';
import { record, type RecordSpec } from '../records.js';

const dir = mkdtempSync(join(tmpdir(), 'federa-complete-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const UUID = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const SPECS: RecordSpec[] = [
  { id: 'wq', title: { en: 'Water quality monitoring', fr: 'Surveillance de la qualité de l’eau' }, keywords: { en: ['Water', 'Lakes'], fr: ['Eau', 'Lacs'] } },
  { id: 'ww', title: { en: 'Wastewater treatment plants', 'fr-t-en': 'Stations d’épuration des eaux usées' }, keywords: { en: ['water'] } },
  { id: 'wells', source: 'quebec', title: { fr: 'Puits d’eau potable' }, keywords: { fr: ['Eau potable', 'eau'] } },
  // One dataset from two sources: its phrases count once.
  { id: UUID, title: { en: 'Watershed boundaries' }, keywords: { en: ['Watersheds'] } },
  { id: UUID, source: 'quebec', title: { en: 'Watershed boundaries', fr: 'Limites des bassins versants' }, keywords: { en: ['Watersheds'] } },
];

describe('catalogue completion', () => {
  it('completes titles and keywords in the requested language, most used first', async () => {
    const catalogue = openCatalogue({ path: join(dir, 'a.db') });
    await catalogue.store.saveSource(sourceSettings('canada'), { enabled: true });
    await catalogue.store.saveSource({ ...sourceSettings('quebec'), jurisdiction: { level: 'provincial', code: 'CA-QC' } }, { enabled: true });
    await catalogue.store.write(SPECS.map(record));
    expect(await catalogue.complete({ q: 'wat', lang: 'en' })).toEqual([
      { text: 'Water', count: 2 },
      { text: 'Watersheds', count: 1 },
      { text: 'Watershed boundaries', count: 1 },
      { text: 'Water quality monitoring', count: 1 },
    ]);
    expect(await catalogue.complete({ q: 'eau', lang: 'fr' })).toEqual([
      { text: 'Eau', count: 2 },
      { text: 'Eau potable', count: 1 },
      { text: 'Puits d’eau potable', count: 1 },
      { text: 'Stations d’épuration des eaux usées', count: 1 },
      { text: 'Surveillance de la qualité de l’eau', count: 1 },
    ]);
    expect(await catalogue.complete({ q: 'wat', lang: 'en', limit: 1 })).toEqual([{ text: 'Water', count: 2 }]);
    await catalogue.close();
  });

  it('follows writes and withdrawals made through another connection', async () => {
    const path = join(dir, 'b.db');
    const writer = openCatalogue({ path });
    const reader = openCatalogue({ path });
    await writer.store.write(SPECS.slice(0, 2).map(record));
    expect((await reader.complete({ q: 'lak', lang: 'en' })).map((c) => c.text)).toEqual(['Lakes']);
    await writer.store.write([record({ ...SPECS[0]!, keywords: { en: ['Rivers'] } })]);
    expect(await reader.complete({ q: 'lak', lang: 'en' })).toEqual([]);
    expect(await reader.complete({ q: 'riv', lang: 'en' })).toEqual([{ text: 'Rivers', count: 1 }]);
    await writer.store.withdrawMissing('canada', new Set(['ww']), '2024-07-01T00:00:00.000Z');
    expect(await reader.complete({ q: 'riv', lang: 'en' })).toEqual([]);
    expect((await reader.complete({ q: 'wa', lang: 'en' })).map((c) => c.text.toLowerCase())).toEqual(['water', 'wastewater treatment plants']);
    await writer.close();
    await reader.close();
  });
});
