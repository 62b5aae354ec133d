// The site the browser tests visit: a catalogue harvested from every simulated portal kind plus
// a hostile CKAN portal, served the way `federa serve` serves it, on loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoConfigInput } from '../../../src/cli/commands/demo.js';
import { startDemoPortals, type DemoPortals } from '../../../src/cli/commands/demo-portals.js';
import { startServer, type RunningServer } from '../../../src/cli/commands/serve.js';
import { parseConfig, type FederaConfig } from '../../../src/harvest/config.js';
import { harvest } from '../../../src/harvest/harvester.js';
import type { JobReport } from '../../../src/harvest/report.js';
import { openCatalogue, type Catalogue } from '../../../src/search/catalogue.js';
import { startCkanServer, StaticCatalogue, type CkanServer } from '../../../src/sources/ckan/simulator/index.js';
import { HOSTILE_SOURCE, hostilePackages, plantedRecord } from './hostile-records.js';

/** Records over all the demo portals: enough for facets, paging and a map, harvested in seconds. */
const SITE_RECORDS = 1200;

export interface Site {
  /** The web server, without a trailing slash. */
  url: string;
  catalogue: Catalogue;
  config: FederaConfig;
  portals: DemoPortals;
  hostilePortal: CkanServer;
  jobs: JobReport[];
  close(): Promise<void>;
}

function hostileSource(url: string): Record<string, unknown> {
  return {
    id: HOSTILE_SOURCE,
    name: { en: 'Harbour <i>portal</i>', fr: 'Portail <i>du port</i>' },
    type: 'ckan',
    url,
    jurisdiction: { level: 'municipal', code: 'CA-NS', municipality: 'Halifax' },
    primaryLanguage: 'en',
    schedule: 'manual',
    allowPrivateNetwork: true,
  };
}

export async function startSite(): Promise<Site> {
  const portals = await startDemoPortals(SITE_RECORDS);
  const hostilePortal = await startCkanServer(new StaticCatalogue(hostilePackages()), { siteTitle: 'Harbour portal' });
  const dir = mkdtempSync(join(tmpdir(), 'federa-browser-'));
  const catalogue = openCatalogue({ path: join(dir, 'federa.db') });
  let server: RunningServer | undefined;
  const close = async () => {
    await server?.stop();
    await catalogue.close();
    await Promise.all([portals.close(), hostilePortal.close()]);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const input = demoConfigInput(portals.ckan, portals.others);
    const sources = [...(input.sources as Array<Record<string, unknown>>), hostileSource(hostilePortal.url)];
    const config = parseConfig({ ...input, sources }, 'browser tests (simulated portals)');
    const { jobs } = await harvest({ config, sink: catalogue.store, mode: 'full' });
    await catalogue.store.write([plantedRecord()]);
    server = await startServer(catalogue, config, { host: '127.0.0.1', port: 0, lang: 'en' });
    return { url: server.url.replace(/\/$/, ''), catalogue, config, portals, hostilePortal, jobs, close };
  } catch (error) {
    await close();
    throw error;
  }
}
