// A loopback HTTP server whose answers a test decides per request (fixture files, errors), and
// that records what it was asked.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RouteAnswer {
  status?: number;
  body: string | Buffer;
  contentType?: string;
  /** Sent in several writes, as a large streamed document arrives. */
  chunkSize?: number;
}

export type Route = (url: URL, index: number, req: IncomingMessage) => RouteAnswer | undefined | Promise<RouteAnswer | undefined>;

export interface RouteServer {
  url: string;
  /** Every request's URL, in order. */
  requests: URL[];
  close(): Promise<void>;
}

export async function startRouteServer(route: Route): Promise<RouteServer> {
  const requests: URL[] = [];
  let base = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const index = requests.length;
    requests.push(url);
    Promise.resolve(route(url, index, req))
      .then((answer) => {
        const found = answer ?? { status: 404, body: JSON.stringify({ error: `not found: ${url.pathname}` }) };
        const body = typeof found.body === 'string' ? Buffer.from(found.body) : found.body;
        res.writeHead(found.status ?? 200, { 'content-type': found.contentType ?? 'application/json; charset=utf-8', 'content-length': body.length });
        const size = found.chunkSize ?? body.length;
        for (let at = 0; at < body.length; at += Math.max(1, size)) res.write(body.subarray(at, at + Math.max(1, size)));
        res.end();
      })
      .catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
