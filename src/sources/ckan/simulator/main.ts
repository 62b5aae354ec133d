// Starts simulated CKAN portals in their own process and prints their descriptors as one JSON
// line on stdout, so that benchmarks harvest them without sharing a core with the simulator.
// Runs until killed.
import { parseSimulatorArgs, USAGE } from './cli-options.js';
import { describePortal, startSimulatedPortals } from './portals.js';

async function main(): Promise<void> {
  let options;
  try {
    options = parseSimulatorArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const started = await startSimulatedPortals(options);
  process.stdout.write(`${JSON.stringify({ portals: started.portals.map(describePortal) })}\n`);
  const stop = (): void => {
    started.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`simulator failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
