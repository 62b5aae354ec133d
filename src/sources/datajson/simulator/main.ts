// `node dist/sources/datajson/simulator/main.js --records N`: the simulated DCAT-US feed.
import { runSimulatedPortal } from '../../arcgis-hub/simulator/cli.js';
import { startSimulatedDataJson } from './index.js';

runSimulatedPortal(startSimulatedDataJson, process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`simulator failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
