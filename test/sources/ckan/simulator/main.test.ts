import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { PortalDescriptor } from '../../../../src/sources/ckan/simulator/portals.js';

// The entry point runs from the build (`npm test` builds first), as benchmarks run it.
const MAIN = resolve(import.meta.dirname, '../../../../dist/sources/ckan/simulator/main.js');
const built = existsSync(MAIN);
if (!built) console.warn(`skipped: ${MAIN} not built (run npm run build); the simulator process test did not run`);

describe.skipIf(!built)('simulator process', () => {
  it('prints its portals as one JSON line, serves them, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [MAIN, '--records', '30', '--portals', 'quebec,city'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const line = await new Promise<string>((resolveLine, reject) => {
        createInterface({ input: child.stdout }).once('line', resolveLine);
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const { portals } = JSON.parse(line) as { portals: PortalDescriptor[] };
      expect(portals.map((p) => [p.id, p.records])).toEqual([
        ['demo-quebec', 20],
        ['demo-city', 10],
      ]);
      const response = await fetch(`${portals[1]?.url}/api/3/action/package_list`);
      expect(((await response.json()) as { result: string[] }).result).toHaveLength(10);
    } finally {
      const exited = new Promise<number | null>((done) => child.once('exit', done));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
