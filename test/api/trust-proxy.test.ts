// The rate limit counts clients by the connecting address, or behind a trusted proxy by the
// client its X-Forwarded-For names: a client cannot escape its budget by claiming other addresses.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApi } from '../../src/api/server.js';
import type { Store } from '../../src/store/store.js';

const store = { countDatasets: async () => 0 } as unknown as Store;
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function api(trustProxy?: string[]): Promise<FastifyInstance> {
  app = await buildApi({ store, search: async () => Promise.reject(new Error('unused')) }, { rateLimit: { max: 3, windowMs: 60_000, exemptLoopback: true }, ...(trustProxy ? { trustProxy } : {}) });
  return app;
}

const health = (server: FastifyInstance, remoteAddress: string, forwardedFor?: string) =>
  server.inject({ url: '/health', remoteAddress, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });

describe('the rate limit and X-Forwarded-For', () => {
  it('without a trusted proxy, a spoofed X-Forwarded-For changes nothing: the connecting address is counted', async () => {
    const server = await api();
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await health(server, '203.0.113.9', `198.51.100.${i}`)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // nor can a remote client pass for loopback, which is exempt
    expect((await health(server, '203.0.113.9', '127.0.0.1')).statusCode).toBe(429);
  });

  it('an untrusted client spoofing X-Forwarded-For is still counted by its own address when a proxy is trusted', async () => {
    const server = await api(['10.0.0.5']);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await health(server, '203.0.113.9', `198.51.100.${i}`)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it("behind a trusted proxy, each client its X-Forwarded-For names has its own budget, loopback exemption included", async () => {
    const server = await api(['10.0.0.0/24', '127.0.0.1']);
    for (let i = 0; i < 4; i++) for (const client of ['198.51.100.1', '198.51.100.2']) expect((await health(server, '10.0.0.5', client)).statusCode).toBe(i < 3 ? 200 : 429);
    // the proxy on loopback is not exempt: its visitors are counted one by one
    const viaLocal = [];
    for (let i = 0; i < 4; i++) viaLocal.push((await health(server, '127.0.0.1', '198.51.100.7')).statusCode);
    expect(viaLocal).toEqual([200, 200, 200, 429]);
    // the client nearest the trusted proxy is the one counted: a spoofed first entry does not help
    const chained = [];
    for (let i = 0; i < 4; i++) chained.push((await health(server, '10.0.0.5', `192.0.2.${i}, 198.51.100.8`)).statusCode);
    expect(chained).toEqual([200, 200, 200, 429]);
  });
});
