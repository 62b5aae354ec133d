// POST /api/v1/sources/{id}/harvest answers 409 when another process holds the source's lock,
// not only when this server is harvesting it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../src/core/api-token.js';
import { demoConfigInput } from '../../src/cli/commands/demo.js';
import { startServer } from '../../src/cli/commands/serve.js';
import { parseConfig } from '../../src/harvest/config.js';
import { openCatalogue } from '../../src/search/catalogue.js';
import { startSimulatedPortals, type SimulatedPortals } from '../../src/sources/ckan/simulator/index.js';

let portals: SimulatedPortals;
let dir: string;

beforeAll(async () => {
  portals = await startSimulatedPortals({ portals: ['city'], records: 30 });
  dir = mkdtempSync(join(tmpdir(), 'federa-api-busy-'));
});
afterAll(async () => {
  await portals?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('starting a harvest through the API', () => {
  it('answers 409 while another process holds the source, and 202 once it is free', { timeout: 60_000 }, async () => {
    const catalogue = openCatalogue({ path: join(dir, 'federa.db') });
    const config = parseConfig(demoConfigInput(portals.portals), 'api busy test');
    const made = newToken();
    await catalogue.store.createToken({ id: made.id, role: 'editor', hash: hashToken(made.token), createdAt: new Date().toISOString() });
    const now = new Date().toISOString();
    // `federa harvest` in another (live) process holds the source.
    await catalogue.store.acquireLock({ sourceId: 'demo-city', jobId: 'other-process-job', owner: { host: 'elsewhere', pid: 1234 }, at: now, staleBefore: '2000-01-01T00:00:00Z', ownerGone: () => false });
    const server = await startServer(catalogue, config, { host: '127.0.0.1', port: 0, lang: 'en' });
    try {
      const post = () =>
        fetch(`${server.url}/api/v1/sources/demo-city/harvest`, {
          method: 'POST',
          headers: { authorization: `Bearer ${made.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ mode: 'full' }),
        });
      const busy = await post();
      expect(busy.status).toBe(409);
      expect(await catalogue.store.jobs('demo-city', 5)).toEqual([]);
      await catalogue.store.releaseLock('demo-city', 'other-process-job');
      const started = await post();
      expect(started.status).toBe(202);
    } finally {
      await server.stop('the test ending');
      await catalogue.close();
    }
  });
});
