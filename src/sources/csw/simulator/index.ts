// The simulated Federal Geospatial Platform CSW, for the demo, the tests and the benchmarks.
import type { StartSimulatedPortal } from '../../simulator/portal.js';
import { startCswSimulator } from './server.js';

export { startCswSimulator, CSW_PATH, type CswSimulator, type CswSimulatorOptions } from './server.js';
export { drawRecord, DEFAULT_SEED } from './draft-record.js';
export { hnapXml } from './hnap-xml.js';

export const startSimulatedPortal: StartSimulatedPortal = async (options) => {
  const simulator = await startCswSimulator({
    records: options.records,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  return {
    description: {
      id: 'demo-fgp',
      type: 'csw',
      name: { en: 'Federal Geospatial Platform (simulated)', fr: 'Plateforme géospatiale fédérale (simulation)' },
      url: simulator.url,
      jurisdiction: { level: 'federal', code: 'CA' },
      primaryLanguage: 'bilingual',
      publisher: { id: 'government-of-canada', name: { en: 'Government of Canada', fr: 'Gouvernement du Canada' } },
      options: { maxRecords: 50, recordUrl: `${simulator.siteUrl}/geonetwork/srv/eng/catalog.search#/metadata/{id}` },
      records: options.records,
    },
    requestCount: (path) => simulator.requestCount(path),
    close: () => simulator.close(),
  };
};
