// `node dist/sources/arcgis-hub/simulator/main.js --records N`: the simulated Hub (v3 API).
import { runSimulatedPortal } from './cli.js';
import { startSimulatedHub } from './index.js';

runSimulatedPortal(startSimulatedHub, process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`simulator failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
