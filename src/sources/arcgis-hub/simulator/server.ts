// A simulated provincial ArcGIS Hub on loopback, serving both of its APIs over the same items:
// - `/api/feed/dcat-us/1.1.json`: the DCAT-US feed, streamed item by item as the client reads it
//   (a 100,000-item feed is never built in memory), and `/data.json`, the legacy path, which
//   redirects to it as real Hubs do;
// - `/api/v3/datasets?page[size]=&page[number]=`: the v3 JSON:API, with `links.next` and
//   `meta.stats.totalCount` (`filter[owner]` is honoured; other filters are ignored);
// - `/`: the site's home page, whose title names it.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CATALOGUE_HEAD, dcatUsDataset } from './dcat-us.js';
import { DEFAULT_SEED, HUB_OWNER, hubItem } from './items.js';
import { v3Record } from './v3.js';

export const FEED_PATH = '/api/feed/dcat-us/1.1.json';
export const V3_PATH = '/api/v3/datasets';
export const SITE_TITLE = 'Manitoba GeoPortal (simulated)';
const MAX_PAGE = 100;
/** Bytes gathered before each write: fewer, larger writes. */
const WRITE_BYTES = 64 * 1024;

export interface HubServerOptions {
  records: number;
  seed?: number;
  host?: string;
  port?: number;
}

export interface HubServer {
  /** The site root, `http://127.0.0.1:PORT`. */
  url: string;
  requestCount(path?: string): number;
  close(): Promise<void>;
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

async function streamFeed(res: ServerResponse, records: number, seed: number, site: string): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  const head = JSON.stringify(CATALOGUE_HEAD);
  let buffer = `${head.slice(0, -1)},"dataset":[`;
  for (let i = 0; i < records; i++) {
    if (res.destroyed) return;
    buffer += (i === 0 ? '' : ',') + JSON.stringify(dcatUsDataset(hubItem(seed, i), site));
    if (buffer.length >= WRITE_BYTES) {
      const more = res.write(buffer);
      buffer = '';
      if (!more) await drained(res);
    }
  }
  res.end(`${buffer}]}`);
}

function positive(value: string | null, fallback: number): number {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function v3Page(url: URL, records: number, seed: number, site: string): string {
  const size = Math.min(MAX_PAGE, positive(url.searchParams.get('page[size]'), 10));
  const number = positive(url.searchParams.get('page[number]'), 1);
  const owner = url.searchParams.get('filter[owner]');
  const total = owner === null || owner === HUB_OWNER ? records : 0;
  const start = (number - 1) * size;
  const data: Array<Record<string, unknown>> = [];
  for (let i = start; i < Math.min(total, start + size); i++) data.push(v3Record(hubItem(seed, i), site));
  const link = (n: number): string => {
    const q = new URLSearchParams(url.searchParams);
    q.set('page[size]', String(size));
    q.set('page[number]', String(n));
    return `${site}${V3_PATH}?${q.toString()}`;
  };
  return JSON.stringify({
    data,
    meta: { apiRoot: `${site}/api/v3/`, stats: { totalCount: total, count: data.length, aggs: {} }, page: { start: start + 1, size } },
    links: { first: link(1), ...(start + size < total ? { next: link(number + 1) } : {}), last: link(Math.max(1, Math.ceil(total / size))) },
  });
}

export async function startHubServer(options: HubServerOptions): Promise<HubServer> {
  const records = options.records;
  if (!Number.isInteger(records) || records < 0) throw new RangeError(`records must be a whole number, not ${records}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const counts = new Map<string, number>();
  let site = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', site);
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === FEED_PATH) {
      streamFeed(res, records, seed, site).catch((error: unknown) => res.destroy(error as Error));
    } else if (url.pathname === '/data.json') {
      res.writeHead(301, { location: FEED_PATH }).end();
    } else if (url.pathname === V3_PATH) {
      res.writeHead(200, { 'content-type': 'application/vnd.api+json; charset=utf-8' }).end(v3Page(url, records, seed, site));
    } else if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!DOCTYPE html><html><head><title>${SITE_TITLE}</title></head><body></body></html>`);
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":404,"message":"Not Found"}}');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  site = `http://${host}:${address.port}`;
  return {
    url: site,
    requestCount: (path?: string) => (path === undefined ? [...counts.values()].reduce((a, b) => a + b, 0) : (counts.get(path) ?? 0)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
