// Starts the simulated Socrata site in its own process and prints its description as one JSON
// line on stdout (benchmarks harvest it without sharing a core with it). Runs until killed.
//   node dist/sources/socrata/simulator/main.js --records N [--seed N] [--port N] [--host ADDRESS] [--all-types]
// `--all-types` configures the description to harvest every asset type, so that all N are records.
import { parseArgs } from 'node:util';
import { SIMULATED_TYPES, startSocrataPortal } from './index.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { records: { type: 'string', default: '1000' }, seed: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'all-types': { type: 'boolean' } },
    strict: true,
  });
  const number = (text: string | undefined, name: string): number | undefined => {
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number, not ${text}`);
    return Number(text);
  };
  const records = number(values.records, 'records') ?? 1000;
  const seed = number(values.seed, 'seed');
  const port = number(values.port, 'port');
  const portal = await startSocrataPortal({ records, ...(seed !== undefined ? { seed } : {}), ...(port !== undefined ? { port } : {}), ...(values.host ? { host: values.host } : {}) });
  const description = values['all-types'] ? { ...portal.description, options: { ...portal.description.options, types: [...SIMULATED_TYPES] } } : portal.description;
  process.stdout.write(`${JSON.stringify(description)}\n`);
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
  process.stderr.write(`socrata simulator failed: ${(error as Error).message}\n`);
  process.exit(2);
});
