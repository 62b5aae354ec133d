// A CSW server on loopback for tests: each request is answered by the test's handler, which sees
// the request's parameters (query string or POSTed XML).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../../../../src/harvest/fetch/http-client.js';
import type { HttpClient } from '../../../../src/sources/http.js';
import type { SourceSettings } from '../../../../src/sources/settings.js';

export interface CswRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  body: string;
}

export interface CswReply {
  status?: number;
  contentType?: string;
  body: string | Buffer;
}

export interface CswTestServer {
  url: string;
  requests: CswRequest[];
  close(): Promise<void>;
}

export async function startCswServer(handle: (request: CswRequest) => CswReply | Promise<CswReply>): Promise<CswTestServer> {
  const requests: CswRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: CswRequest = { method: req.method ?? 'GET', path: url.pathname, params: url.searchParams, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      void Promise.resolve(handle(request)).then(
        (reply) => res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'application/xml; charset=utf-8' }).end(reply.body),
        (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/csw`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The harvester's own client, allowed on loopback, without retries. */
export function loopbackClient(): HttpClient {
  return createHttpClient({ allowPrivateNetwork: true, retries: 0, timeoutMs: 10_000 });
}

export function cswSettings(url: string, overrides: Partial<SourceSettings> = {}): SourceSettings {
  return {
    id: 'test-csw',
    name: { en: 'Test CSW', fr: 'CSW de test' },
    type: 'csw',
    url,
    jurisdiction: { level: 'federal', code: 'CA' },
    primaryLanguage: 'bilingual',
    licenceGate: [],
    filters: {},
    organizationJurisdictions: {},
    ...overrides,
  };
}

/** `startPosition` of a GetRecords, from its query string or its POSTed XML. */
export function startPositionOf(request: CswRequest): number {
  const kvp = request.params.get('startPosition');
  if (kvp !== null) return Number(kvp);
  const m = /startPosition="(\d+)"/.exec(request.body);
  return m?.[1] !== undefined ? Number(m[1]) : 1;
}
