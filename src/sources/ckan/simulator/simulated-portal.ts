// The CKAN kind's entry in the simulator registry: one portal (the English-only city, which needs
// no filter), for tests and benchmarks that want a portal of each kind. The demo starts all three.
import type { StartSimulatedPortal } from '../../simulator/portal.js';
import { startSimulatedPortals } from './portals.js';

export const startSimulatedCkan: StartSimulatedPortal = async (options) => {
  const started = await startSimulatedPortals({
    portals: ['city'],
    records: { city: options.records },
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  const portal = started.portals[0]!;
  return {
    description: {
      id: portal.id,
      type: 'ckan',
      name: portal.name,
      url: portal.url,
      jurisdiction: portal.jurisdiction,
      primaryLanguage: portal.primaryLanguage,
      publisher: portal.publisher,
      organizationJurisdictions: portal.organizationJurisdictions,
      records: portal.records,
    },
    requestCount: (path) => portal.server.requestCount(path),
    close: () => started.close(),
  };
};
