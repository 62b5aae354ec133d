// Runs a simulated portal in its own process and prints its description as one JSON line on
// stdout (`{"portals": [...]}`), so that benchmarks harvest it without sharing a core with it.
// Runs until killed. Arguments: --records N, --seed S, --port P, --host H.
import { parseArgs } from 'node:util';
import type { StartSimulatedPortal } from '../../simulator/portal.js';

export async function runSimulatedPortal(start: StartSimulatedPortal, argv: string[]): Promise<void> {
  let records: number;
  let seed: number | undefined;
  let port: number | undefined;
  let host: string | undefined;
  try {
    const { values } = parseArgs({ args: argv, options: { records: { type: 'string', default: '1000' }, seed: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } } });
    records = Number(values.records);
    if (!Number.isInteger(records) || records < 0) throw new Error(`--records must be a whole number, not "${values.records}"`);
    if (values.seed !== undefined) seed = Number(values.seed);
    if (values.port !== undefined) port = Number(values.port);
    host = values.host;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: --records N [--seed S] [--port P] [--host H]\n`);
    process.exit(2);
  }
  const portal = await start({ records, ...(seed !== undefined ? { seed } : {}), ...(port !== undefined ? { port } : {}), ...(host !== undefined ? { host } : {}) });
  process.stdout.write(`${JSON.stringify({ portals: [portal.description] })}\n`);
  const stop = (): void => {
    portal.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
