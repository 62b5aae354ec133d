// A simulated DCAT-AP catalogue on loopback: `/catalog` (or `/catalog.ttl`, `/catalog.jsonld`)
// answers Turtle or JSON-LD by content negotiation, a page at a time (`?page=N&page_size=M`),
// with a Hydra `PartialCollectionView` (`first`, `last`, `next`, `previous`) and the collection's
// `totalItems`. Pages are generated when asked and written as they are made.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mix } from '../../simulator/prng.js';
import { JSONLD_CONTEXT, jsonldNode } from './jsonld.js';
import { iri, text, typed, type SimNode, type SimValue } from './model.js';
import { SITE_URL, simulatedDataset } from './profile.js';
import { TURTLE_PROLOGUE, turtleNode } from './turtle.js';

export const DEFAULT_SEED = 20_240_601;
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export interface DcatServerOptions {
  records: number;
  seed?: number;
  host?: string;
  port?: number;
  /** Datasets per page when the request does not say (`page_size`). */
  pageSize?: number;
}

export interface DcatServer {
  /** Base URL, e.g. `http://127.0.0.1:1234`. */
  url: string;
  requestCount(path?: string): number;
  close(): Promise<void>;
}

type Syntax = 'turtle' | 'jsonld';

/** The syntax asked for: the path's extension, else the Accept header's preference (Turtle by default). */
function syntaxFor(path: string, accept: string | undefined): Syntax {
  if (path.endsWith('.jsonld')) return 'jsonld';
  if (path.endsWith('.ttl')) return 'turtle';
  let best: Syntax = 'turtle';
  let bestQ = -1;
  for (const part of (accept ?? '').split(',')) {
    const [type = '', ...params] = part.trim().split(';');
    const q = Number(params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined) ?? '1');
    const syntax: Syntax | undefined = type === 'text/turtle' ? 'turtle' : type === 'application/ld+json' ? 'jsonld' : undefined;
    if (syntax !== undefined && q > bestQ) {
      best = syntax;
      bestQ = q;
    }
  }
  return best;
}

function catalogueNodes(base: string, path: string, page: number, size: number, total: number, datasetIris: string[], explicitSize: boolean): SimNode[] {
  const pages = Math.max(1, Math.ceil(total / size));
  const pageUrl = (n: number) => `${base}${path}?page=${n}${explicitSize ? `&page_size=${size}` : ''}`;
  const view: [string, SimValue][] = [
    ['hydra:first', iri(pageUrl(1))],
    ['hydra:last', iri(pageUrl(pages))],
  ];
  if (page < pages) view.push(['hydra:next', iri(pageUrl(page + 1))]);
  if (page > 1) view.push(['hydra:previous', iri(pageUrl(page - 1))]);
  const catalogue: [string, SimValue][] = [
    ['dct:title', text('Open Government Portal (simulated DCAT-AP feed)', 'en')],
    ['dct:title', text('Portail du gouvernement ouvert (flux DCAT-AP simulé)', 'fr')],
    ['dct:description', text('Datasets of the Government of Canada, in DCAT-AP.', 'en')],
    ['dct:description', text('Jeux de données du gouvernement du Canada, en DCAT-AP.', 'fr')],
    ['dct:modified', typed('2025-06-30T00:00:00Z', 'xsd:dateTime')],
    ['hydra:totalItems', typed(String(total), 'xsd:integer')],
    ['hydra:view', iri(pageUrl(page))],
    ...datasetIris.map((d): [string, SimValue] => ['dcat:dataset', iri(d)]),
  ];
  return [
    { iri: `${SITE_URL}/catalog`, types: ['dcat:Catalog', 'hydra:Collection'], props: catalogue },
    { iri: pageUrl(page), types: ['hydra:PartialCollectionView'], props: view },
  ];
}

/** Writes a page as it is made, a few datasets at a time, waiting when the client reads slower. */
async function writePage(res: ServerResponse, syntax: Syntax, seed: number, from: number, to: number, header: (iris: string[]) => SimNode[]): Promise<void> {
  const iris: string[] = [];
  let chunk = '';
  let first = true;
  const flush = async () => {
    if (chunk === '') return;
    const more = res.write(chunk);
    chunk = '';
    if (!more) await new Promise<void>((resolve) => res.once('drain', resolve));
  };
  const node = (n: SimNode) => {
    if (syntax === 'turtle') chunk += turtleNode(n);
    else {
      chunk += `${first ? '' : ',\n'}${jsonldNode(n)}`;
      first = false;
    }
  };
  chunk += syntax === 'turtle' ? TURTLE_PROLOGUE : `{"@context": ${JSONLD_CONTEXT},\n"@graph": [\n`;
  for (let index = from; index < to; index++) {
    const dataset = simulatedDataset(seed, index);
    iris.push(dataset.iri);
    for (const n of dataset.nodes) node(n);
    if (chunk.length > 64 * 1024) await flush();
  }
  // The catalogue and its paging come last, as ckanext-dcat and udata write them.
  for (const n of header(iris)) node(n);
  if (syntax === 'jsonld') chunk += '\n]}\n';
  await flush();
  res.end();
}

export async function startDcatServer(options: DcatServerOptions): Promise<DcatServer> {
  const seed = mix(options.seed ?? DEFAULT_SEED, 0xdca7);
  const total = options.records;
  const defaultSize = Math.min(MAX_PAGE_SIZE, Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE));
  const counts = new Map<string, number>();
  let base = '';
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    if (!/^\/catalog(?:\.ttl|\.jsonld)?$/.test(url.pathname)) {
      res.writeHead(url.pathname === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(url.pathname === '/' ? '<!doctype html><html><body><a href="/catalog">Catalogue</a></body></html>' : '<html><body>Not found</body></html>');
      return;
    }
    const pageText = url.searchParams.get('page') ?? '1';
    const sizeText = url.searchParams.get('page_size');
    const page = /^\d+$/.test(pageText) ? Math.max(1, Number(pageText)) : NaN;
    const size = sizeText === null ? defaultSize : /^\d+$/.test(sizeText) ? Math.min(MAX_PAGE_SIZE, Math.max(1, Number(sizeText))) : NaN;
    if (Number.isNaN(page) || Number.isNaN(size)) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('page and page_size must be whole numbers');
      return;
    }
    const syntax = syntaxFor(url.pathname, req.headers.accept);
    const from = Math.min(total, (page - 1) * size);
    const to = Math.min(total, from + size);
    res.writeHead(200, { 'content-type': syntax === 'turtle' ? 'text/turtle; charset=utf-8' : 'application/ld+json; charset=utf-8', vary: 'Accept' });
    writePage(res, syntax, seed, from, to, (iris) => catalogueNodes(base, url.pathname, page, size, total, iris, sizeText !== null)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  base = `http://${host}:${address.port}`;
  return {
    url: base,
    requestCount: (path?: string) => (path === undefined ? [...counts.values()].reduce((a, b) => a + b, 0) : (counts.get(path) ?? 0)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
