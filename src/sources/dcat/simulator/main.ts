// Starts the simulated DCAT catalogue in its own process and prints its portal description as one
// JSON line on stdout (`{"portals": [...]}`), so that benchmarks harvest it without sharing a
// core with it. Runs until killed.
//   node dist/sources/dcat/simulator/main.js [--records N] [--seed N] [--port N] [--host ADDRESS] [--page-size N]
import { parseArgs } from 'node:util';
import { startDcatPortal } from './index.js';

function whole(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`--${option} must be a whole number, not ${text}`);
  return Number(text);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { records: { type: 'string' }, seed: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'page-size': { type: 'string' } },
    strict: true,
  });
  const portal = await startDcatPortal({
    records: whole(values.records, 'records', 1000),
    seed: whole(values.seed, 'seed', 20_240_601),
    port: whole(values.port, 'port', 0),
    ...(values.host !== undefined ? { host: values.host } : {}),
  });
  const pageSize = values['page-size'];
  const description = pageSize === undefined ? portal.description : { ...portal.description, url: `${portal.description.url}?page_size=${whole(pageSize, 'page-size', 100)}` };
  process.stdout.write(`${JSON.stringify({ portals: [description] })}\n`);
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
  process.stderr.write(`DCAT simulator failed: ${(error as Error).message}\n`);
  process.exit(2);
});
