// The Opendatasoft kind end to end through the harvester: the simulated portal, a full run,
// changes at the portal, a second full run, an incremental run.
import { afterEach, describe, expect, it } from 'vitest';
import { runJob } from '../../../src/harvest/run-job.js';
import { opendatasoftKind } from '../../../src/sources/opendatasoft/index.js';
import { describeOdsPortal, OdsCatalogue, startOdsServer, type OdsServer } from '../../../src/sources/opendatasoft/simulator/index.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { MemorySink } from '../../helpers/memory-sink.js';
import { sourceConfig } from '../../helpers/source-config.js';

let server: OdsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function simulated(records: number, licenceGate: string[] = []) {
  let clock = new Date('2026-01-01T00:00:00Z');
  const catalogue = new OdsCatalogue({ records, now: () => clock });
  server = await startOdsServer(catalogue);
  const d = describeOdsPortal(server.url, records);
  const config = sourceConfig({
    id: d.id,
    name: d.name,
    type: 'opendatasoft',
    url: d.url,
    jurisdiction: d.jurisdiction,
    primaryLanguage: d.primaryLanguage,
    ...(d.publisher ? { publisher: d.publisher } : {}),
    ...(d.options ? { options: d.options } : {}),
    licenceGate,
  });
  opendatasoftKind.parseOptions(config.options ?? {});
  const source = opendatasoftKind.create(config, fetchHttpClient(), { pageSize: 500 });
  return { catalogue, config, source, setClock: (at: string) => (clock = new Date(at)) };
}

describe('harvesting an Opendatasoft portal', () => {
  it('harvests every dataset, then sees what changed, what went and what came', async () => {
    const { catalogue, config, source, setClock } = await simulated(260);
    const sink = new MemorySink();
    const first = await runJob({ source, config, sink, mode: 'full', now: () => new Date('2026-01-01T00:00:00Z') });
    expect(first.status).toBe('succeeded');
    expect(first.counts).toMatchObject({ seen: 260, added: 260, failed: 0 });
    const records = [...sink.rows.values()].map((row) => row.record);
    expect(records.every((r) => r.title.en !== undefined && r.jurisdiction.municipality === 'Vancouver')).toBe(true);
    expect(records.filter((r) => r.licence?.id === 'OGL-Vancouver').length).toBeGreaterThan(240);
    expect(records.filter((r) => r.spatial?.bbox !== undefined).length).toBeGreaterThan(0);
    expect(records.filter((r) => r.distributions.some((d) => d.format === 'GEOJSON')).length).toBeGreaterThan(0);
    expect(records.filter((r) => r.publisher?.id === 'engineering-services').length).toBeGreaterThan(0);

    const ids = Array.from(catalogue.live(), (slot) => catalogue.idAt(slot));
    setClock('2026-02-01T00:00:00Z');
    catalogue.touch(ids[0] ?? '');
    catalogue.remove(ids[1] ?? '');
    catalogue.add();
    const second = await runJob({ source, config, sink, mode: 'full', now: () => new Date('2026-02-01T01:00:00Z') });
    expect(second.counts).toMatchObject({ seen: 260, added: 1, updated: 1, withdrawn: 1, unchanged: 258 });

    setClock('2026-03-01T00:00:00Z');
    catalogue.touch(ids[2] ?? '');
    const third = await runJob({ source, config, sink, mode: 'incremental', now: () => new Date('2026-03-01T01:00:00Z') });
    // only what moved since the last run, with an hour of overlap (which brings back the two
    // datasets of the second run, unchanged since), is even looked at
    expect(third.mode).toBe('incremental');
    expect(third.counts).toMatchObject({ seen: 3, updated: 1, unchanged: 2, withdrawn: 0 });
  });

  it("admits datasets under the licence gate, those without a licence by the source's own", async () => {
    const { config, source } = await simulated(200, ['OGL-Vancouver']);
    const sink = new MemorySink();
    const report = await runJob({ source, config, sink, mode: 'full' });
    expect(report.counts.skippedByLicence).toBeGreaterThan(0);
    expect(report.counts.added + report.counts.skippedByLicence).toBe(200);
    expect([...sink.rows.values()].every((row) => row.record.licence?.id === 'OGL-Vancouver')).toBe(true);
  });
});
