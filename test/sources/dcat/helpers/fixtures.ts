// Settings DCAT tests map under, reading documents (strings or fixture files) into raw datasets,
// and a loopback server whose answers each test decides.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../../../../src/harvest/fetch/http-client.js';
import { readRdfDocument, type DocumentEnd } from '../../../../src/sources/dcat/document.js';
import type { EmittedDataset } from '../../../../src/sources/dcat/graph/window.js';
import { mapDcatDataset } from '../../../../src/sources/dcat/map/map.js';
import type { HttpClient } from '../../../../src/sources/http.js';
import type { SourceSettings } from '../../../../src/sources/settings.js';
import type { MapResult, MappedRecord } from '../../../../src/sources/source.js';
import { streamOf } from './streams.js';

export function dcatSettings(extra: Partial<SourceSettings> = {}): SourceSettings {
  return {
    id: 'eu',
    name: { en: 'A European portal', fr: 'Un portail européen' },
    type: 'dcat',
    url: 'http://catalogue.test/catalog',
    jurisdiction: { level: 'international', code: 'EU' },
    primaryLanguage: 'en',
    licenceGate: [],
    filters: {},
    organizationJurisdictions: {},
    ...extra,
  };
}

export interface ReadResult {
  datasets: EmittedDataset[];
  end: DocumentEnd;
}

/** Every dataset of a document, and how it ended. */
export async function readDocument(body: string | Buffer, options: { contentType?: string; url?: string; chunkSize?: number; window?: number } = {}): Promise<ReadResult> {
  const datasets: EmittedDataset[] = [];
  let end: DocumentEnd | undefined;
  for await (const batch of readRdfDocument(streamOf(body, options), options.window !== undefined ? { window: options.window } : {})) {
    datasets.push(...batch.datasets);
    end = batch.end ?? end;
  }
  if (end === undefined) throw new Error('the document never ended');
  return { datasets, end };
}

export function readFixtureFile(path: string, url = 'http://data.test.org/catalog'): Promise<ReadResult> {
  return readDocument(readFileSync(path), { url, chunkSize: 4096 });
}

/** The one record a document maps to. */
export async function mapOne(turtle: string, settings: SourceSettings = dcatSettings(), contentType = 'text/turtle'): Promise<MappedRecord> {
  const { datasets } = await readDocument(turtle, { contentType });
  if (datasets.length !== 1) throw new Error(`expected one dataset, read ${datasets.length}`);
  const result: MapResult = mapDcatDataset(datasets[0]?.raw, { settings });
  if (result.kind !== 'record') throw new Error(`not a record: ${JSON.stringify(result)}`);
  return result.record;
}

export const PREFIXES = `@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix locn: <http://www.w3.org/ns/locn#> .
@prefix gsp: <http://www.opengis.net/ont/geosparql#> .
@prefix schema: <http://schema.org/> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix hydra: <http://www.w3.org/ns/hydra/core#> .
`;

/** The harvester's HTTP client, allowed on loopback, without retries (tests want failures now). */
export function loopbackClient(): HttpClient {
  return createHttpClient({ allowPrivateNetwork: true, retries: 0, timeoutMs: 10_000 });
}

export interface Answer {
  status?: number;
  body: string | Buffer;
  contentType?: string;
}

export interface TestServer {
  url: string;
  requests: { url: URL; accept: string | undefined }[];
  close(): Promise<void>;
}

/** A server on 127.0.0.1 whose answer to each request the test decides (404 when it gives none). */
export async function startServer(route: (url: URL, req: IncomingMessage) => Answer | undefined): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  let base = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push({ url, accept: req.headers.accept });
    const answer = route(url, req) ?? { status: 404, body: 'not found', contentType: 'text/plain' };
    res.writeHead(answer.status ?? 200, answer.contentType !== undefined ? { 'content-type': answer.contentType } : {});
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
