// Fault injection, XML: a CSW and an RDF/XML DCAT source that harvested fine, then send entity
// expansion (billion laughs) or external entities (XXE). The document is refused, nothing is
// expanded or read from disk, and every record harvested before stays.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startCswSimulator, CSW_PATH, type CswSimulator } from '../../src/sources/csw/simulator/index.js';
import { answer, startHostileServer } from './fake-ckan.js';
import { expectContained, faultHarness, harvestBothThenGrowSteady, type FaultHarness } from './harness.js';

const LAUGHS = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
const BILLION_LAUGHS_DTD = (root: string) => `<!DOCTYPE ${root} [<!ENTITY lol0 "lol">${LAUGHS}]>`;
const XXE_DTD = (root: string) => `<!DOCTYPE ${root} [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>`;

let h: FaultHarness | undefined;
let csw: CswSimulator | undefined;
afterEach(async () => {
  await h?.close();
  await csw?.close();
  h = undefined;
  csw = undefined;
});

/** A CSW source: the simulator behind a server that forwards to it until turned hostile. */
async function cswHarness(): Promise<FaultHarness> {
  csw = await startCswSimulator({ records: 7 });
  const target = new URL(csw.url);
  const server = await startHostileServer((url, req, res) => {
    const forward = request({ host: target.hostname, port: target.port, path: url.pathname + url.search, method: req.method, headers: req.headers }, (upstream) => {
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(res);
    });
    req.pipe(forward);
  });
  return faultHarness({ kind: { server, type: 'csw', url: `${server.url.replace(/\/$/, '')}${CSW_PATH}`, records: 7 } });
}

const rdfDataset = (i: number) =>
  `<dcat:Dataset rdf:about="https://rdf.example.ca/dataset/${i}"><dct:identifier>rdf-${i}</dct:identifier>` +
  `<dct:title xml:lang="en">Glaciers dataset ${i}</dct:title><dct:description xml:lang="en">Ice, part ${i}.</dct:description>` +
  `<dcat:keyword xml:lang="en">glaciers</dcat:keyword><dct:modified>2026-01-0${1 + (i % 9)}</dct:modified></dcat:Dataset>`;
const RDF_OPEN = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#" xmlns:dct="http://purl.org/dc/terms/">';
const rdfCatalogue = (datasets: string, dtd = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${dtd}${RDF_OPEN}<dcat:Catalog rdf:about="https://rdf.example.ca/catalog">` +
  `${Array.from({ length: 5 }, (_, i) => `<dcat:dataset rdf:resource="https://rdf.example.ca/dataset/${i}"/>`).join('')}</dcat:Catalog>${datasets}</rdf:RDF>`;
const RDF = { 'content-type': 'application/rdf+xml; charset=utf-8' };

/** An RDF/XML DCAT source of five datasets. */
async function rdfHarness(): Promise<FaultHarness> {
  const server = await startHostileServer((_url, _req, res) => answer(res, 200, RDF, rdfCatalogue(Array.from({ length: 5 }, (_, i) => rdfDataset(i)).join(''))));
  return faultHarness({ kind: { server, type: 'dcat', url: `${server.url}catalog.rdf`, options: { format: 'rdfxml' }, records: 5 } });
}

describe('XML that expands entities or reads external ones', () => {
  it('CSW with billion laughs: refused without expanding, the job fails', async () => {
    h = await cswHarness();
    await harvestBothThenGrowSteady(h);
    h.hostileServer.turn((_u, _r, res) =>
      answer(res, 200, { 'content-type': 'application/xml' }, `<?xml version="1.0"?>${BILLION_LAUGHS_DTD('csw:GetRecordsResponse')}<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"><csw:SearchResults numberOfRecordsMatched="7" numberOfRecordsReturned="1" nextRecord="0"><x>&lol9;</x></csw:SearchResults></csw:GetRecordsResponse>`),
    );
    const r = await h.run();
    const job = await expectContained(h, r, /entity "lol1" built from other entities \(entity expansion\): refused/, 'failed');
    expect(JSON.stringify(job)).not.toMatch(/(lol){20}/);
  });

  it('CSW with an external entity (XXE): refused, no file read', async () => {
    h = await cswHarness();
    await harvestBothThenGrowSteady(h);
    h.hostileServer.turn((_u, _r, res) =>
      answer(res, 200, { 'content-type': 'application/xml' }, `<?xml version="1.0"?>${XXE_DTD('csw:GetRecordsResponse')}<csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"><csw:SearchResults numberOfRecordsMatched="7" numberOfRecordsReturned="1" nextRecord="0"><x>&xxe;</x></csw:SearchResults></csw:GetRecordsResponse>`),
    );
    const r = await h.run();
    await expectContained(h, r, /external entity "xxe" \(XXE\): refused/, 'failed');
  });

  it('RDF/XML with billion laughs: refused without expanding, nothing is withdrawn', async () => {
    h = await rdfHarness();
    await harvestBothThenGrowSteady(h);
    const laughing = rdfDataset(0).replace('Glaciers dataset 0', '&lol9;');
    h.hostileServer.turn((_u, _r, res) => answer(res, 200, RDF, rdfCatalogue(laughing + [1, 2, 3, 4].map(rdfDataset).join(''), BILLION_LAUGHS_DTD('rdf:RDF'))));
    const r = await h.run();
    const job = await expectContained(h, r, /catalog\.rdf is malformed: the DOCTYPE declares an entity "lol1" built from other entities \(entity expansion\): refused/);
    expect(JSON.stringify(job)).not.toMatch(/(lol){20}/);
    const titles = (await h.catalogue.search({ filters: { source: ['hostile'] }, size: 100 })).results.map((r) => JSON.stringify(r.title));
    expect(titles.join()).not.toMatch(/lol/);
  });

  it('RDF/XML with an external entity (XXE): refused, no file read', async () => {
    h = await rdfHarness();
    await harvestBothThenGrowSteady(h);
    const stealing = rdfDataset(0).replace('Glaciers dataset 0', '&xxe;');
    h.hostileServer.turn((_u, _r, res) => answer(res, 200, RDF, rdfCatalogue(stealing + [1, 2, 3, 4].map(rdfDataset).join(''), XXE_DTD('rdf:RDF'))));
    const r = await h.run();
    await expectContained(h, r, /catalog\.rdf is malformed: the DOCTYPE declares an external entity "xxe" \(XXE\): refused/);
  });

  it('a streamed RDF/XML body trickling byte by byte: the job fails instead of taking hours', async () => {
    h = await rdfHarness();
    await harvestBothThenGrowSteady(h);
    let sent = 0;
    h.hostileServer.turn((_u, _r, res) => {
      const body = rdfCatalogue([0, 1, 2, 3, 4].map(rdfDataset).join(''));
      res.writeHead(200, RDF);
      const timer = setInterval(() => (sent < body.length ? res.write(body[sent++]) : clearInterval(timer)), 10);
      res.on('close', () => clearInterval(timer));
      return true;
    });
    await expectContained(h, await h.run(), new RegExp(`catalog\\.rdf failed while reading: the body trickles in: \\d+ bytes in \\d+\\.\\d s, under 1024 bytes/s`));
    expect(sent).toBeGreaterThan(0);
  });

  it('a CSW server killed mid-page: the job fails and the records read before stay', async () => {
    h = await cswHarness();
    await harvestBothThenGrowSteady(h);
    const target = new URL(csw!.url);
    h.hostileServer.turn((url, req, res) => {
      const forward = request({ host: target.hostname, port: target.port, path: url.pathname + url.search, method: req.method, headers: req.headers }, async (upstream) => {
        const chunks: Buffer[] = [];
        for await (const chunk of upstream) chunks.push(chunk as Buffer);
        const body = Buffer.concat(chunks);
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => h?.hostileServer.kill(), 10));
      });
      req.pipe(forward);
      return true;
    });
    await expectContained(h, await h.run(), /csw\?.* failed while reading: the connection closed before the end of the response/, 'failed');
  });

  it('RDF/XML paging whose next page points back: the crawl stops with a problem, nothing is withdrawn', async () => {
    h = await rdfHarness();
    await harvestBothThenGrowSteady(h);
    h.hostileServer.turn((url, _r, res) => {
      const page = url.searchParams.get('page') === '2' ? 2 : 1;
      const next = `${h!.hostileServer.url}catalog.rdf?page=${page === 1 ? 2 : 1}`; // page 2 leads back to page 1
      const paging = `<hydra:PagedCollection xmlns:hydra="http://www.w3.org/ns/hydra/core#" rdf:about="${url.href.replace(/&/g, '&amp;')}"><hydra:nextPage>${next}</hydra:nextPage><hydra:totalItems rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">5</hydra:totalItems></hydra:PagedCollection>`;
      return answer(res, 200, RDF, rdfCatalogue((page === 1 ? [0, 1, 2] : [3, 4]).map(rdfDataset).join('') + paging));
    });
    await expectContained(h, await h.run(), /a page already read \(the catalogue's paging loops\): the crawl stopped there/, 'partial');
  });
});
