// Every real CKAN record we have maps without error, and what comes out keeps the rules of the
// core whatever the record (the field has more variety than any one fixture).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseLanguage } from '../../../src/core/langstring.js';
import type { SourceSettings } from '../../../src/sources/settings.js';
import type { MappedRecord } from '../../../src/sources/source.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';
import { createCkanSource } from '../../../src/sources/ckan/source.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { fixtureSource, OPEN_CANADA, PLAIN_CKAN, readFixture } from './helpers/fixture-sources.js';
import { startSearchServer, type SearchServer, type SmallPackage } from './helpers/search-server.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)?)?)?$/;

/** The rules every mapped record keeps, checked on real data. */
function expectWellFormed(record: MappedRecord, remoteId: string, settings: SourceSettings): void {
  expect(record.provenance.remoteId).toBe(remoteId);
  expect(record.id).toBe(`${settings.id}:${remoteId}`);
  expect(Object.values(record.title).some((t) => t !== undefined && t.trim() !== '')).toBe(true);
  const texts: Array<[string, string]> = [];
  for (const value of [record.title, record.description, ...record.distributions.map((d) => d.title)]) {
    for (const [tag, text] of Object.entries(value)) if (text !== undefined) texts.push([tag, text]);
  }
  for (const [tag, list] of Object.entries(record.keywords)) for (const k of list ?? []) texts.push([tag, k]);
  for (const [tag, text] of texts) {
    expect(tag).toBe(tag.toLowerCase());
    expect(text).toBe(text.trim());
    expect(text).not.toContain('Amazon Translate');
    if (baseLanguage(tag) === 'fr') expect(text).not.toMatch(/^Translation of /);
  }
  if (record.provenance.modifiedAtSource !== undefined) expect(record.provenance.modifiedAtSource).toMatch(ISO_INSTANT);
  for (const date of [record.issued, record.modified, record.temporal?.start, record.temporal?.end]) {
    if (date !== undefined) expect(date).toMatch(ISO_DATE);
  }
  expect(record.provenance.landingPage).toMatch(/^https:\/\//);
  const ids = record.distributions.map((d) => d.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const d of record.distributions) {
    expect(d.url).not.toBe('');
    if (d.size !== undefined) expect(Number.isInteger(d.size) && d.size >= 0).toBe(true);
    for (const code of d.languages) expect(code).toMatch(/^[a-z]{2,3}$/);
  }
  for (const code of record.languages) expect(code).toMatch(/^[a-z]{2,3}$/);
  if (record.spatial?.bbox) {
    const [w, s, e, n] = record.spatial.bbox;
    expect(s).toBeLessThanOrEqual(n);
    for (const lon of [w, e]) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
  }
}

describe.skipIf(!fixturesPresent)('CKAN conformance on real records', () => {
  const source = fixtureSource(OPEN_CANADA);

  describe('canada/federated-records (every file)', () => {
    const files = fixturesPresent ? filesUnder(fixture('canada/federated-records')) : [];

    it('finds the recorded files', () => {
      expect(files.length).toBeGreaterThanOrEqual(20);
    });

    for (const file of files.filter((f) => !f.endsWith('fauxfichier.txt'))) {
      it(`maps ${file.slice(file.indexOf('federated-records'))}`, () => {
        const doc = readFixture(file);
        expect(doc.problems).toEqual([]);
        expect(doc.items).toHaveLength(1);
        const item = doc.items[0];
        if (!item) return;
        // Federated record files are named after the record.
        expect(file.endsWith(`${item.remoteId}.json`)).toBe(true);
        const result = source.map(item);
        if (result.kind !== 'record') throw new Error(`${file}: ${result.kind}: ${result.reason}`);
        expectWellFormed(result.record, item.remoteId, OPEN_CANADA);
        // Federated records say their level; the province comes from their publisher.
        expect(result.record.jurisdiction.level).toBe('provincial');
        expect(result.record.jurisdiction.code).toMatch(/^CA-[A-Z]{2}$/);
        expect(result.record.licence?.id).toBeDefined();
        expect(result.record.publisher?.name['en']).toMatch(/^Government/);
      });
    }

    it('gives a clear problem naming the non-JSON file ON/fauxfichier.txt', () => {
      const doc = readFixture(fixture('canada/federated-records/ON/fauxfichier.txt'));
      expect(doc.items).toEqual([]);
      expect(doc.problems).toHaveLength(1);
      expect(doc.problems[0]?.reason).toMatch(/^canada\/federated-records\/ON\/fauxfichier\.txt: .*not (?:CKAN )?JSON/);
    });
  });

  describe('canada/open-canada-package-show.jsonl (every line)', () => {
    const doc = fixturesPresent ? readFixture(fixture('canada/open-canada-package-show.jsonl')) : { items: [], problems: [] };

    it('reads every line as a package', () => {
      expect(doc.problems).toEqual([]);
      expect(doc.items.length).toBeGreaterThanOrEqual(4);
    });

    for (const [index, item] of doc.items.entries()) {
      it(`maps line ${index + 1} (${item.remoteId})`, () => {
        const result = source.map(item);
        if (result.kind !== 'record') throw new Error(`line ${index + 1}: ${result.kind}: ${result.reason}`);
        expectWellFormed(result.record, item.remoteId, OPEN_CANADA);
        expect(result.record.provenance.landingPage).toBe(`https://open.canada.ca/data/en/dataset/${item.remoteId}`);
        expect(result.record.jurisdiction).toEqual({ level: 'federal', code: 'CA' });
        // Fluent fields win: the plain `title` of these packages is a file name.
        expect(result.record.title['en']).toBeDefined();
        expect(result.record.title['und']).toBeUndefined();
      });
    }
  });

  describe('ckan/ (every file)', () => {
    const files = fixturesPresent ? filesUnder(fixture('ckan')) : [];
    const plain = fixtureSource(PLAIN_CKAN);

    it('finds the recorded files', () => {
      expect(files.length).toBeGreaterThanOrEqual(4);
    });

    for (const file of files) {
      it(`maps ${file.slice(file.indexOf('ckan/'))}`, () => {
        const doc = readFixture(file);
        expect(doc.problems).toEqual([]);
        expect(doc.items.length).toBeGreaterThanOrEqual(1);
        for (const item of doc.items) {
          const result = plain.map(item);
          if (result.kind !== 'record') throw new Error(`${file}: ${result.kind}: ${result.reason}`);
          expectWellFormed(result.record, item.remoteId, PLAIN_CKAN);
          expect(result.record.provenance.landingPage).toMatch(/^https:\/\/demo\.ckan\.org\/dataset\//);
        }
      });
    }
  });

  describe('real federated records served two per page on loopback', () => {
    let server: SearchServer | undefined;
    afterAll(async () => server?.close());

    it('lists each record once and maps it', async () => {
      const files = filesUnder(fixture('canada/federated-records')).filter((f) => f.endsWith('.json'));
      const packages = files.flatMap((f) => readFixture(f).items.map((i) => i.raw as SmallPackage));
      server = await startSearchServer({ packages });
      const live = createCkanSource({ ...OPEN_CANADA, url: server.url }, fetchHttpClient(), { rows: 2 });
      const listed: string[] = [];
      for await (const page of live.list({})) {
        expect(page.problems).toEqual([]);
        expect(page.total).toBe(packages.length);
        for (const item of page.items) {
          listed.push(item.remoteId);
          const result = live.map(item);
          if (result.kind !== 'record') throw new Error(`${item.remoteId}: ${result.kind}: ${result.reason}`);
          expect(result.record.provenance.raw).toBe(item.raw);
        }
      }
      expect([...listed].sort()).toEqual(packages.map((p) => p.id).sort());
    });
  });
});
