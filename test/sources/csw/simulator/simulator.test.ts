// The simulated Federal Geospatial Platform: a CSW the csw kind harvests whole, of realistic
// bilingual HNAP records, generated deterministically one at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseLanguage, isMachineTranslatedTag } from '../../../../src/core/langstring.js';
import { detectCsw } from '../../../../src/sources/csw/detect.js';
import { parseCswOptions } from '../../../../src/sources/csw/options.js';
import { drawRecord, hnapXml, startSimulatedPortal } from '../../../../src/sources/csw/simulator/index.js';
import { createCswSource } from '../../../../src/sources/csw/source.js';
import type { SimulatedPortalHandle } from '../../../../src/sources/simulator/portal.js';
import type { MappedRecord, SourcePage } from '../../../../src/sources/source.js';
import { cswSettings, loopbackClient } from '../helpers/csw-server.js';

describe('CSW simulator', () => {
  let portal: SimulatedPortalHandle;
  const records: MappedRecord[] = [];
  const pages: SourcePage[] = [];

  beforeAll(async () => {
    portal = await startSimulatedPortal({ records: 230, seed: 7 });
    const d = portal.description;
    const settings = cswSettings(d.url, { id: d.id, ...(d.publisher ? { publisher: d.publisher } : {}), ...(d.options ? { options: d.options } : {}) });
    const source = createCswSource(settings, loopbackClient(), parseCswOptions(d.options ?? {}));
    for await (const page of source.list({})) {
      pages.push(page);
      for (const item of page.items) {
        const result = source.map(item);
        if (result.kind !== 'record') throw new Error(`${item.remoteId}: ${result.kind}: ${result.reason}`);
        records.push(result.record);
      }
    }
  });

  afterAll(() => portal.close());

  it('is harvested whole, page by page, without a problem', () => {
    expect(records).toHaveLength(230);
    expect(new Set(records.map((r) => r.provenance.remoteId)).size).toBe(230);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 50, 50, 30]);
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
    expect(portal.requestCount('/geonetwork/srv/csw')).toBe(5);
  });

  it('serves bilingual federal records and federated provincial ones with their own conventions', () => {
    const federal = records.filter((r) => r.jurisdiction.level === 'federal');
    const provincial = records.filter((r) => r.jurisdiction.level === 'provincial');
    expect(federal.length).toBeGreaterThan(records.length / 2);
    expect(provincial.length).toBeGreaterThan(10);
    expect(federal.filter((r) => r.title['en'] && r.title['fr']).length).toBeGreaterThan(federal.length * 0.9);
    for (const r of provincial) expect(r.jurisdiction.code).toMatch(/^CA-[A-Z]{2}$/);
    // Machine translations are tagged, placeholders gone, notices never kept.
    const tags = new Set(records.flatMap((r) => Object.keys(r.description)));
    expect([...tags].some(isMachineTranslatedTag)).toBe(true);
    for (const r of records) {
      for (const [tag, text] of Object.entries({ ...r.title, ...r.description })) {
        expect(text).not.toContain('Amazon Translate');
        if (baseLanguage(tag) === 'fr') expect(text).not.toMatch(/^Translation of /);
      }
      expect(r.spatial?.bbox).toBeDefined();
      expect(r.distributions.length).toBeGreaterThan(0);
      expect(r.licence?.id).toBeDefined();
      expect(r.subjects.length).toBeGreaterThan(0);
      expect(r.provenance.landingPage).toContain(r.provenance.remoteId);
    }
    expect(new Set(records.flatMap((r) => r.distributions.map((d) => d.format))).size).toBeGreaterThan(4);
  });

  it('generates the same record for the same seed and index, whatever was made before', () => {
    const site = 'http://127.0.0.1:1';
    const once = hnapXml(drawRecord(99, 42, site), site);
    hnapXml(drawRecord(99, 7, site), site);
    expect(hnapXml(drawRecord(99, 42, site), site)).toBe(once);
    expect(hnapXml(drawRecord(100, 42, site), site)).not.toBe(once);
  });

  it('answers GetCapabilities and hits, and refuses another output schema', async () => {
    const found = await detectCsw(portal.description.url, loopbackClient());
    expect(found).toMatchObject({ kind: 'csw', title: 'Federal Geospatial Platform (simulated)', count: 230 });
    const response = await fetch(`${portal.description.url}?service=CSW&version=2.0.2&request=GetRecords&outputSchema=http://www.opengis.net/cat/csw/2.0.2`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('exceptionCode="InvalidParameterValue"');
  });

  it('serves POSTed GetRecords too', async () => {
    const d = portal.description;
    const source = createCswSource(cswSettings(d.url), loopbackClient(), parseCswOptions({ method: 'POST', maxRecords: 100 }));
    let count = 0;
    for await (const page of source.list({})) count += page.items.length;
    expect(count).toBe(230);
  });
});
