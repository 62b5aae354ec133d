import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePortal, portalSourceSettings, recordsPerPortal, startSimulatedPortals, type SimulatedPortals } from '../../../../src/sources/ckan/simulator/portals.js';

interface SearchEnvelope {
  result: { count: number; results: { id: string }[] };
}

describe('the three simulated demo portals', () => {
  let started: SimulatedPortals;

  beforeAll(async () => {
    started = await startSimulatedPortals({ records: 520, seed: 8 });
  });
  afterAll(() => started.close());

  it('describe what a sources config needs', () => {
    expect(started.portals.map(describePortal)).toEqual([
      expect.objectContaining({
        id: 'demo-federal',
        profile: 'federal',
        jurisdiction: { level: 'federal', code: 'CA' },
        primaryLanguage: 'bilingual',
        publisher: { id: 'gc', name: { en: 'Government of Canada', fr: 'Gouvernement du Canada' } },
      }),
      expect.objectContaining({ id: 'demo-quebec', profile: 'quebec', jurisdiction: { level: 'provincial', code: 'CA-QC' }, primaryLanguage: 'fr' }),
      expect.objectContaining({ id: 'demo-city', profile: 'city', jurisdiction: { level: 'municipal', code: 'CA-ON', municipality: 'Guelph' }, primaryLanguage: 'en' }),
    ]);
    for (const portal of started.portals) {
      expect(portal.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(portal.name.en).not.toBe('');
      expect(portal.name.fr).not.toBe(portal.name.en);
      expect(describePortal(portal)).not.toHaveProperty('server');
    }
  });

  it('give the settings of a CKAN source harvesting them', () => {
    const quebec = started.portals[1];
    if (!quebec) throw new Error('no portal');
    expect(portalSourceSettings(quebec)).toEqual({
      id: 'demo-quebec',
      name: quebec.name,
      type: 'ckan',
      url: quebec.url,
      jurisdiction: { level: 'provincial', code: 'CA-QC' },
      publisher: quebec.publisher,
      primaryLanguage: 'fr',
      licenceGate: [],
      filters: {},
      organizationJurisdictions: quebec.organizationJurisdictions,
    });
  });

  it('map the aggregator cities and the federated provinces to their jurisdictions', () => {
    const [federal, quebec] = started.portals;
    expect(quebec?.organizationJurisdictions['ville-de-montreal']).toEqual({ level: 'municipal', code: 'CA-QC', municipality: 'Montréal' });
    expect(quebec?.organizationJurisdictions['ville-de-gatineau']?.municipality).toBe('Gatineau');
    expect(quebec?.organizationJurisdictions['ministere-des-finances']).toBeUndefined();
    expect(federal?.organizationJurisdictions['bc-cb']).toEqual({ level: 'provincial', code: 'CA-BC' });
  });

  it('share the records in the demo proportions and serve them', async () => {
    expect(started.portals.map((p) => p.records)).toEqual([250, 180, 90]);
    const ids = new Set<string>();
    for (const portal of started.portals) {
      const response = await fetch(`${portal.url}/api/3/action/package_search?q=*:*&rows=1000`);
      const body = (await response.json()) as SearchEnvelope;
      expect(body.result.count).toBe(portal.records);
      for (const { id } of body.result.results) ids.add(id);
    }
    // The federal portal's copies of Québec records keep their ids.
    const federal = started.portals[0]!;
    expect(federal.republished).toEqual({ from: 'demo-quebec', records: 18 });
    expect(ids.size).toBe(520 - 18);
  });

  it('republish one Québec record in ten on the federal portal, as open.canada.ca federates them', () => {
    const [federal, quebec] = started.portals;
    let copies = 0;
    for (let position = 0; position < federal!.records; position++) {
      const pkg = federal!.catalogue.at(position)!;
      const original = quebec!.catalogue.get(pkg.id);
      if (!original) continue;
      copies++;
      expect(pkg).toMatchObject({ collection: 'federated', jurisdiction: 'provincial', license_id: 'qc-cc-by', type: 'dataset' });
      expect((pkg.title_translated as Record<string, string>).fr).toBe(original.title);
      const urls = (pkg.resources as { url: string }[]).map((r) => r.url);
      for (const resource of original.resources as { url: string }[]) expect(urls).toContain(resource.url);
      expect(urls).toContain(`${quebec!.url}/dataset/${String(original.name)}`);
      expect(String(pkg.metadata_modified) > String(original.metadata_modified)).toBe(true);
    }
    expect(copies).toBe(18);
  });

  it('close every server', async () => {
    const other = await startSimulatedPortals({ portals: ['city'], records: 3 });
    const url = other.portals[0]?.url;
    await other.close();
    await expect(fetch(`${url}/api/3/action/status_show`)).rejects.toThrow();
  });
});

describe('records per portal', () => {
  it('defaults to the demo sizes: more than 5,000 datasets', () => {
    const sizes = recordsPerPortal(['federal', 'quebec', 'city'], undefined);
    expect(sizes).toEqual({ federal: 2500, quebec: 1800, city: 900 });
    expect(sizes.federal + sizes.quebec + sizes.city).toBeGreaterThanOrEqual(5000);
  });

  it('splits a total exactly, or takes explicit counts', () => {
    const sizes = recordsPerPortal(['federal', 'city'], 100_001);
    expect(sizes.federal + sizes.city).toBe(100_001);
    expect(sizes.quebec).toBe(0);
    expect(recordsPerPortal(['quebec'], { quebec: 7 })).toEqual({ federal: 0, quebec: 7, city: 0 });
  });
});
