// The Socrata kind end to end through the harvester: the simulated site, a full run, changes at
// the site, a second full run.
import { afterEach, describe, expect, it } from 'vitest';
import { runJob } from '../../../src/harvest/run-job.js';
import { SocrataCatalogue, startSocrataServer, type SocrataServer } from '../../../src/sources/socrata/simulator/index.js';
import { describeSocrataPortal } from '../../../src/sources/socrata/simulator/index.js';
import { socrataKind } from '../../../src/sources/socrata/index.js';
import { fetchHttpClient } from '../../helpers/http-client.js';
import { MemorySink } from '../../helpers/memory-sink.js';
import { sourceConfig } from '../../helpers/source-config.js';

let server: SocrataServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function simulated(records: number, licenceGate: string[] = []) {
  const catalogue = new SocrataCatalogue({ records, now: () => new Date('2026-01-01T00:00:00Z') });
  server = await startSocrataServer(catalogue);
  const d = describeSocrataPortal(server.url, records);
  const config = sourceConfig({
    id: d.id,
    name: d.name,
    type: 'socrata',
    url: d.url,
    jurisdiction: d.jurisdiction,
    primaryLanguage: d.primaryLanguage,
    ...(d.publisher ? { publisher: d.publisher } : {}),
    organizationJurisdictions: d.organizationJurisdictions ?? {},
    ...(d.options ? { options: d.options } : {}),
    licenceGate,
  });
  socrataKind.parseOptions(config.options ?? {});
  const source = socrataKind.create(config, fetchHttpClient(), { pageSize: 100 });
  return { catalogue, config, source };
}

describe('harvesting a Socrata site', () => {
  it('harvests the asked types, then sees what changed, what went and what came', async () => {
    const { catalogue, config, source } = await simulated(400);
    const sink = new MemorySink();
    const first = await runJob({ source, config, sink, mode: 'full' });
    const wanted = catalogue.select(new Set(['dataset', 'map', 'file']), 'natural');
    expect(first.status).toBe('succeeded');
    expect(first.counts.seen).toBe(wanted.length);
    expect(first.counts.added).toBe(wanted.length);
    const records = [...sink.rows.values()].map((row) => row.record);
    expect(records.every((r) => r.title.en !== undefined && r.provenance.landingPage?.startsWith('https://data.novascotia.example/d/'))).toBe(true);
    expect(records.filter((r) => r.jurisdiction.municipality === 'Halifax').length).toBeGreaterThan(0);
    expect(records.filter((r) => r.licence?.id === 'OGL-NS').length).toBeGreaterThan(wanted.length * 0.9);
    expect(records.filter((r) => r.frequency !== undefined).length).toBeGreaterThan(wanted.length * 0.6);
    expect(records.filter((r) => r.distributions.length > 0).length).toBeGreaterThan(wanted.length * 0.95);

    const ids = Array.from(wanted, (slot) => catalogue.idAt(slot));
    catalogue.touch(ids[0] ?? '');
    catalogue.remove(ids[1] ?? '');
    catalogue.add();
    const second = await runJob({ source, config, sink, mode: 'full' });
    expect(second.counts).toMatchObject({ updated: 1, withdrawn: 1, unchanged: wanted.length - 2 });
    expect(second.counts.seen - second.counts.unchanged - second.counts.updated).toBe(second.counts.added);
    expect(sink.rows.get(`${config.id}:${ids[1] ?? ''}`)?.withdrawnAt).toBeDefined();
  });

  it("admits records under the licence gate, those without a licence by the source's own", async () => {
    const { config, source } = await simulated(300, ['OGL-NS']);
    const sink = new MemorySink();
    const report = await runJob({ source, config, sink, mode: 'full' });
    // "Creative Commons Attribution 4.0" and crown copyright records stay out
    expect(report.counts.skippedByLicence).toBeGreaterThan(0);
    expect(report.counts.added + report.counts.skippedByLicence).toBe(report.counts.seen);
    expect([...sink.rows.values()].every((row) => row.record.licence?.id === 'OGL-NS')).toBe(true);
  });
});
