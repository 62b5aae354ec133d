// A Socrata Discovery API (`/api/catalog/v1`) over a simulated catalogue, on loopback, with the
// real paging rules: `offset` + `limit` within the first 10,000 results (HTTP 400 beyond),
// `scroll_id` for the rest (results sorted by id, after the id given), `only` types, `domains`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { SOCRATA_TYPES } from '../options.js';
import type { SocrataCatalogue } from './catalogue.js';

export const SIMULATED_WALL = 10_000;
const DEFAULT_LIMIT = 10;
const LOG_LIMIT = 10_000;

export interface SocrataServerSettings {
  latencyMs: number;
  /** Behave like a site that ignores `scroll_id` (always the first page): for loop guards. */
  ignoreScroll: boolean;
}

export interface SocrataServer {
  readonly url: string;
  readonly catalogue: SocrataCatalogue;
  readonly settings: SocrataServerSettings;
  requestCount(path?: string): number;
  /** Path and query of the requests received, oldest first (the last 10,000). */
  requestLog(): string[];
  close(): Promise<void>;
}

export interface SocrataServerOptions extends Partial<SocrataServerSettings> {
  host?: string;
  port?: number;
  siteTitle?: string;
}

class BadRequest extends Error {}

function whole(params: URLSearchParams, name: string, fallback: number): number {
  const value = params.get(name);
  if (value === null || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new BadRequest(`Invalid value for parameter ${name}: "${value}" is not a non-negative integer`);
  return Number(value);
}

/** The first position of `slots` (sorted by id) whose id is after `after`. */
function firstAfter(catalogue: SocrataCatalogue, slots: Int32Array, after: string): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (catalogue.idAt(slots[mid] ?? 0) <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const KNOWN_TYPES = new Set<string>(SOCRATA_TYPES);

function catalogPage(catalogue: SocrataCatalogue, params: URLSearchParams, hostname: string, settings: SocrataServerSettings): string {
  const limit = whole(params, 'limit', DEFAULT_LIMIT);
  const offset = whole(params, 'offset', 0);
  if (limit > SIMULATED_WALL) throw new BadRequest(`Invalid value for parameter limit: ${limit} is more than ${SIMULATED_WALL}`);
  const scrollId = settings.ignoreScroll ? null : params.get('scroll_id');
  if (scrollId === null && offset + limit > SIMULATED_WALL) {
    throw new BadRequest(`Invalid paging: offset + limit may not exceed ${SIMULATED_WALL} (offset ${offset}, limit ${limit}); page further with scroll_id`);
  }
  const only = params.get('only');
  let types: Set<string> | undefined;
  if (only !== null && only.trim() !== '') {
    types = new Set();
    for (const asked of only.split(',').map((t) => t.trim())) {
      // The API takes plural forms too (`datasets`, `maps`).
      const type = KNOWN_TYPES.has(asked) ? asked : asked.replace(/s$/, '');
      if (!KNOWN_TYPES.has(type)) throw new BadRequest(`Invalid value for parameter only: ${asked}`);
      types.add(type);
    }
  }
  const domains = params.get('domains');
  const ours = domains === null || domains.split(',').some((d) => d.trim().toLowerCase() === catalogue.domain || d.trim().toLowerCase() === hostname);
  const slots = ours ? catalogue.select(types, scrollId === null ? 'natural' : 'id') : new Int32Array(0);
  const start = scrollId === null ? offset : firstAfter(catalogue, slots, scrollId);
  const page = slots.subarray(start, start + limit);
  const parts: string[] = [];
  for (const slot of page) parts.push(catalogue.assetJson(slot));
  return `{"results":[${parts.join(',')}],"resultSetSize":${slots.length},"timings":{"serviceMillis":${3 + page.length},"searchMillis":[1,2]}}`;
}

function homePage(title: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
}

export async function startSocrataServer(catalogue: SocrataCatalogue, options: SocrataServerOptions = {}): Promise<SocrataServer> {
  const settings: SocrataServerSettings = { latencyMs: options.latencyMs ?? 0, ignoreScroll: options.ignoreScroll ?? false };
  const siteTitle = options.siteTitle ?? 'Simulated Socrata site';
  const counts = new Map<string, number>();
  let log: string[] = [];
  let base = '';

  const send = (res: ServerResponse, status: number, type: string, body: string): void => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', base);
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    log.push(`${url.pathname}${url.search}`);
    if (log.length > LOG_LIMIT * 2) log = log.slice(-LOG_LIMIT);
    if (settings.latencyMs > 0) await delay(settings.latencyMs);
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/api/catalog/v1') {
      try {
        send(res, 200, 'application/json; charset=utf-8', catalogPage(catalogue, url.searchParams, url.hostname, settings));
      } catch (error) {
        if (!(error instanceof BadRequest)) throw error;
        send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ error: error.message }));
      }
      return;
    }
    if (path === '') {
      send(res, 200, 'text/html; charset=utf-8', homePage(siteTitle));
      return;
    }
    send(res, 404, 'application/json; charset=utf-8', JSON.stringify({ error: true, message: `Not found: ${url.pathname}` }));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ error: String(error) }));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  base = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  return {
    url: base,
    catalogue,
    settings,
    requestCount(path) {
      if (path === undefined) return [...counts.values()].reduce((sum, n) => sum + n, 0);
      return counts.get(path) ?? 0;
    },
    requestLog() {
      return log.slice(-LOG_LIMIT);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
