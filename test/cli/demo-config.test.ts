// The demo's portals and configuration: a simulated portal of every kind the harvester knows.
import { describe, expect, it } from 'vitest';
import { demoConfig } from '../../src/cli/commands/demo.js';
import { demoRecords, minimumDemoRecords, otherDemoKinds, startDemoPortals } from '../../src/cli/commands/demo-portals.js';
import { kindNames } from '../../src/harvest/kinds.js';
import { DEMO_RECORDS } from '../../src/sources/ckan/simulator/index.js';
import { simulatedKinds, simulatorOf } from '../../src/sources/simulators.js';

describe('the simulator registry', () => {
  it('has a simulator for every kind the harvester knows, and none for a kind it does not', () => {
    expect([...simulatedKinds()].sort()).toEqual([...kindNames()].sort());
    expect(simulatorOf('ftp')).toBeUndefined();
    expect(simulatorOf('toString')).toBeUndefined();
  });

  it('starts a portal of each kind that describes itself as that kind', async () => {
    for (const kind of simulatedKinds()) {
      const portal = await simulatorOf(kind)!({ records: 2 });
      try {
        expect(portal.description.type).toBe(kind);
        expect(portal.description.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      } finally {
        await portal.close();
      }
    }
  });
});

describe('demo records', () => {
  const ckanDefault = Object.values(DEMO_RECORDS).reduce((sum, n) => sum + n, 0);

  it('keeps the CKAN portals’ default sizes and adds a smaller portal of every other kind', () => {
    const split = demoRecords();
    expect(split.ckan).toBe(ckanDefault);
    expect(split.perKind).toBeGreaterThan(0);
    expect(split.perKind).toBeLessThan(split.ckan / 3);
  });

  it('shares a total, the CKAN portals keeping the bulk and every other kind at least one', () => {
    for (const total of [minimumDemoRecords(), 50, 1000, 123_457]) {
      const split = demoRecords(total);
      expect(split.ckan + split.perKind * otherDemoKinds().length).toBe(total);
      expect(split.perKind).toBeGreaterThanOrEqual(1);
      expect(split.ckan).toBeGreaterThanOrEqual(Object.keys(DEMO_RECORDS).length);
      expect(split.ckan).toBeGreaterThan(split.perKind);
    }
  });

  it('refuses fewer records than portals', () => {
    expect(() => demoRecords(minimumDemoRecords() - 1)).toThrow(RangeError);
    expect(() => demoRecords(2.5 * minimumDemoRecords())).toThrow(RangeError);
  });
});

describe('the demo configuration', () => {
  it('has the three CKAN portals and one source of every other kind, with distinct ids, and parses', async () => {
    const portals = await startDemoPortals(minimumDemoRecords());
    try {
      const config = demoConfig(portals.ckan, portals.others);
      const kinds = config.sources.map((s) => s.type);
      for (const kind of kindNames()) expect(kinds.filter((k) => k === kind)).toHaveLength(kind === 'ckan' ? 3 : 1);
      expect(new Set(config.sources.map((s) => s.id)).size).toBe(config.sources.length);
      expect(config.sources.every((s) => s.allowPrivateNetwork && s.enabled)).toBe(true);
      for (const other of portals.others) {
        const source = config.sources.find((s) => s.id === other.id)!;
        expect(source).toMatchObject({ type: other.type, url: other.url, jurisdiction: other.jurisdiction, primaryLanguage: other.primaryLanguage });
        if (other.options) expect(source.options).toEqual(other.options);
      }
    } finally {
      await portals.close();
    }
  });
});
