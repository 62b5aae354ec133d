// Both kinds through the harvester's job runner, over the simulated Hub: a first full run adds
// every record; a second one finds them all unchanged (stable hashes of streamed records, stamps
// of v3 records); a record gone from the source is withdrawn. And their sources.yaml entries load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../src/harvest/config.js';
import { runJob } from '../../../../src/harvest/run-job.js';
import { createHubSource } from '../../../../src/sources/arcgis-hub/source.js';
import { startSimulatedHub } from '../../../../src/sources/arcgis-hub/simulator/index.js';
import { createDataJsonSource } from '../../../../src/sources/datajson/source.js';
import { startSimulatedDataJson } from '../../../../src/sources/datajson/simulator/index.js';
import type { SimulatedPortalHandle } from '../../../../src/sources/simulator/portal.js';
import type { Source } from '../../../../src/sources/source.js';
import { fetchHttpClient } from '../../../helpers/http-client.js';
import { MemorySink } from '../../../helpers/memory-sink.js';

const N = 450;

function configOf(portal: SimulatedPortalHandle) {
  const d = portal.description;
  const parsed = parseConfig(
    { sources: [{ id: d.id, name: d.name, type: d.type, url: d.url, jurisdiction: d.jurisdiction, publisher: d.publisher, primaryLanguage: d.primaryLanguage, allowPrivateNetwork: true, ...(d.options ? { options: d.options } : {}) }] },
    'test.yaml',
  );
  const config = parsed.sources[0];
  if (!config) throw new Error('no source');
  return config;
}

describe.each([
  ['datajson', startSimulatedDataJson, (c: ReturnType<typeof configOf>) => createDataJsonSource(c, fetchHttpClient(), { pageSize: 100 })],
  ['arcgis-hub', startSimulatedHub, (c: ReturnType<typeof configOf>) => createHubSource(c, fetchHttpClient())],
] as const)('%s through the job runner', (_kind, start, create) => {
  let portal: SimulatedPortalHandle;
  beforeAll(async () => {
    portal = await start({ records: N, seed: 3 });
  });
  afterAll(() => portal.close());

  it('adds every record, then finds them unchanged', async () => {
    const config = configOf(portal);
    const sink = new MemorySink();
    const source: Source = create(config);
    const first = await runJob({ source, config, sink, mode: 'full' });
    expect(first.problems).toEqual([]);
    expect(first.status).toBe('succeeded');
    expect(first.counts).toMatchObject({ seen: N, added: N, failed: 0 });
    const writes = sink.writes;
    const second = await runJob({ source: create(config), config, sink, mode: 'full' });
    expect(second.counts).toMatchObject({ seen: N, unchanged: N, added: 0, updated: 0, withdrawn: 0 });
    expect(sink.writes).toBe(writes);
    expect(sink.active(config.id).every((r) => r.jurisdiction.code === 'CA-MB')).toBe(true);
  });
});

describe('sources.yaml entries of both kinds', () => {
  const base = { name: { en: 'Hub', fr: 'Hub' }, url: 'https://geoportal.gov.mb.ca', jurisdiction: { level: 'provincial', code: 'CA-MB' }, primaryLanguage: 'en' };

  it('load with their options, and a bad option names its field', () => {
    const ok = parseConfig({ sources: [{ ...base, id: 'mb', type: 'arcgis-hub', options: { filter: { owner: 'Manitoba_Government' } } }, { ...base, id: 'mb-feed', type: 'datajson', url: 'https://geoportal.gov.mb.ca/api/feed/dcat-us/1.1.json' }] }, 'sources.yaml');
    expect(ok.sources.map((s) => [s.type, s.options])).toEqual([['arcgis-hub', { filter: { owner: 'Manitoba_Government' } }], ['datajson', undefined]]);
    expect(() => parseConfig({ sources: [{ ...base, id: 'mb', type: 'arcgis-hub', options: { filter: { owner: ['a'] } } }] }, 'sources.yaml')).toThrow(
      'sources.yaml: source "mb" (sources[0]): field "options.filter.owner": expected one value (text, a number or true/false)',
    );
    expect(() => parseConfig({ sources: [{ ...base, id: 'mb', type: 'datajson', options: { rows: 5 } }] }, 'sources.yaml')).toThrow(/field "options.rows": data.json sources take no options/);
  });
});
