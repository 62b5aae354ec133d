// Command-line options of the simulator's entry point (`main.ts`), read without side effects.
import { parseArgs } from 'node:util';
import { PROFILE_NAMES, type ProfileName } from './profiles/index.js';
import type { SimulatedPortalsOptions } from './portals.js';

export const USAGE = `usage: node dist/sources/ckan/simulator/main.js [options]
  --records N | federal=N,quebec=N,city=N   total records (shared like the demo) or per portal
  --portals federal,quebec,city              portals to start (default: all three)
  --seed N                                   catalogue seed
  --port N                                   port of the first portal (next ones follow; default: any)
  --host ADDRESS                             address to listen on (default: 127.0.0.1)
  --latency MS                               delay before every response
  --cache                                    keep each package's JSON once made (faster serving)
  --warm                                     with --cache, make every package's JSON before listening`;

function whole(text: string, option: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`--${option} must be a whole number, not ${text}`);
  return Number(text);
}

function profileName(text: string, option: string): ProfileName {
  if (!(PROFILE_NAMES as readonly string[]).includes(text)) throw new Error(`--${option}: unknown portal ${text} (known: ${PROFILE_NAMES.join(', ')})`);
  return text as ProfileName;
}

export function parseSimulatorArgs(args: readonly string[]): SimulatedPortalsOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      records: { type: 'string' },
      portals: { type: 'string' },
      seed: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      latency: { type: 'string' },
      cache: { type: 'boolean' },
      warm: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  const options: SimulatedPortalsOptions = {};
  if (values.portals !== undefined) options.portals = values.portals.split(',').map((p) => profileName(p.trim(), 'portals'));
  if (values.records !== undefined) {
    if (values.records.includes('=')) {
      const counts: Partial<Record<ProfileName, number>> = {};
      for (const pair of values.records.split(',')) {
        const [name = '', count = ''] = pair.split('=');
        counts[profileName(name.trim(), 'records')] = whole(count.trim(), 'records');
      }
      options.records = counts;
      options.portals ??= Object.keys(counts) as ProfileName[];
    } else options.records = whole(values.records, 'records');
  }
  if (values.seed !== undefined) options.seed = whole(values.seed, 'seed');
  if (values.port !== undefined) options.port = whole(values.port, 'port');
  if (values.host !== undefined) options.host = values.host;
  if (values.latency !== undefined) options.latencyMs = whole(values.latency, 'latency');
  if (values.cache) options.cacheJson = true;
  if (values.warm) options.warm = true;
  return options;
}
