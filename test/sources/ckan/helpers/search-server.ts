// A tiny CKAN `package_search` on 127.0.0.1 whose behaviour each test sets: pages sorted by id,
// and hooks to misbehave (ignore `start`, change the listing between requests, break a page).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SmallPackage {
  id: string;
  name: string;
  title: string;
  metadata_modified: string;
  [key: string]: unknown;
}

export interface SearchRequest {
  path: string;
  params: URLSearchParams;
}

export interface SearchServerOptions {
  packages: SmallPackage[];
  /** Replaces the default answer for a request (0-based index), e.g. to break a page. */
  respond?: (index: number, request: SearchRequest, res: ServerResponse) => boolean;
  /** Called before each request is answered, to change the listing under the client. */
  beforeAnswer?: (index: number, packages: SmallPackage[]) => void;
  ignoreStart?: boolean;
}

export interface SearchServer {
  /** Site root, e.g. `http://127.0.0.1:1234/data`. */
  url: string;
  requests: SearchRequest[];
  close(): Promise<void>;
}

export function pkg(id: string, extra: Partial<SmallPackage> = {}): SmallPackage {
  return { id, name: `dataset-${id}`, title: `Dataset ${id}`, metadata_modified: '2024-01-02T03:04:05.678901', ...extra };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startSearchServer(options: SearchServerOptions): Promise<SearchServer> {
  const packages = options.packages;
  const requests: SearchRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request = { path: url.pathname, params: url.searchParams };
    const index = requests.length;
    requests.push(request);
    options.beforeAnswer?.(index, packages);
    if (options.respond?.(index, request, res)) return;
    if (!url.pathname.endsWith('/api/3/action/package_search')) {
      send(res, 404, { success: false, error: { __type: 'Not Found Error', message: 'Not found' } });
      return;
    }
    const rows = Number(url.searchParams.get('rows') ?? '10');
    const start = options.ignoreStart ? 0 : Number(url.searchParams.get('start') ?? '0');
    const sorted = [...packages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    send(res, 200, {
      help: 'http://127.0.0.1/api/3/action/help_show?name=package_search',
      success: true,
      result: { count: sorted.length, results: sorted.slice(start, start + rows), facets: {}, search_facets: {} },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/data`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
