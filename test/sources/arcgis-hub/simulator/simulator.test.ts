// The simulated provincial Hub: deterministic items, both APIs over the same items, and
// harvestable end to end by both kinds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubSource } from '../../../../src/sources/arcgis-hub/source.js';
import { hubItem, startSimulatedHub } from '../../../../src/sources/arcgis-hub/simulator/index.js';
import { createDataJsonSource } from '../../../../src/sources/datajson/source.js';
import { startSimulatedDataJson } from '../../../../src/sources/datajson/simulator/index.js';
import type { PortalDescription, SimulatedPortalHandle } from '../../../../src/sources/simulator/portal.js';
import type { SourceSettings } from '../../../../src/sources/settings.js';
import type { MappedRecord, Source } from '../../../../src/sources/source.js';
import { fetchHttpClient } from '../../../helpers/http-client.js';

function settingsOf(d: PortalDescription): SourceSettings {
  return {
    id: d.id,
    name: d.name,
    type: d.type,
    url: d.url,
    jurisdiction: d.jurisdiction,
    primaryLanguage: d.primaryLanguage,
    ...(d.publisher ? { publisher: d.publisher } : {}),
    licenceGate: [],
    filters: {},
    organizationJurisdictions: d.organizationJurisdictions ?? {},
    ...(d.options ? { options: d.options } : {}),
  };
}

async function harvest(source: Source): Promise<{ records: MappedRecord[]; problems: string[]; pages: number }> {
  const records: MappedRecord[] = [];
  const problems: string[] = [];
  let pages = 0;
  for await (const page of source.list({})) {
    pages++;
    problems.push(...page.problems.map((p) => p.reason));
    for (const item of page.items) {
      const result = source.map(item);
      if (result.kind === 'record') records.push(result.record);
      else problems.push(`${item.remoteId}: ${result.reason}`);
    }
  }
  return { records, problems, pages };
}

describe('simulated provincial Hub', () => {
  const N = 730;
  let hub: SimulatedPortalHandle;
  let feed: SimulatedPortalHandle;
  beforeAll(async () => {
    hub = await startSimulatedHub({ records: N, seed: 7 });
    feed = await startSimulatedDataJson({ records: N, seed: 7 });
  });
  afterAll(async () => {
    await hub.close();
    await feed.close();
  });

  it('draws the same item for the same seed and index, and others for other seeds', () => {
    expect(hubItem(7, 123)).toEqual(hubItem(7, 123));
    expect(hubItem(8, 123).id).not.toBe(hubItem(7, 123).id);
    const ids = new Set(Array.from({ length: 500 }, (_, i) => hubItem(7, i).id));
    expect(ids.size).toBe(500);
  });

  it('describes itself as a sources.yaml entry of each kind', () => {
    expect(hub.description).toMatchObject({ type: 'arcgis-hub', records: N, jurisdiction: { level: 'provincial', code: 'CA-MB' }, options: { filter: { owner: 'Manitoba_Government' } } });
    expect(feed.description).toMatchObject({ type: 'datajson', records: N });
    expect(feed.description.url).toMatch(/\/data\.json$/);
  });

  it('is harvested whole through the v3 API, page by page', async () => {
    const { records, problems, pages } = await harvest(createHubSource(settingsOf(hub.description), fetchHttpClient()));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(N);
    expect(pages).toBe(Math.ceil(N / 100));
    expect(hub.requestCount('/api/v3/datasets')).toBe(pages);
  });

  it('hands the harvester groups of API pages when asked for bigger pages', async () => {
    const before = hub.requestCount('/api/v3/datasets');
    const sizes: number[] = [];
    const source = createHubSource(settingsOf(hub.description), fetchHttpClient(), { batch: 250 });
    for await (const page of source.list({})) sizes.push(page.items.length);
    expect(sizes).toEqual([300, 300, 130]);
    expect(hub.requestCount('/api/v3/datasets') - before).toBe(8);
  });

  it('is harvested whole through its streamed DCAT-US feed, after the legacy redirect', async () => {
    const { records, problems } = await harvest(createDataJsonSource(settingsOf(feed.description), fetchHttpClient(), { pageSize: 100 }));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(N);
    expect(feed.requestCount('/data.json')).toBe(1);
    expect(feed.requestCount('/api/feed/dcat-us/1.1.json')).toBe(1);
  });

  it('gives the same items through both APIs: titles, pages, distributions, boxes, licences', async () => {
    const fromHub = (await harvest(createHubSource(settingsOf(hub.description), fetchHttpClient()))).records;
    // The feed of the other server names the other port: compare paths.
    const fromFeed = new Map((await harvest(createDataJsonSource(settingsOf(feed.description), fetchHttpClient()))).records.map((r) => [new URL(r.provenance.landingPage ?? '').pathname, r]));
    const paths = (r: MappedRecord) => r.distributions.map((d) => `${d.format ?? ''} ${d.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')}`).sort();
    for (const r of fromHub) {
      const other = fromFeed.get(new URL(r.provenance.landingPage ?? '').pathname);
      expect(other, r.provenance.landingPage).toBeDefined();
      if (!other) continue;
      expect(other.title).toEqual(r.title);
      expect(other.description['en']?.replace(/127\.0\.0\.1:\d+/g, 'host')).toEqual(r.description['en']?.replace(/127\.0\.0\.1:\d+/g, 'host'));
      expect(paths(other)).toEqual(paths(r));
      expect(other.spatial).toEqual(r.spatial);
      // The feed gives a licence's URL where the API gives a link with its name: same licence.
      expect([other.licence?.id, other.licence?.url]).toEqual([r.licence?.id, r.licence?.url]);
      expect(other.publisher).toEqual(r.publisher);
      expect(other.issued).toEqual(r.issued);
    }
  });

  it('has the variety of a real provincial Hub', async () => {
    const { records } = await harvest(createHubSource(settingsOf(hub.description), fetchHttpClient()));
    const licences = new Set(records.map((r) => r.licence?.id ?? (r.licence ? 'kept' : 'none')));
    expect([...licences].sort()).toEqual(['MB-Geospatial-ODL', 'OpenMB', 'kept', 'none']);
    const formats = new Set(records.flatMap((r) => r.distributions.map((d) => d.format)));
    for (const f of ['HTML', 'ESRI REST', 'CSV', 'GEOJSON', 'KML', 'SHP']) expect(formats).toContain(f);
    expect(records.filter((r) => r.spatial === undefined).length).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r.publisher?.id)).size).toBeGreaterThan(5);
    expect(new Set(records.flatMap((r) => r.subjects)).size).toBeGreaterThan(5);
    expect(records.every((r) => (r.description['en'] ?? '').length > 50 && !/</.test(r.description['en'] ?? ''))).toBe(true);
  });
});
