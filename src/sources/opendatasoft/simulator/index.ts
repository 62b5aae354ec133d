// The simulated Opendatasoft portal of the demo, the tests and the benchmarks: a Vancouver-like
// municipal catalogue served on loopback.
import type { PortalDescription, SimulatedPortalOptions, StartSimulatedPortal } from '../../simulator/portal.js';
import { OdsCatalogue } from './catalogue.js';
import { startOdsServer } from './server.js';
import { SITE_TITLE } from './vocabulary.js';

export { OdsCatalogue, DEFAULT_SEED } from './catalogue.js';
export { startOdsServer, SIMULATED_WINDOW, type OdsServer, type OdsServerOptions } from './server.js';

export function describeOdsPortal(url: string, records: number): PortalDescription {
  return {
    id: 'demo-vancouver',
    type: 'opendatasoft',
    name: SITE_TITLE,
    url,
    jurisdiction: { level: 'municipal', code: 'CA-BC', municipality: 'Vancouver' },
    primaryLanguage: 'en',
    publisher: { id: 'city-of-vancouver', name: { en: 'City of Vancouver', fr: 'Ville de Vancouver' } },
    options: { licence: 'OGL-Vancouver' },
    records,
  };
}

export const startOpendatasoftPortal: StartSimulatedPortal = async (options: SimulatedPortalOptions) => {
  const catalogue = new OdsCatalogue({ records: options.records, ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  const server = await startOdsServer(catalogue, {
    siteTitle: `${SITE_TITLE.en} | ${SITE_TITLE.fr}`,
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  return {
    description: describeOdsPortal(server.url, catalogue.count()),
    requestCount: (path?: string) => server.requestCount(path),
    close: () => server.close(),
  };
};
