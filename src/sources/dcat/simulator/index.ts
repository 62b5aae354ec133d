// The DCAT portal simulator: a bilingual federal DCAT-AP catalogue on loopback, for the demo,
// the tests and the benchmarks.
import type { StartSimulatedPortal } from '../../simulator/portal.js';
import { startDcatServer } from './server.js';

export { DEFAULT_PAGE_SIZE, DEFAULT_SEED, MAX_PAGE_SIZE, startDcatServer, type DcatServer, type DcatServerOptions } from './server.js';
export { simulatedDataset, SITE_URL } from './profile.js';

export const startDcatPortal: StartSimulatedPortal = async (options) => {
  const server = await startDcatServer(options);
  return {
    description: {
      id: 'demo-dcat',
      type: 'dcat',
      name: { en: 'Federal DCAT-AP feed (simulated)', fr: 'Flux DCAT-AP fédéral (simulé)' },
      url: `${server.url}/catalog`,
      jurisdiction: { level: 'federal', code: 'CA' },
      primaryLanguage: 'bilingual',
      publisher: { id: 'gc', name: { en: 'Government of Canada', fr: 'Gouvernement du Canada' } },
      records: options.records,
    },
    requestCount: server.requestCount,
    close: server.close,
  };
};
