// Onboarding a portal of any kind: `federa sources detect` recognizes each kind's simulated portal,
// and the sources.yaml entry it prints (YAML text with its "# check" marks) is one that
// `parseConfig` accepts as it is.
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { entryYaml } from '../../src/cli/commands/detect.js';
import { suggestedEntry } from '../../src/harvest/detect.js';
import { parseConfig } from '../../src/harvest/config.js';
import { detectSource } from '../../src/harvest/detect.js';
import { KINDS } from '../../src/harvest/kinds.js';
import { startSimulatedHub } from '../../src/sources/arcgis-hub/simulator/index.js';
import { GeneratedCatalogue, startCkanServer } from '../../src/sources/ckan/simulator/index.js';
import { startSimulatedPortal as startCswPortal } from '../../src/sources/csw/simulator/index.js';
import { startSimulatedDataJson } from '../../src/sources/datajson/simulator/index.js';
import { startDcatPortal } from '../../src/sources/dcat/simulator/index.js';
import { startOpendatasoftPortal } from '../../src/sources/opendatasoft/simulator/index.js';
import type { StartSimulatedPortal } from '../../src/sources/simulator/portal.js';
import { startSocrataPortal } from '../../src/sources/socrata/simulator/index.js';
import { fetchHttpClient } from '../helpers/http-client.js';

interface Running {
  url: string;
  close(): Promise<void>;
}

const RECORDS = 30;

function simulated(start: StartSimulatedPortal): () => Promise<Running> {
  return async () => {
    const handle = await start({ records: RECORDS });
    return { url: handle.description.url, close: () => handle.close() };
  };
}

/** A simulated portal of each kind, started on loopback. */
const PORTALS: Record<string, () => Promise<Running>> = {
  ckan: async () => startCkanServer(new GeneratedCatalogue({ profile: 'quebec', records: RECORDS }), { siteTitle: 'Données Québec' }),
  csw: simulated(startCswPortal),
  'arcgis-hub': simulated(startSimulatedHub),
  socrata: simulated(startSocrataPortal),
  opendatasoft: simulated(startOpendatasoftPortal),
  datajson: simulated(startSimulatedDataJson),
  dcat: simulated(startDcatPortal),
};

let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('the entry `federa sources detect` prints, for every kind', () => {
  it('has a simulated portal for every kind Federa harvests', () => {
    expect(Object.keys(PORTALS).sort()).toEqual(KINDS.map((k) => k.kind).sort());
  });

  for (const { kind } of KINDS) {
    it(`${kind}: is recognized and its printed entry is accepted by parseConfig`, async () => {
      const start = PORTALS[kind];
      if (start === undefined) throw new Error(`no simulated portal of kind ${kind}`);
      running = await start();
      const report = await detectSource(running.url, fetchHttpClient());
      const detection = report.found.find((d) => d.kind === kind);
      expect(detection, `${kind} not recognized at ${running.url}: ${JSON.stringify(report.tried)}`).toBeDefined();

      const printed = entryYaml(suggestedEntry(detection!, true));
      expect(printed).toMatch(/# check/);
      const entries: unknown = parse(printed);
      expect(Array.isArray(entries) && entries.length === 1).toBe(true);
      const config = parseConfig({ sources: entries }, 'detected');
      const source = config.sources[0]!;
      expect(source).toMatchObject({ type: kind, url: detection!.url, allowPrivateNetwork: true, enabled: true });
      expect(source.options ?? {}).toEqual(detection!.options ?? {});
      expect(source.schedule.incrementalMs).toBeGreaterThan(0);
    });
  }
});
