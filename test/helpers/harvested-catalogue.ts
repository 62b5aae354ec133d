// A catalogue harvested from simulated CKAN portals on loopback, for tests of the faces.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConfig } from '../../src/cli/commands/demo.js';
import type { FederaConfig } from '../../src/harvest/config.js';
import { harvest } from '../../src/harvest/harvester.js';
import type { JobReport } from '../../src/harvest/report.js';
import { openCatalogue, type Catalogue } from '../../src/search/catalogue.js';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';

export interface HarvestedCatalogue {
  catalogue: Catalogue;
  config: FederaConfig;
  portals: SimulatedPortals;
  jobs: JobReport[];
  dbPath: string;
  close(): Promise<void>;
}

export async function harvestedCatalogue(records: Record<'federal' | 'quebec' | 'city', number>): Promise<HarvestedCatalogue> {
  const portals = await startSimulatedPortals({ records });
  const config = demoConfig(portals.portals);
  const dbPath = join(mkdtempSync(join(tmpdir(), 'federa-faces-')), 'federa.db');
  const catalogue = openCatalogue({ path: dbPath });
  const { jobs } = await harvest({ config, sink: catalogue.store, mode: 'full' });
  return {
    catalogue,
    config,
    portals,
    jobs,
    dbPath,
    async close() {
      await catalogue.close();
      await portals.close();
    },
  };
}
