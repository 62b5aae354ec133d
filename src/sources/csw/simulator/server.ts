// A simulated CSW 2.0.2 endpoint on loopback: GetCapabilities and GetRecords (KVP or POSTed XML,
// `resultType` results or hits, `startPosition`/`maxRecords`, `nextRecord`) over a catalogue of
// generated HNAP records. Record `i` is generated when a page asks for it and never kept, so that
// 100,000 records cost no memory.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NS } from '../xml/namespaces.js';
import { catalogueSeed, DEFAULT_SEED, drawRecord } from './draft-record.js';
import { hnapXml } from './hnap-xml.js';

export const CSW_PATH = '/geonetwork/srv/csw';
/** What the server gives when `maxRecords` is missing, and the most it gives (GeoNetwork's caps). */
export const DEFAULT_PAGE = 10;
export const MAX_PAGE = 500;

export interface CswSimulatorOptions {
  records: number;
  seed?: number;
  host?: string;
  port?: number;
}

export interface CswSimulator {
  /** The CSW endpoint. */
  url: string;
  /** Base of the URLs inside records. */
  siteUrl: string;
  records: number;
  requestCount(path?: string): number;
  close(): Promise<void>;
}

interface GetRecords {
  start: number;
  max: number;
  hits: boolean;
  outputSchema: string;
}

function exception(code: string, locator: string, text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ows:ExceptionReport xmlns:ows="${NS.ows}" version="1.2.0"><ows:Exception exceptionCode="${code}" locator="${locator}"><ows:ExceptionText>${text}</ows:ExceptionText></ows:Exception></ows:ExceptionReport>`;
}

const CAPABILITIES = `<?xml version="1.0" encoding="UTF-8"?>
<csw:Capabilities xmlns:csw="${NS.csw}" xmlns:ows="${NS.ows}" xmlns:ogc="${NS.ogc}" version="2.0.2">
  <ows:ServiceIdentification><ows:Title>Federal Geospatial Platform (simulated)</ows:Title><ows:ServiceType>CSW</ows:ServiceType><ows:ServiceTypeVersion>2.0.2</ows:ServiceTypeVersion></ows:ServiceIdentification>
  <ows:OperationsMetadata><ows:Operation name="GetRecords"><ows:Parameter name="outputSchema"><ows:Value>${NS.gmd}</ows:Value></ows:Parameter></ows:Operation></ows:OperationsMetadata>
</csw:Capabilities>`;

function numberParam(value: string | null | undefined, fallback: number): number {
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return fallback;
  return Number(value);
}

/** The parameters of a GetRecords, from its query string (names in any case) or its XML body. */
function readGetRecords(params: URLSearchParams, body: string): GetRecords | undefined {
  const get = (name: string): string | undefined => {
    for (const [key, value] of params) if (key.toLowerCase() === name.toLowerCase()) return value;
    return undefined;
  };
  if (body.includes('GetRecords')) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(body)?.[1];
    return { start: numberParam(attr('startPosition'), 1), max: numberParam(attr('maxRecords'), DEFAULT_PAGE), hits: attr('resultType') === 'hits', outputSchema: attr('outputSchema') ?? NS.csw };
  }
  if (get('request')?.toLowerCase() !== 'getrecords') return undefined;
  return { start: numberParam(get('startPosition'), 1), max: numberParam(get('maxRecords'), DEFAULT_PAGE), hits: get('resultType') === 'hits', outputSchema: get('outputSchema') ?? NS.csw };
}

export async function startCswSimulator(options: CswSimulatorOptions): Promise<CswSimulator> {
  const seed = catalogueSeed(options.seed ?? DEFAULT_SEED);
  const total = options.records;
  const counts = new Map<string, number>();
  let siteUrl = '';

  const answer = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/xml; charset=utf-8' });
    res.end(body);
  };

  function getRecords(res: ServerResponse, request: GetRecords): void {
    if (request.outputSchema !== NS.gmd) return answer(res, 400, exception('InvalidParameterValue', 'outputSchema', `only ${NS.gmd} is served`));
    if (request.start < 1) return answer(res, 400, exception('InvalidParameterValue', 'startPosition', 'startPosition starts at 1'));
    const max = Math.min(request.max, MAX_PAGE);
    const first = request.start;
    const last = request.hits ? first - 1 : Math.min(total, first + max - 1);
    const returned = Math.max(0, last - first + 1);
    const next = request.hits ? 1 : last >= total ? 0 : last + 1;
    res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
    res.write(
      `<?xml version="1.0" encoding="UTF-8"?>\n<csw:GetRecordsResponse xmlns:csw="${NS.csw}"><csw:SearchStatus timestamp="2025-06-30T00:00:00"/>` +
        `<csw:SearchResults numberOfRecordsMatched="${total}" numberOfRecordsReturned="${returned}" elementSet="full" nextRecord="${next}">\n`,
    );
    // Records go out as they are made: a page of big records is never held whole here either.
    let index = first - 1;
    const pump = (): void => {
      while (index < last) {
        const xml = hnapXml(drawRecord(seed, index, siteUrl), siteUrl);
        index++;
        if (!res.write(`${xml}\n`)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end('</csw:SearchResults></csw:GetRecordsResponse>\n');
    };
    pump();
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
      if (url.pathname !== CSW_PATH) return answer(res, 404, exception('NotFound', 'path', `no CSW at ${url.pathname}`));
      const body = Buffer.concat(chunks).toString('utf8');
      const requestName = [...url.searchParams].find(([k]) => k.toLowerCase() === 'request')?.[1]?.toLowerCase();
      if (requestName === 'getcapabilities') return answer(res, 200, CAPABILITIES);
      const getRecordsRequest = readGetRecords(url.searchParams, body);
      if (getRecordsRequest) return getRecords(res, getRecordsRequest);
      return answer(res, 400, exception('OperationNotSupported', 'request', 'GetCapabilities and GetRecords are served'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  siteUrl = `http://${host}:${port}`;
  return {
    url: `${siteUrl}${CSW_PATH}`,
    siteUrl,
    records: total,
    requestCount: (path?: string) => (path === undefined ? [...counts.values()].reduce((a, b) => a + b, 0) : (counts.get(path) ?? 0)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
