// The simulated data.json portal: the provincial Hub's DCAT-US feed, configured at its legacy
// `/data.json` path (which redirects to the feed), streamed without being built in memory.
import { hubPortalHandle, manitobaHubDescription, startHubServer } from '../../arcgis-hub/simulator/index.js';
import type { StartSimulatedPortal } from '../../simulator/portal.js';

export const startSimulatedDataJson: StartSimulatedPortal = async (options) => {
  const server = await startHubServer(options);
  return hubPortalHandle(server, manitobaHubDescription(server, 'datajson', `${server.url}/data.json`, options.records));
};
