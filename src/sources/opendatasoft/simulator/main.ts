// Starts the simulated Opendatasoft portal in its own process and prints its description as one
// JSON line on stdout (benchmarks harvest it without sharing a core with it). Runs until killed.
//   node dist/sources/opendatasoft/simulator/main.js --records N [--seed N] [--port N] [--host ADDRESS]
import { parseArgs } from 'node:util';
import { startOpendatasoftPortal } from './index.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { records: { type: 'string', default: '1000' }, seed: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, strict: true });
  const number = (text: string | undefined, name: string): number | undefined => {
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number, not ${text}`);
    return Number(text);
  };
  const records = number(values.records, 'records') ?? 1000;
  const seed = number(values.seed, 'seed');
  const port = number(values.port, 'port');
  const portal = await startOpendatasoftPortal({ records, ...(seed !== undefined ? { seed } : {}), ...(port !== undefined ? { port } : {}), ...(values.host ? { host: values.host } : {}) });
  process.stdout.write(`${JSON.stringify(portal.description)}\n`);
  const stop = (): void => {
    portal.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`opendatasoft simulator failed: ${(error as Error).message}\n`);
  process.exit(2);
});
