// The simulated Socrata site of the demo, the tests and the benchmarks: a Nova Scotia-like
// provincial catalogue (with the one municipality it hosts) served on loopback.
import type { PortalDescription, SimulatedPortalOptions, StartSimulatedPortal } from '../../simulator/portal.js';
import { SocrataCatalogue, SIMULATED_TYPES } from './catalogue.js';
import { startSocrataServer } from './server.js';
import { SITE_TITLE } from './vocabulary.js';

export { SocrataCatalogue, SIMULATED_TYPES, DEFAULT_SEED } from './catalogue.js';
export { startSocrataServer, SIMULATED_WALL, type SocrataServer, type SocrataServerOptions } from './server.js';
export { SIMULATED_DOMAIN } from './vocabulary.js';

export function describeSocrataPortal(url: string, records: number): PortalDescription {
  return {
    id: 'demo-nova-scotia',
    type: 'socrata',
    name: SITE_TITLE,
    url,
    jurisdiction: { level: 'provincial', code: 'CA-NS' },
    primaryLanguage: 'en',
    publisher: { id: 'government-of-nova-scotia', name: { en: 'Government of Nova Scotia', fr: 'Gouvernement de la Nouvelle-Écosse' } },
    organizationJurisdictions: { 'halifax-regional-municipality': { level: 'municipal', code: 'CA-NS', municipality: 'Halifax' } },
    // Datasets, maps and files are data; charts, filtered views, links and stories present it.
    options: { types: ['dataset', 'map', 'file'], licence: 'OGL-NS' },
    records,
  };
}

export const startSocrataPortal: StartSimulatedPortal = async (options: SimulatedPortalOptions) => {
  const catalogue = new SocrataCatalogue({ records: options.records, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  const server = await startSocrataServer(catalogue, {
    siteTitle: `${SITE_TITLE.en} | ${SITE_TITLE.fr}`,
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  return {
    description: describeSocrataPortal(server.url, catalogue.count()),
    requestCount: (path?: string) => server.requestCount(path),
    close: () => server.close(),
  };
};
