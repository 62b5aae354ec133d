// A small HTTP server on loopback for data.json and Hub tests: each path answers with a fixed
// body, a redirect, or a handler of its own.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route =
  | { body: string | Buffer; type?: string; status?: number }
  | { redirect: string; status?: number }
  | ((req: IncomingMessage, res: ServerResponse, url: URL) => void);

export interface Loopback {
  url: string;
  /** Requests received, as path and query. */
  requests: string[];
  routes: Map<string, Route>;
  close(): Promise<void>;
}

export async function startLoopback(routes: Record<string, Route> = {}): Promise<Loopback> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const route = table.get(url.pathname);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') return route(req, res, url);
    if ('redirect' in route) {
      res.writeHead(route.status ?? 301, { location: route.redirect }).end();
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'application/json' }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    routes: table,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
