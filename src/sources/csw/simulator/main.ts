// Runs the simulated CSW in its own process (benchmarks): prints one JSON line describing the
// portal, then serves until killed.
// Usage: node dist/sources/csw/simulator/main.js [--records 100000] [--seed N] [--port N]
import { parseArgs } from 'node:util';
import { startSimulatedPortal } from './index.js';

const { values } = parseArgs({ options: { records: { type: 'string', default: '10000' }, seed: { type: 'string' }, port: { type: 'string' } } });
const records = Number(values.records);
if (!Number.isInteger(records) || records < 0) {
  process.stderr.write(`--records must be a whole number, not ${values.records}\n`);
  process.exit(2);
}
const portal = await startSimulatedPortal({
  records,
  ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
  ...(values.port !== undefined ? { port: Number(values.port) } : {}),
});
process.stdout.write(`${JSON.stringify({ portals: [portal.description] })}\n`);
const stop = () => void portal.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
