// A CKAN Action API server (v3, read-only actions) over a catalogue, on loopback. Responses use
// CKAN's envelope `{help, success, result}` and its error shapes, and pages are serialized as
// strings joined together, so that a page of 1,000 packages costs little more than their JSON.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { Catalogue } from './catalogue.js';
import type { JsonValue } from './ckan-types.js';
import { NextPage } from './next-page.js';
import { MAX_ROWS, parseSearchParams, SearchParamError, type SearchQuery } from './search-params.js';

export interface CkanServerSettings {
  /** Behave like an old CKAN that ignores `start` and always returns the first page. */
  ignoreStart: boolean;
  /** Delay before each response. */
  latencyMs: number;
  /** Rows a page holds at most, whatever the client asks (CKAN's `ckan.search.rows_max`). */
  maxRows: number;
}

export interface CkanServerOptions extends Partial<CkanServerSettings> {
  host?: string;
  /** 0 (the default) picks any free port. */
  port?: number;
  siteTitle?: string;
}

export interface CkanServer {
  /** Base URL of the portal (what a sources config calls `url`), without a trailing slash. */
  readonly url: string;
  readonly catalogue: Catalogue;
  /** Settings tests may change between requests. */
  readonly settings: CkanServerSettings;
  /** Requests received on a path (`/api/3/action/package_search`), or in all when none is given. */
  requestCount(path?: string): number;
  /** Requests received per path. */
  requestCounts(): Record<string, number>;
  /** Path and query of the requests received, oldest first (the last 10,000). */
  requestLog(): string[];
  resetRequests(): void;
  close(): Promise<void>;
}

const CKAN_VERSION = '2.10.4';
const LOG_LIMIT = 10_000;

type Params = URLSearchParams;

interface Reply {
  status: number;
  /** The JSON body, already serialized (pages as chunks of bytes: see `pageChunks`). */
  body: string | Buffer[];
}

class ActionError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

function helpUrl(base: string, action: string): string {
  return `${base}/api/3/action/help_show?name=${action}`;
}

function success(base: string, action: string, result: string | Buffer[]): Reply {
  const head = `{"help":${JSON.stringify(helpUrl(base, action))},"success":true,"result":`;
  if (typeof result === 'string') return { status: 200, body: `${head}${result}}` };
  return { status: 200, body: [Buffer.from(head), ...result, Buffer.from('}')] };
}

function failure(base: string, action: string, error: ActionError): Reply {
  const body: Record<string, JsonValue> = {
    help: helpUrl(base, action),
    success: false,
    error: { __type: error.type, message: error.message, ...error.fields },
  };
  return { status: error.status, body: JSON.stringify(body) };
}

function searchQuery(params: Params): SearchQuery {
  try {
    return parseSearchParams(params);
  } catch (error) {
    if (error instanceof SearchParamError) {
      throw new ActionError(409, error.param === 'rows' || error.param === 'start' ? 'Validation Error' : 'Search Query Error', error.message, {
        [error.param]: [error.message],
      });
    }
    throw error;
  }
}

/** A page as chunks of UTF-8, each package encoded on its own and written as is: joining 1,000
 * packages into one string (or one buffer) and encoding it cost more than generating them. */
const COMMA = Buffer.from(',');

function pageChunks(total: number, results: Buffer[], sort: string): Buffer[] {
  const parts: Buffer[] = [Buffer.from(`{"count":${total},"facets":{},"results":[`)];
  results.forEach((json, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(json);
  });
  parts.push(Buffer.from(`],"sort":${JSON.stringify(sort)},"search_facets":{}}`));
  return parts;
}

function packageSearch(catalogue: Catalogue, params: Params, settings: CkanServerSettings, nextPage: NextPage): Buffer[] {
  const asked = searchQuery(params);
  const query = { ...asked, rows: Math.min(asked.rows, settings.maxRows) };
  const start = settings.ignoreStart ? 0 : query.start;
  const pageKey = (from: number): string => JSON.stringify([catalogue.version, query.filter, query.sort, from, query.rows, query.fields]);
  const page = (from: number): Buffer[] => {
    const selection = catalogue.select(query.filter, query.sort);
    const results = query.fields ? selection.sliceFields(from, query.rows, query.fields) : selection.sliceBytes(from, query.rows);
    return pageChunks(selection.total, results, `${query.sort.field} ${query.sort.direction}`);
  };
  const body = nextPage.take(pageKey(start), () => page(start));
  const next = start + query.rows;
  // A server that ignores `start` would never be asked for the next page.
  if (!settings.ignoreStart && query.rows > 0 && next < catalogue.select(query.filter, query.sort).total) nextPage.prepare(pageKey(next), () => page(next));
  return body;
}

function packageShow(catalogue: Catalogue, params: Params): string {
  const id = params.get('id') ?? params.get('name_or_id');
  if (!id) throw new ActionError(409, 'Validation Error', 'Missing value: id', { id: ['Missing value'] });
  const pkg = catalogue.get(id);
  if (!pkg) throw new ActionError(404, 'Not Found Error', 'Not found');
  return JSON.stringify(pkg);
}

function organizationList(catalogue: Catalogue, params: Params): string {
  const organizations = catalogue.organizations();
  if (params.get('all_fields') === 'true') return JSON.stringify(organizations);
  return JSON.stringify(organizations.map((o) => o.name).sort());
}

function statusShow(base: string, siteTitle: string): string {
  return JSON.stringify({
    ckan_version: CKAN_VERSION,
    site_title: siteTitle,
    site_description: '',
    site_url: base,
    error_emails_to: null,
    locale_default: 'en',
    extensions: ['scheming_datasets', 'fluent', 'activity'],
  });
}

interface ServerState {
  base: string;
  siteTitle: string;
  settings: CkanServerSettings;
  nextPage: NextPage;
}

function action(catalogue: Catalogue, name: string, params: Params, state: ServerState): string | Buffer[] {
  const { base, siteTitle, settings } = state;
  switch (name) {
    case 'package_search':
      return packageSearch(catalogue, params, settings, state.nextPage);
    case 'package_show':
      return packageShow(catalogue, params);
    case 'package_list':
      return JSON.stringify(catalogue.names());
    case 'organization_list':
      return organizationList(catalogue, params);
    case 'status_show':
      return statusShow(base, siteTitle);
    default:
      throw new ActionError(400, 'Bad Request', `Bad request - Action name not known: ${name}`);
  }
}

const ACTION_PATH = /^\/api(?:\/3)?\/action\/([A-Za-z_]+)\/?$/;
const DATASET_PATH = /^\/dataset\/([^/]+)\/?$/;

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The record's page (what `landingPage` links to), so that a link to the original record can be followed. */
function datasetPage(catalogue: Catalogue, name: string, base: string): { status: number; body: string } {
  const pkg = catalogue.get(name);
  const title = pkg && typeof pkg.title === 'string' ? pkg.title : name;
  const heading = pkg ? escapeText(title) : 'Dataset not found';
  const api = `${base}/api/3/action/package_show?id=${encodeURIComponent(name)}`;
  return {
    status: pkg ? 200 : 404,
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${heading}</title></head><body><main><h1>${heading}</h1><p><a href="${escapeText(api)}">package_show</a></p></main></body></html>`,
  };
}

export async function startCkanServer(catalogue: Catalogue, options: CkanServerOptions = {}): Promise<CkanServer> {
  const settings: CkanServerSettings = { ignoreStart: options.ignoreStart ?? false, latencyMs: options.latencyMs ?? 0, maxRows: options.maxRows ?? MAX_ROWS };
  const siteTitle = options.siteTitle ?? 'Simulated CKAN portal';
  const counts = new Map<string, number>();
  const nextPage = new NextPage();
  let log: string[] = [];
  let base = '';

  const respond = (res: ServerResponse, reply: Reply): void => {
    const { body } = reply;
    res.writeHead(reply.status, {
      'content-type': 'application/json;charset=utf-8',
      'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.reduce((sum, chunk) => sum + chunk.length, 0),
    });
    if (typeof body === 'string') {
      res.end(body);
      return;
    }
    // One writev for all the chunks.
    res.cork();
    for (const chunk of body) res.write(chunk);
    res.end();
    res.uncork();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', base);
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    log.push(`${url.pathname}${url.search}`);
    if (log.length > LOG_LIMIT * 2) log = log.slice(-LOG_LIMIT);
    if (settings.latencyMs > 0) await delay(settings.latencyMs);

    const dataset = DATASET_PATH.exec(url.pathname);
    if (dataset && (req.method === 'GET' || req.method === 'HEAD')) {
      let name = dataset[1] ?? '';
      try {
        name = decodeURIComponent(name);
      } catch {
        // A malformed escape names no package: the page says not found.
      }
      const page = datasetPage(catalogue, name, base);
      res.writeHead(page.status, { 'content-type': 'text/html;charset=utf-8', 'content-length': Buffer.byteLength(page.body) });
      res.end(page.body);
      return;
    }
    const match = ACTION_PATH.exec(url.pathname);
    if (!match) {
      respond(res, { status: 404, body: JSON.stringify({ success: false, error: { __type: 'Not Found Error', message: `Not found: ${url.pathname}` } }) });
      return;
    }
    const name = match[1] ?? '';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      respond(res, failure(base, name, new ActionError(405, 'Bad Request', `The simulator serves GET requests only, not ${req.method ?? '?'}`)));
      return;
    }
    try {
      respond(res, success(base, name, action(catalogue, name, url.searchParams, { base, siteTitle, settings, nextPage })));
    } catch (error) {
      if (error instanceof ActionError) respond(res, failure(base, name, error));
      else respond(res, failure(base, name, new ActionError(500, 'Internal Server Error', (error as Error).message)));
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) respond(res, { status: 500, body: JSON.stringify({ success: false, error: { message: String(error) } }) });
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
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  base = `http://${host}:${address.port}`;

  return {
    url: base,
    catalogue,
    settings,
    requestCount(path) {
      if (path === undefined) return [...counts.values()].reduce((sum, n) => sum + n, 0);
      return counts.get(path) ?? 0;
    },
    requestCounts() {
      return Object.fromEntries(counts);
    },
    requestLog() {
      return log.slice(-LOG_LIMIT);
    },
    resetRequests() {
      counts.clear();
      log = [];
    },
    close() {
      nextPage.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
