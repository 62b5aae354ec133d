// Loopback portals for the fault-injection suite that a test turns hostile. A small CKAN: package_search (rows, start, fl, an
// `id:(…)` filter) over a list of packages, until a test turns it hostile with a raw handler.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePackage {
  id: string;
  name: string;
  title: string;
  notes: string;
  metadata_modified: string;
  tags: { name: string }[];
  resources: { id: string; url: string; format: string }[];
}

/** Answers a request itself (returns true) or leaves it to the healthy portal (false). */
export type Hostility = (url: URL, req: IncomingMessage, res: ServerResponse, healthy: () => unknown) => boolean;

export interface HostileServer {
  url: string;
  /** Every request's URL, in order. */
  requests: URL[];
  turn(hostility: Hostility | undefined): void;
  /** Closes every open connection at once, as a killed process would. */
  kill(): void;
  close(): Promise<void>;
}

export interface FakeCkan extends HostileServer {
  packages: FakePackage[];
}

export function fakePackages(prefix: string, word: string, n: number): FakePackage[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `${prefix}-${String(i).padStart(4, '0')}`;
    return {
      id,
      name: id,
      title: `${word} dataset ${i}`,
      notes: `All about ${word}, part ${i}.`,
      metadata_modified: '2026-01-01T00:00:00.000000',
      tags: [{ name: word }],
      resources: [{ id: `${id}-r`, url: `https://files.example.ca/${id}.csv`, format: 'CSV' }],
    };
  });
}

/** The healthy answer to a package_search URL. */
export function searchResult(packages: readonly FakePackage[], url: URL): unknown {
  const ids = /^id:\((.*)\)$/.exec(url.searchParams.get('fq') ?? '')?.[1]?.match(/"[^"]*"/g)?.map((s) => s.slice(1, -1));
  const matching = ids ? packages.filter((p) => ids.includes(p.id)) : [...packages];
  const start = Number(url.searchParams.get('start') ?? 0);
  const rows = Number(url.searchParams.get('rows') ?? 10);
  const fields = url.searchParams.get('fl')?.split(',');
  const page = matching.slice(start, start + rows).map((p) => (fields ? Object.fromEntries(fields.map((f) => [f, p[f as keyof FakePackage]])) : p));
  return { help: 'package_search', success: true, result: { count: matching.length, results: page } };
}

/** A loopback server answering as `healthy` says until a test turns it hostile. */
export async function startHostileServer(healthy: (url: URL, req: IncomingMessage, res: ServerResponse) => void, fallback: () => unknown = () => undefined): Promise<HostileServer> {
  const requests: URL[] = [];
  let hostility: Hostility | undefined;
  let base = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push(url);
    if (hostility?.(url, req, res, fallback)) return;
    healthy(url, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/`,
    requests,
    turn: (h) => void (hostility = h),
    kill: () => server.closeAllConnections(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function startFakeCkan(packages: FakePackage[]): Promise<FakeCkan> {
  let current: URL | undefined;
  const server = await startHostileServer(
    (url, _req, res) => {
      if (!url.pathname.endsWith('/api/3/action/package_search')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ success: false, error: { message: 'Not found' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(searchResult(packages, url)));
    },
    () => (current ? searchResult(packages, current) : undefined),
  );
  return {
    ...server,
    packages,
    turn: (h) => server.turn(h && ((url, req, res, healthy) => ((current = url), h(url, req, res, healthy)))),
  };
}

/** Sends a whole answer; true, as a Hostility that handled the request returns. */
export function answer(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer = ''): true {
  res.writeHead(status, headers).end(body);
  return true;
}
