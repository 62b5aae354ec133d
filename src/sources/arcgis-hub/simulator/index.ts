// The simulated provincial ArcGIS Hub, harvested through its v3 API (the demo, tests, benchmarks).
import type { PortalDescription, SimulatedPortalHandle, StartSimulatedPortal } from '../../simulator/portal.js';
import { HUB_OWNER } from './items.js';
import { startHubServer, type HubServer } from './server.js';

export { hubItem, DEFAULT_SEED, type HubItem } from './items.js';
export { startHubServer, FEED_PATH, V3_PATH, SITE_TITLE, type HubServer, type HubServerOptions } from './server.js';

/** What a source harvesting the simulated Hub is configured with, whatever the API. */
export function manitobaHubDescription(server: HubServer, type: string, url: string, records: number): PortalDescription {
  const datajson = type === 'datajson';
  return {
    id: datajson ? 'demo-manitoba-datajson' : 'demo-manitoba-hub',
    type,
    name: datajson
      ? { en: 'Manitoba GeoPortal, DCAT-US feed (simulated)', fr: 'Géoportail du Manitoba, flux DCAT-US (simulation)' }
      : { en: 'Manitoba GeoPortal (simulated)', fr: 'Géoportail du Manitoba (simulation)' },
    url,
    jurisdiction: { level: 'provincial', code: 'CA-MB' },
    primaryLanguage: 'en',
    publisher: { id: 'government-of-manitoba', name: { en: 'Government of Manitoba', fr: 'Gouvernement du Manitoba' } },
    ...(datajson ? {} : { options: { filter: { owner: HUB_OWNER } } }),
    records,
  };
}

function handle(server: HubServer, description: PortalDescription): SimulatedPortalHandle {
  return { description, requestCount: server.requestCount, close: server.close };
}

export const startSimulatedHub: StartSimulatedPortal = async (options) => {
  const server = await startHubServer(options);
  return handle(server, manitobaHubDescription(server, 'arcgis-hub', server.url, options.records));
};

export { handle as hubPortalHandle };
