import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEDERA_VERSION } from '../../src/core/version.js';
import { createHttpClient } from '../../src/harvest/fetch/http-client.js';
import { HttpError } from '../../src/sources/http.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('harvest HTTP client', () => {
  it('identifies itself as Federa/<version>', async () => {
    let agent = '';
    routes.set('/ua', (req, res) => { agent = req.headers['user-agent'] ?? ''; res.end('{}'); });
    await createHttpClient({ allowPrivateNetwork: true }).get(`${base}/ua`);
    expect(agent.startsWith(`Federa/${FEDERA_VERSION}`)).toBe(true);
  });

  it('retries transient failures with growing backoff', async () => {
    let n = 0;
    routes.set('/flaky', (_req, res) => { n++; if (n <= 2) res.writeHead(503).end('busy'); else res.end('{"ok":true}'); });
    const { waits, sleep } = recordingSleep();
    const response = await createHttpClient({ allowPrivateNetwork: true, sleep, backoffBaseMs: 100 }).get(`${base}/flaky`);
    expect(response.body).toBe('{"ok":true}');
    expect(n).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
  });

  it('honours Retry-After on 429', async () => {
    let n = 0;
    routes.set('/limited', (_req, res) => { n++; if (n === 1) res.writeHead(429, { 'retry-after': '7' }).end(); else res.end('ok'); });
    const { waits, sleep } = recordingSleep();
    await createHttpClient({ allowPrivateNetwork: true, sleep, backoffBaseMs: 10 }).get(`${base}/limited`);
    expect(waits).toEqual([7000]);
  });

  it('gives up when Retry-After is longer than allowed', async () => {
    routes.set('/later', (_req, res) => res.writeHead(503, { 'retry-after': '86400' }).end());
    const { sleep } = recordingSleep();
    await expect(createHttpClient({ allowPrivateNetwork: true, sleep, maxRetryAfterMs: 60_000 }).get(`${base}/later`)).rejects.toThrow(/retry after 86400 s/);
  });

  it('does not retry client errors and names the URL and status', async () => {
    hits.delete('/missing');
    const { sleep } = recordingSleep();
    const error = await createHttpClient({ allowPrivateNetwork: true, sleep }).get(`${base}/missing`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(404);
    expect((error as HttpError).message).toContain(`${base}/missing`);
    expect(hits.get('/missing')).toBe(1);
  });

  it('times out a server that never answers, after its retries', async () => {
    routes.set('/hang', () => undefined);
    hits.delete('/hang');
    const { sleep } = recordingSleep();
    await expect(createHttpClient({ allowPrivateNetwork: true, sleep, timeoutMs: 200, retries: 1 }).get(`${base}/hang`)).rejects.toThrow(/after 2 attempts: timed out after 200 ms/);
    expect(hits.get('/hang')).toBe(2);
  });

  it('refuses loopback unless the source allows private networks', async () => {
    routes.set('/secret', (_req, res) => res.end('secret'));
    hits.delete('/secret');
    await expect(createHttpClient().get(`${base}/secret`)).rejects.toThrow(/private, loopback or reserved/);
    const port = (server.address() as AddressInfo).port;
    await expect(createHttpClient().get(`http://localhost:${port}/secret`)).rejects.toThrow(/private, loopback or reserved/);
    expect(hits.get('/secret')).toBeUndefined();
  });

  it('sends one request at a time to a host', async () => {
    routes.set('/slow', (_req, res) => setTimeout(() => res.end('done'), 30));
    maxInFlight = 0;
    const client = createHttpClient({ allowPrivateNetwork: true });
    await Promise.all([1, 2, 3, 4].map(() => client.get(`${base}/slow`)));
    expect(maxInFlight).toBe(1);
  });

  it('follows redirects and decodes gzip', async () => {
    routes.set('/old', (_req, res) => res.writeHead(301, { location: '/new' }).end());
    routes.set('/new', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' }).end(gzipSync('{"moved":"déménagé"}')));
    const response = await createHttpClient({ allowPrivateNetwork: true }).get(`${base}/old`);
    expect(response.url).toBe(`${base}/new`);
    expect(JSON.parse(response.body)).toEqual({ moved: 'déménagé' });
  });

  it('rejects a body that is not valid UTF-8', async () => {
    routes.set('/latin', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])));
    await expect(createHttpClient({ allowPrivateNetwork: true }).get(`${base}/latin`)).rejects.toThrow(/invalid UTF-8/);
  });

  it('decodes a declared Latin-1 body', async () => {
    routes.set('/latin1', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=ISO-8859-1' }).end(Buffer.from([0x71, 0x75, 0xe9, 0x62, 0x65, 0x63])));
    expect((await createHttpClient({ allowPrivateNetwork: true }).get(`${base}/latin1`)).body).toBe('québec');
  });
});

describe('harvest HTTP client, streamed bodies', () => {
  it('hands the body over in chunks, decompressed, and holds the host until it is read', async () => {
    const big = JSON.stringify({ dataset: Array.from({ length: 2000 }, (_, i) => ({ id: i, title: `Jeu de données ${i}` })) });
    routes.set('/big', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(big)));
    routes.set('/other', (_req, res) => res.end('other'));
    const client = createHttpClient({ allowPrivateNetwork: true });
    const response = await client.stream(`${base}/big`);
    expect(response.status).toBe(200);
    let otherDone = false;
    const other = client.get(`${base}/other`).then(() => (otherDone = true));
    const chunks: Buffer[] = [];
    for await (const chunk of response.body) {
      chunks.push(chunk);
      await new Promise((r) => setTimeout(r, 1));
      expect(otherDone).toBe(false); // one request at a time per host: the stream holds it
    }
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8')).dataset).toHaveLength(2000);
    await other;
    expect(otherDone).toBe(true);
  });

  it('retries a streamed request that fails before its body, and fails one that stalls', async () => {
    let n = 0;
    routes.set('/flaky-stream', (_req, res) => { n++; if (n === 1) res.writeHead(502).end(); else res.end('fine'); });
    const { sleep } = recordingSleep();
    const ok = await createHttpClient({ allowPrivateNetwork: true, sleep, backoffBaseMs: 1 }).stream(`${base}/flaky-stream`);
    const text: string[] = [];
    for await (const chunk of ok.body) text.push(chunk.toString());
    expect(text.join('')).toBe('fine');
    routes.set('/stall', (_req, res) => { res.writeHead(200); res.write('{"start":'); });
    const stalled = await createHttpClient({ allowPrivateNetwork: true, timeoutMs: 200 }).stream(`${base}/stall`);
    await expect((async () => { for await (const _ of stalled.body) void _; })()).rejects.toThrow(/failed while reading: no data for 200 ms/);
  });

  it('cancels a stream and frees the host', async () => {
    routes.set('/endless', (_req, res) => { res.writeHead(200); const t = setInterval(() => res.write('x'), 5); res.on('close', () => clearInterval(t)); });
    routes.set('/after', (_req, res) => res.end('after'));
    const client = createHttpClient({ allowPrivateNetwork: true });
    const endless = await client.stream(`${base}/endless`);
    endless.cancel();
    expect((await client.get(`${base}/after`)).body).toBe('after');
  });

  it('leaves no timer behind when a stream read partway is cancelled (it would hold the process for the time-out)', async () => {
    routes.set('/long', (_req, res) => { res.writeHead(200); res.write('first'); });
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const long = await createHttpClient({ allowPrivateNetwork: true, timeoutMs: 600_000 }).stream(`${base}/long`);
    const reader = long.body[Symbol.asyncIterator]();
    expect((await reader.next()).done).toBe(false);
    expect(timers()).toBeGreaterThan(before);
    long.cancel();
    expect(timers()).toBe(before);
  });
});
