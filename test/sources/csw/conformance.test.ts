// Every real CSW page and ISO record we have is read and mapped without a crash, and what comes
// out keeps the rules of the core. The CSW pages are served in their recorded sequence by a
// loopback server and harvested through the source, as a geoportal would be.
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { baseLanguage } from '../../../src/core/langstring.js';
import { mapCswRecord } from '../../../src/sources/csw/map.js';
import { parseCswOptions } from '../../../src/sources/csw/options.js';
import { createCswSource } from '../../../src/sources/csw/source.js';
import type { SourceSettings } from '../../../src/sources/settings.js';
import type { MappedRecord, RemoteItem } from '../../../src/sources/source.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';
import { loopbackClient } from './helpers/csw-server.js';
import { albertaFiles, FGP, GEO_IDE, QLD, readFixtureDocument } from './helpers/fixture-records.js';

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)?)?)?$/;

function expectWellFormed(record: MappedRecord, settings: SourceSettings): void {
  expect(record.id).toBe(`${settings.id}:${record.provenance.remoteId}`);
  expect(Object.values(record.title).some((t) => t !== undefined && t.trim() !== '')).toBe(true);
  const texts: Array<[string, string]> = [];
  for (const value of [record.title, record.description, record.publisher?.name ?? {}, record.contactPoint?.name ?? {}, ...record.distributions.map((d) => d.title)]) {
    for (const [tag, text] of Object.entries(value)) if (text !== undefined) texts.push([tag, text]);
  }
  for (const [tag, list] of Object.entries(record.keywords)) for (const k of list ?? []) texts.push([tag, k]);
  for (const [tag, text] of texts) {
    expect(tag).toBe(tag.toLowerCase());
    expect(text).toBe(text.trim());
    expect(text).not.toBe('');
    expect(text).not.toContain('Amazon Translate');
    if (baseLanguage(tag) === 'fr') expect(text).not.toMatch(/^Translation of /);
  }
  for (const date of [record.issued, record.modified, record.temporal?.start, record.temporal?.end]) if (date !== undefined) expect(date).toMatch(ISO_DATE);
  const ids = record.distributions.map((d) => d.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const d of record.distributions) expect(d.url).toMatch(/^(?:https?|ftp):\/\//);
  for (const code of [...record.languages, ...record.distributions.flatMap((d) => d.languages)]) expect(code).toMatch(/^[a-z]{2,3}$/);
  if (record.spatial?.bbox) {
    const [w, s, e, n] = record.spatial.bbox;
    expect(s).toBeLessThanOrEqual(n);
    for (const lon of [w, e]) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    expect(w).toBeLessThanOrEqual(e);
  }
  expect(JSON.parse(JSON.stringify(record.provenance.raw))).toEqual(record.provenance.raw);
}

/** Serves recorded pages by the startPosition asked for. */
async function servePages(pages: Record<number, string>): Promise<{ url: string; server: Server; asked: number[] }> {
  const asked: number[] = [];
  const server = createServer((req, res) => {
    const start = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('startPosition') ?? '1');
    asked.push(start);
    const file = pages[start];
    if (file === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/xml' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/csw`, server, asked };
}

interface Sequence {
  name: string;
  pages: Record<number, string>;
  settings: SourceSettings;
  /** Distinct records the sequence holds. */
  records: number;
  starts: number[];
}

const csw = (name: string) => fixture('csw', name);
const SEQUENCES: Sequence[] = [
  { name: 'FGP HNAP pages (10 then all 46, nextRecord 11 then 0)', pages: { 1: csw('fgp-hnap-getrecords-20160419.xml'), 11: csw('fgp-hnap-getrecords-20160420.xml') }, settings: FGP, records: 46, starts: [1, 11] },
  { name: 'FGP HNAP page of 5', pages: { 1: csw('fgp-hnap-getrecords-20160408_160-106-65-241.xml') }, settings: FGP, records: 5, starts: [1] },
  { name: 'GeoNetwork pages 1, 3, 5', pages: { 1: csw('geonetwork-iso19139-page-1.xml'), 3: csw('geonetwork-iso19139-page-3.xml'), 5: csw('geonetwork-iso19139-page-5.xml') }, settings: GEO_IDE, records: 6, starts: [1, 3, 5] },
  { name: 'Magda ISO 19139 service record', pages: { 1: csw('magda-csw1.xml') }, settings: QLD, records: 1, starts: [1] },
];

describe.skipIf(!fixturesPresent)('CSW conformance on real responses', () => {
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  });

  for (const sequence of SEQUENCES) {
    it(`harvests ${sequence.name}`, async () => {
      const served = await servePages(sequence.pages);
      servers.push(served.server);
      const settings = { ...sequence.settings, url: served.url };
      const source = createCswSource(settings, loopbackClient(), parseCswOptions(settings.options ?? {}));
      const items: RemoteItem[] = [];
      for await (const page of source.list({})) {
        expect(page.problems).toEqual([]);
        items.push(...page.items);
      }
      expect(served.asked).toEqual(sequence.starts);
      expect(new Set(items.map((i) => i.remoteId)).size).toBe(sequence.records);
      expect(items).toHaveLength(sequence.records);
      for (const item of items) {
        const result = source.map(item);
        if (result.kind !== 'record') throw new Error(`${item.remoteId}: ${result.kind}: ${result.reason}`);
        expect(result.record.provenance.remoteId).toBe(item.remoteId);
        expectWellFormed(result.record, settings);
      }
    });
  }

  describe('iso19139-hnap/alberta (every record)', () => {
    const files = fixturesPresent ? albertaFiles() : [];

    it('finds the 169 recorded records', () => {
      expect(files).toHaveLength(169);
    });

    for (const file of files) {
      it(`maps ${file.slice(file.indexOf('alberta/'))}`, async () => {
        const document = await readFixtureDocument(file);
        expect(document.records).toHaveLength(1);
        const record = document.records[0];
        if (record === undefined) return;
        expect(record.errors).toEqual([]);
        const result = mapCswRecord(record.element, { settings: FGP });
        if (result.kind !== 'record') throw new Error(`${file}: ${result.kind}: ${result.reason}`);
        // Files are named after their record.
        expect(file.endsWith(`AB_${result.record.provenance.remoteId}.xml`)).toBe(true);
        expectWellFormed(result.record, FGP);
        // Alberta's records belong to the province, whatever the source harvesting them.
        expect(result.record.jurisdiction.code).toBe('CA-AB');
        expect(result.record.title['en']).toBeDefined();
      });
    }
  });
});
