import { describe, expect, it } from 'vitest';
import { RdfDocumentError, readRdfDocument } from '../../../src/sources/dcat/document.js';
import { canonicalIri } from '../../../src/sources/dcat/rdf/namespaces.js';
import { sniffSyntax, syntaxOfContentType } from '../../../src/sources/dcat/rdf/syntax.js';
import { PREFIXES, readDocument } from './helpers/fixtures.js';
import { streamOf } from './helpers/streams.js';

const TURTLE = `${PREFIXES}
<http://x.test/d/1> a dcat:Dataset ; dct:title "Routes"@fr, "Roads"@en ;
  dcat:distribution [ a dcat:Distribution ; dcat:downloadURL <http://x.test/f.csv> ] .
`;

const RDFXML = `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:d="http://www.w3.org/ns/dcat#" xmlns:t="http://purl.org/dc/terms/">
  <d:Dataset rdf:about="http://x.test/d/1"><t:title xml:lang="en">Roads</t:title></d:Dataset>
</rdf:RDF>`;

const JSONLD = JSON.stringify({
  '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' },
  '@graph': [{ '@id': 'http://x.test/d/1', '@type': 'dcat:Dataset', 'dct:title': { '@value': 'Roads', '@language': 'en' } }],
});

function titles(raw: unknown): unknown {
  return (raw as Record<string, unknown>)['http://purl.org/dc/terms/title'];
}

describe('which syntax a document is in', () => {
  it('follows the content type, parameters and case aside', () => {
    expect(syntaxOfContentType('text/turtle; charset=utf-8')).toBe('turtle');
    expect(syntaxOfContentType('Application/RDF+XML')).toBe('rdfxml');
    expect(syntaxOfContentType('application/ld+json')).toBe('jsonld');
    expect(syntaxOfContentType('application/n-triples')).toBe('turtle');
    expect(syntaxOfContentType('application/xml')).toBeUndefined();
    expect(syntaxOfContentType(undefined)).toBeUndefined();
  });

  it('sniffs the first characters after a BOM and blank lines', () => {
    expect(sniffSyntax('\uFEFF\n\n<?xml version="1.0"?><rdf:RDF>')).toBe('rdfxml');
    expect(sniffSyntax('  @prefix dcat: <http://www.w3.org/ns/dcat#> .')).toBe('turtle');
    expect(sniffSyntax('PREFIX dcat: <http://www.w3.org/ns/dcat#>')).toBe('turtle');
    expect(sniffSyntax('<http://x.test/d/1> a <http://www.w3.org/ns/dcat#Dataset> .')).toBe('turtle');
    expect(sniffSyntax('[{"@id": "x"}]')).toBe('jsonld');
    expect(sniffSyntax('{"@context": {}}')).toBe('jsonld');
    expect(sniffSyntax('<!DOCTYPE html><html>')).toBe('html');
    expect(sniffSyntax('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">')).toBe('html');
    expect(sniffSyntax('hello')).toBeUndefined();
  });

  it('reads the same dataset from Turtle, RDF/XML and JSON-LD, by content type or by sniffing', async () => {
    for (const [body, contentType] of [
      [TURTLE, 'text/turtle'],
      [TURTLE, 'text/plain'],
      [RDFXML, 'application/rdf+xml'],
      [RDFXML, 'application/xml'],
      [JSONLD, 'application/ld+json'],
      [JSONLD, 'application/json'],
    ] as const) {
      const { datasets } = await readDocument(body, { contentType });
      expect(datasets.map((d) => d.key), `${contentType}: ${body.slice(0, 30)}`).toEqual(['http://x.test/d/1']);
      expect(titles(datasets[0]?.raw)).toContainEqual({ '@value': 'Roads', '@language': 'en' });
    }
  });

  it('the format option wins over a misleading content type', async () => {
    const batches = [];
    for await (const batch of readRdfDocument(streamOf(TURTLE, { contentType: 'application/json' }), { format: 'turtle' })) batches.push(batch);
    expect(batches.at(-1)?.end?.syntax).toBe('turtle');
    expect(batches.flatMap((b) => b.datasets)).toHaveLength(1);
  });
});

describe('reading a document as it arrives', () => {
  it('does not mind chunks that split characters, tokens, BOMs and XML declarations after blank lines', async () => {
    const xml = `\uFEFF\n\n   ${RDFXML.replace('Roads', 'Routes – Montréal')}`;
    for (const chunkSize of [1, 3, 7, 4096]) {
      const { datasets } = await readDocument(Buffer.from(xml, 'utf8'), { chunkSize, contentType: 'application/rdf+xml' });
      expect(titles(datasets[0]?.raw)).toEqual([{ '@value': 'Routes – Montréal', '@language': 'en' }]);
    }
    const { datasets } = await readDocument(`\uFEFF${TURTLE}`, { chunkSize: 5 });
    expect(datasets).toHaveLength(1);
  });

  it('decodes the charset the content type or the XML declaration names', async () => {
    const latin1 = Buffer.from(RDFXML.replace('utf-8', 'ISO-8859-1').replace('Roads', 'Québec'), 'latin1');
    const { datasets } = await readDocument(latin1, { contentType: 'application/rdf+xml' });
    expect(titles(datasets[0]?.raw)).toEqual([{ '@value': 'Québec', '@language': 'en' }]);
  });

  it('refuses an HTML page, naming the URL', async () => {
    const read = readDocument('<!doctype html><html><body>Portal</body></html>', { contentType: 'text/html', url: 'http://portal.test/' });
    await expect(read).rejects.toBeInstanceOf(RdfDocumentError);
    await expect(readDocument('<html><body>x</body></html>', { contentType: 'text/html', url: 'http://portal.test/' })).rejects.toThrow(/http:\/\/portal\.test\/ answered an HTML page/);
  });

  it('refuses an empty answer and one that is no RDF syntax', async () => {
    await expect(readDocument('', { url: 'http://portal.test/c' })).rejects.toThrow(/empty document/);
    await expect(readDocument('hello world', { contentType: 'text/plain' })).rejects.toThrow(/neither Turtle, RDF\/XML nor JSON-LD.*hello world/);
  });

  it('keeps what was read before a syntax error and says where it broke and what it dropped', async () => {
    const broken = `${PREFIXES}
<http://x.test/d/1> a dcat:Dataset ; dct:title "One" .
<http://x.test/d/2> a dcat:Dataset ; dct:title "Two" ;
  dct:issued "2024-01-01"^^<<broken> .
`;
    const { datasets, end } = await readDocument(broken, { contentType: 'text/turtle', url: 'http://portal.test/c.ttl' });
    expect(datasets.map((d) => d.key)).toEqual(['http://x.test/d/1']);
    expect(end.malformed?.broken).toEqual(['http://x.test/d/2']);
    expect(end.malformed?.message).toMatch(/Turtle document at http:\/\/portal\.test\/c\.ttl is malformed: .*line 15/);
  });

  it('names the dataset a Turtle error breaks inside one of its blank nodes (stated only once closed)', async () => {
    const broken = `${PREFIXES}
<http://x.test/d/1> a dcat:Dataset ; dct:title "One" .
<http://x.test/d/2> a dcat:Dataset ; dct:title "Two" ;
  dcat:distribution [ a dcat:Distribution ; dcat:downloadURL <http://x.test/a b.csv> ] .
`;
    const { datasets, end } = await readDocument(broken, { contentType: 'text/turtle' });
    expect(datasets.map((d) => d.key)).toEqual(['http://x.test/d/1']);
    expect(end.malformed?.broken).toEqual(['http://x.test/d/2']);
  });

  const RDFXML_TWO = (second: string) => `<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [<!ENTITY xsd "http://www.w3.org/2001/XMLSchema#">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#" xmlns:dct="http://purl.org/dc/terms/">
  <dcat:Dataset rdf:about="http://x.test/d/1"><dct:title>One</dct:title><dct:issued rdf:datatype="&xsd;date">2024-01-01</dct:issued></dcat:Dataset>
  <dcat:Dataset rdf:about="http://x.test/d/2">${second}`;

  it('reads RDF/XML with DOCTYPE entities, and finds it cut off midway (the parser alone ends quietly)', async () => {
    const whole = await readDocument(`${RDFXML_TWO('<dct:title>Two</dct:title></dcat:Dataset>')}</rdf:RDF>`, { contentType: 'application/rdf+xml' });
    expect(whole.end.malformed).toBeUndefined();
    expect(whole.datasets.map((d) => d.key)).toEqual(['http://x.test/d/1', 'http://x.test/d/2']);
    const cut = await readDocument(RDFXML_TWO('<dct:title>Two</dct:title><dct:description>Half a desc'), { contentType: 'application/rdf+xml', url: 'http://portal.test/c.rdf' });
    expect(cut.datasets.map((d) => d.key)).toEqual(['http://x.test/d/1']);
    expect(cut.end.malformed?.broken).toEqual(['http://x.test/d/2']);
    expect(cut.end.malformed?.message).toMatch(/RDF\/XML document at http:\/\/portal\.test\/c\.rdf is malformed: .*unclosed tag/);
  });

  it('refuses RDF/XML whose entity references would multiply the document, keeping what came before', async () => {
    const entity = 'tide '.repeat(200); // 1,000 characters: under the length limit
    const body = RDFXML_TWO(`<dct:description>${'&tide;'.repeat(5_000)}</dct:description></dcat:Dataset></rdf:RDF>`).replace('<!ENTITY xsd', `<!ENTITY tide "${entity}"><!ENTITY xsd`);
    for (const chunkSize of [body.length, 4096]) {
      const { datasets, end } = await readDocument(body, { contentType: 'application/rdf+xml', url: 'http://portal.test/c.rdf', chunkSize });
      expect(end.malformed?.message, `chunks of ${chunkSize}`).toMatch(/c\.rdf is malformed: entity references add \d+ characters .*\(entity expansion\): refused/);
      expect(datasets.every((d) => d.key !== 'http://x.test/d/2')).toBe(true);
    }
  });

  it('drops the RDF/XML dataset a bare "&" or a stray tag breaks, and takes no triple made up after the error', async () => {
    for (const second of ['<dct:title>Parks & lakes</dct:title></dcat:Dataset></rdf:RDF>', '<dct:title>Two</dct:titel><dct:description>after</dct:description></dcat:Dataset></rdf:RDF>']) {
      const { datasets, end } = await readDocument(RDFXML_TWO(second), { contentType: 'application/rdf+xml' });
      expect(datasets.map((d) => d.key), second).toEqual(['http://x.test/d/1']);
      expect(end.malformed?.broken, second).toEqual(['http://x.test/d/2']);
    }
  });

  it('understands common prefixes a document forgot to declare, keeping its own line numbers', async () => {
    const { datasets } = await readDocument('<http://x.test/d/1> a dcat:Dataset ; dct:title "Undeclared prefixes" .', { contentType: 'text/turtle' });
    expect(titles(datasets[0]?.raw)).toEqual([{ '@value': 'Undeclared prefixes' }]);
    const { end } = await readDocument('\n\n<http://x.test/d/1> a dcat:Dataset ; oops:title "x" .', { contentType: 'text/turtle' });
    expect(end.malformed?.message).toMatch(/line 3/);
  });
});

describe('namespace spellings', () => {
  it('reads https, broken "terms/#" contexts and every Hydra namespace variant as one IRI per term', () => {
    expect(canonicalIri('https://www.w3.org/ns/dcat#Dataset')).toBe('http://www.w3.org/ns/dcat#Dataset');
    expect(canonicalIri('http://purl.org/dc/terms/#license')).toBe('http://purl.org/dc/terms/license');
    expect(canonicalIri('https://schema.org/startDate')).toBe('http://schema.org/startDate');
    for (const iri of ['http://www.w3.org/ns/hydra/context.jsonldnextPage', 'http://www.w3.org/ns/hydra/context.jsonld#nextPage', 'https://www.w3.org/ns/hydra/core#nextPage']) {
      expect(canonicalIri(iri)).toBe('http://www.w3.org/ns/hydra/core#nextPage');
    }
    expect(canonicalIri('http://example.org/hydra/next')).toBe('http://example.org/hydra/next');
  });
});
