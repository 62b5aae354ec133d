// An Opendatasoft Explore API v2.1 catalogue over a simulated catalogue, on loopback, with the
// real paging rules: `limit` up to 100, `offset + limit` within 10,000 (HTTP 400 beyond, with the
// API's error shape), and the whole catalogue as a JSON export, written as it is generated (with
// backpressure: the export of 100,000 datasets never sits in memory).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { OdsCatalogue } from './catalogue.js';

export const SIMULATED_WINDOW = 10_000;
const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 10;
const LOG_LIMIT = 10_000;
/** Bytes gathered before each write of the export. */
const EXPORT_CHUNK = 64 * 1024;
const API = '/api/explore/v2.1';

export interface OdsServerSettings {
  latencyMs: number;
  /** Behave like a domain that ignores `offset` (always the first page): for loop guards. */
  ignoreOffset: boolean;
}

export interface OdsServer {
  readonly url: string;
  readonly catalogue: OdsCatalogue;
  readonly settings: OdsServerSettings;
  requestCount(path?: string): number;
  requestLog(): string[];
  close(): Promise<void>;
}

export interface OdsServerOptions extends Partial<OdsServerSettings> {
  host?: string;
  port?: number;
  siteTitle?: string;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function integer(params: URLSearchParams, name: string, fallback: number): number {
  const value = params.get(name);
  if (value === null || value === '') return fallback;
  if (!/^-?\d+$/.test(value)) throw new ApiError(400, 'InvalidRESTParameterError', `Invalid value for ${name}: "${value}" is not an integer.`);
  return Number(value);
}

function catalogPage(catalogue: OdsCatalogue, params: URLSearchParams, portal: string, settings: OdsServerSettings): string {
  const limit = integer(params, 'limit', DEFAULT_LIMIT);
  const offset = settings.ignoreOffset ? 0 : integer(params, 'offset', 0);
  if (limit < 0 || limit > MAX_LIMIT) throw new ApiError(400, 'InvalidRESTParameterError', `Invalid value for limit: ${limit} (must be between 0 and ${MAX_LIMIT}). Use the exports to retrieve all the results.`);
  if (offset < 0) throw new ApiError(400, 'InvalidRESTParameterError', `Invalid value for offset: ${offset}.`);
  if (offset + limit > SIMULATED_WINDOW) {
    throw new ApiError(400, 'InvalidRESTParameterError', `Invalid value for offset: offset + limit must be lower than or equal to ${SIMULATED_WINDOW} (got offset=${offset}, limit=${limit}). Use the exports to retrieve more results.`);
  }
  const slots = catalogue.live();
  const parts: string[] = [];
  for (const slot of slots.subarray(offset, offset + limit)) parts.push(catalogue.datasetJson(slot, portal));
  return `{"total_count":${slots.length},"results":[${parts.join(',')}]}`;
}

/** Writes the catalogue as one JSON array, generating datasets as the client takes them. */
function writeExport(catalogue: OdsCatalogue, portal: string, res: ServerResponse): void {
  const slots = catalogue.live();
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  let next = 0;
  let closed = false;
  res.once('close', () => {
    closed = true;
  });
  const pump = (): void => {
    while (!closed && next < slots.length) {
      let chunk = next === 0 ? '[' : '';
      while (next < slots.length && chunk.length < EXPORT_CHUNK) {
        chunk += (next === 0 ? '' : ',') + catalogue.datasetJson(slots[next] ?? 0, portal);
        next++;
      }
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!closed) res.end(slots.length === 0 ? '[]' : ']');
  };
  pump();
}

function homePage(title: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
}

export async function startOdsServer(catalogue: OdsCatalogue, options: OdsServerOptions = {}): Promise<OdsServer> {
  const settings: OdsServerSettings = { latencyMs: options.latencyMs ?? 0, ignoreOffset: options.ignoreOffset ?? false };
  const siteTitle = options.siteTitle ?? 'Simulated Opendatasoft portal';
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
    try {
      if (path === `${API}/catalog/datasets`) send(res, 200, 'application/json; charset=utf-8', catalogPage(catalogue, url.searchParams, base, settings));
      else if (path === `${API}/catalog/exports/json`) writeExport(catalogue, base, res);
      else if (path === '' || path === '/pages/home') send(res, 200, 'text/html; charset=utf-8', homePage(siteTitle));
      else throw new ApiError(404, 'NotFound', `Unknown path: ${url.pathname}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      send(res, error.status, 'application/json; charset=utf-8', JSON.stringify({ error_code: error.code, message: error.message }));
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ error_code: 'InternalError', message: String(error) }));
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
