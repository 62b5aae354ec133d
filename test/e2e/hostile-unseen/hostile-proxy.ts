// A portal that behaves until told otherwise: it forwards every request to a simulated portal of
// its kind (links rewritten to its own address) and, once `hostile` is set, lets its hostility
// answer instead, from the simulated portal's answer or without it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Upstream {
  status: number;
  contentType: string;
  /** The body with the simulated portal's address made the proxy's. */
  text: string;
}

export interface HostileAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

export interface HostileRequest {
  url: URL;
  /** The proxy's own address, without a trailing slash. */
  base: string;
  /** What the simulated portal answers to the same request. */
  upstream(): Promise<Upstream>;
}

/** The answer of a hostile portal; undefined: the simulated portal's own. */
export type Hostility = (request: HostileRequest) => Promise<HostileAnswer | undefined>;

export interface HostileProxy {
  url: string;
  hostile: boolean;
  /** Requests received while hostile. */
  hostileRequests: URL[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startHostileProxy(upstreamBase: string, hostility: Hostility): Promise<HostileProxy> {
  let base = '';
  const hostileRequests: URL[] = [];
  const proxy: HostileProxy = { url: '', hostile: false, hostileRequests, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const upstream = async (): Promise<Upstream> => {
      const body = req.method === 'POST' ? await readBody(req) : undefined;
      const answer = await fetch(`${upstreamBase}${url.pathname}${url.search}`, {
        method: req.method ?? 'GET',
        headers: { accept: req.headers.accept ?? '*/*', ...(body !== undefined ? { 'content-type': req.headers['content-type'] ?? 'application/xml' } : {}) },
        ...(body !== undefined ? { body } : {}),
      });
      const text = (await answer.text()).split(upstreamBase).join(base);
      return { status: answer.status, contentType: answer.headers.get('content-type') ?? 'application/octet-stream', text };
    };
    const respond = async () => {
      if (proxy.hostile) hostileRequests.push(url);
      const hostile = proxy.hostile ? await hostility({ url, base, upstream }) : undefined;
      if (hostile) {
        const body = typeof hostile.body === 'string' ? Buffer.from(hostile.body) : hostile.body;
        res.writeHead(hostile.status ?? 200, { 'content-length': body.length, ...hostile.headers });
        return void res.end(body);
      }
      const { status, contentType, text } = await upstream();
      const body = Buffer.from(text);
      res.writeHead(status, { 'content-type': contentType, 'content-length': body.length });
      res.end(body);
    };
    respond().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`test proxy failed: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.url = base;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}

/** A server on 127.0.0.2 (a private address the hostile portals point at) that counts what reaches it. */
export interface Inside {
  /** `http://127.0.0.2:PORT` */
  url: string;
  port: number;
  hits: string[];
  close(): Promise<void>;
}

export async function startInside(): Promise<Inside> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '/');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"AccessKeyId":"stolen"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.2:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
