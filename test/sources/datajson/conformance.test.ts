// The real Manitoba data.json (ArcGIS Hub's DCAT-US feed), served from loopback and harvested
// through the streamed listing: every dataset maps, what comes out keeps the core's rules, and
// the records that break the DCAT-US 1.1 schema (as real portals do) are mapped all the same.
import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataJsonSource } from '../../../src/sources/datajson/source.js';
import type { MappedRecord, RemoteItem, SourcePage } from '../../../src/sources/source.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { startLoopback, type Loopback } from './helpers/loopback.js';
import { manitobaSettings } from './helpers/settings.js';

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)?)?)?$/;

function expectWellFormed(record: MappedRecord, remoteId: string): void {
  expect(record.provenance.remoteId).toBe(remoteId);
  expect(record.id).toBe(`manitoba:${remoteId}`);
  expect(record.title['en']?.trim()).toBeTruthy();
  for (const text of [record.title['en'], record.description['en'], ...(record.keywords['en'] ?? [])]) {
    if (text === undefined) continue;
    expect(text).toBe(text.trim());
    // Safe text: no markup left.
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).not.toMatch(/&(?:nbsp|amp|lt|gt|quot|#\d+);/);
  }
  for (const date of [record.issued, record.modified, record.temporal?.start, record.temporal?.end]) if (date !== undefined) expect(date).toMatch(ISO_DATE);
  if (record.spatial?.bbox) {
    const [w, s, e, n] = record.spatial.bbox;
    expect(s).toBeLessThanOrEqual(n);
    expect(w).toBeLessThanOrEqual(e);
    for (const lon of [w, e]) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
  }
  const ids = record.distributions.map((d) => d.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const d of record.distributions) expect(d.url).toMatch(/^https:\/\//);
  expect(record.jurisdiction).toEqual({ level: 'provincial', code: 'CA-MB' });
}

describe.skipIf(!fixturesPresent)('data.json conformance: the real Manitoba catalogue from loopback', () => {
  let server: Loopback;
  const pages: SourcePage[] = [];
  const doc = fixturesPresent ? readFileSync(fixture('datajson/manitoba-data.json')) : Buffer.alloc(0);
  const recorded = fixturesPresent ? (JSON.parse(doc.toString('utf8')) as { dataset: Array<Record<string, unknown>> }) : { dataset: [] };

  beforeAll(async () => {
    // Served as Hub does: the legacy /data.json redirects to the current feed.
    server = await startLoopback({
      '/data.json': { redirect: '/api/feed/dcat-us/1.1.json' },
      '/api/feed/dcat-us/1.1.json': { body: doc },
    });
    const source = createDataJsonSource(manitobaSettings(`${server.url}/data.json`), fetchHttpClient(), { pageSize: 50 });
    for await (const page of source.list({})) pages.push(page);
  });
  afterAll(() => server.close());

  const items = (): RemoteItem[] => pages.flatMap((p) => p.items);

  it('lists the 96 datasets in pages, without a problem, following the redirect', () => {
    expect(items()).toHaveLength(96);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
    expect(pages.at(-1)?.total).toBe(96);
    expect(pages[0]?.url).toBe(`${server.url}/api/feed/dcat-us/1.1.json`);
    expect(items().map((i) => i.remoteId)).toEqual(recorded.dataset.map((d) => d['identifier']));
  });

  it('maps every dataset, and each keeps the core rules', () => {
    const source = createDataJsonSource(manitobaSettings(`${server.url}/data.json`), fetchHttpClient());
    for (const item of items()) {
      const result = source.map(item);
      if (result.kind !== 'record') throw new Error(`${item.remoteId}: ${result.kind}: ${result.reason}`);
      expectWellFormed(result.record, item.remoteId);
      expect(result.record.provenance.raw).toBe(item.raw);
    }
  });

  it('recognizes the licences given as URLs and as HTML links, and keeps the disclaimers as notes', () => {
    const source = createDataJsonSource(manitobaSettings(`${server.url}/data.json`), fetchHttpClient());
    const results = items().map((item) => source.map(item));
    const records = results.flatMap((r) => (r.kind === 'record' ? [r] : []));
    const recognized = records.filter((r) => r.record.licence?.id === 'OpenMB');
    const htmlLicences = recorded.dataset.filter((d) => String(d['license']).startsWith('<'));
    // Every licence that is or links to manitoba.ca/legal/copyright.html is OpenMB, HTML or not.
    const linkingToCopyright = recorded.dataset.filter((d) => /(?:manitoba|gov\.mb)\.ca\/legal\/copyright/.test(String(d['license'])));
    expect(recognized.length).toBe(linkingToCopyright.length);
    expect(htmlLicences.length).toBeGreaterThan(0);
    const kept = records.filter((r) => r.record.licence !== undefined && r.record.licence.id === undefined);
    expect(kept.length).toBeGreaterThan(0);
    for (const r of kept) {
      expect(r.record.licence?.original).toBeTruthy();
      expect(r.record.licence?.original).not.toMatch(/<[a-z]/i);
      expect(r.notes?.some((n) => n.startsWith('licence not recognized'))).toBe(true);
    }
    // An empty licence is no licence, and no note.
    const empty = recorded.dataset.filter((d) => d['license'] === '').map((d) => d['identifier']);
    for (const r of records.filter((x) => empty.includes(x.record.provenance.remoteId))) expect(r.record.licence).toBeUndefined();
  });

  it('maps the records that break the DCAT-US 1.1 schema as real portals do', () => {
    // A CommonJS module: its class is `default` of the namespace TypeScript sees.
    const ajv = new AjvDraft04.default({ allErrors: true, unicodeRegExp: false, strict: false, validateFormats: false });
    for (const name of ['vcard', 'organization', 'distribution', 'dataset']) {
      ajv.addSchema(JSON.parse(readFileSync(fixture(`standards/dcat-us-1.1/${name}.json`), 'utf8')) as object, `${name}.json`);
    }
    const validate = ajv.getSchema('dataset.json');
    if (!validate) throw new Error('dataset schema did not compile');
    const source = createDataJsonSource(manitobaSettings(`${server.url}/data.json`), fetchHttpClient());
    const violations = new Map<string, number>();
    for (const item of items()) {
      if (validate(item.raw)) continue;
      for (const e of validate.errors ?? []) {
        const key = `${e.instancePath || '(record)'} ${e.message ?? ''}`.replace(/\/\d+/g, '/N');
        violations.set(key, (violations.get(key) ?? 0) + 1);
      }
      expect(source.map(item).kind).toBe('record');
    }
    // What this portal commits: no federal bureau and program codes, an e-mail written "mailto: x"
    // (with a space), licences that are HTML rather than URLs.
    const keys = [...violations.keys()].join('\n');
    expect(keys).toMatch(/must have required property 'bureauCode'/);
    expect(keys).toMatch(/\/contactPoint\/hasEmail must match pattern/);
  });
});
