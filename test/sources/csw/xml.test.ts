// Reading XML as real servers send it: byte order marks, blank lines before the declaration,
// encodings other than UTF-8, default namespaces and any prefix, one tree per record.
import { describe, expect, it } from 'vitest';
import { decodeXml, sniffEncoding } from '../../../src/sources/csw/xml/decode.js';
import { canonicalName } from '../../../src/sources/csw/xml/namespaces.js';
import { XmlSubtreeReader } from '../../../src/sources/csw/xml/reader.js';
import { at, ownText, type XmlElement } from '../../../src/sources/csw/xml/tree.js';

async function* bytes(...chunks: Buffer[]): AsyncGenerator<Buffer> {
  for (const chunk of chunks) yield chunk;
}

async function decoded(chunks: Buffer[], contentType?: string): Promise<string> {
  let out = '';
  for await (const text of decodeXml(bytes(...chunks), contentType)) out += text;
  return out;
}

function trees(xml: string, select: (name: string) => boolean): { trees: XmlElement[]; errors: string[][]; documentErrors: string[]; root?: string } {
  const found: XmlElement[] = [];
  const errors: string[][] = [];
  const reader = new XmlSubtreeReader({ where: 'test.xml', select, onSubtree: (tree, e) => (found.push(tree), errors.push(e)) });
  reader.write(xml);
  const outcome = reader.end();
  return { trees: found, errors, documentErrors: outcome.errors, ...(outcome.root !== undefined ? { root: outcome.root } : {}) };
}

describe('decodeXml', () => {
  it('drops a UTF-8 byte order mark and blank lines before the XML declaration', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(await decoded([bom, Buffer.from('<?xml version="1.0"?><a>é</a>')])).toBe('<?xml version="1.0"?><a>é</a>');
    expect(await decoded([Buffer.from('\n\r\n  \n<?xml version="1.0"?>\n<a/>')])).toBe('<?xml version="1.0"?>\n<a/>');
  });

  it('decodes in the charset the response declares, else the XML declaration, else UTF-8', async () => {
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>Québec</a>', 'latin1');
    expect(await decoded([latin1])).toContain('<a>Québec</a>');
    expect(await decoded([Buffer.from('<a>Québec</a>', 'latin1')], 'text/xml; charset=iso-8859-1')).toBe('<a>Québec</a>');
    expect(await decoded([Buffer.from('<a>Québec</a>', 'utf8')])).toBe('<a>Québec</a>');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>Montréal</a>', 'utf16le')]);
    expect(await decoded([utf16])).toBe('<a>Montréal</a>');
    expect(sniffEncoding(Buffer.from('<?xml version="1.0" encoding="no-such-thing"?>'))).toBe('utf-8');
  });

  it('keeps characters split across chunks whole', async () => {
    const text = Buffer.from('<a>Île-du-Prince-Édouard</a>'.repeat(100), 'utf8');
    const chunks: Buffer[] = [];
    for (let i = 0; i < text.length; i += 7) chunks.push(text.subarray(i, i + 7));
    expect(await decoded(chunks)).toBe('<a>Île-du-Prince-Édouard</a>'.repeat(100));
  });
});

describe('namespaces', () => {
  it('names elements by their namespace URI, GML 3.2 and 3.1.1 alike', () => {
    expect(canonicalName('http://www.isotc211.org/2005/gmd', 'title')).toBe('gmd:title');
    expect(canonicalName('http://www.opengis.net/gml', 'TimePeriod')).toBe('gml:TimePeriod');
    expect(canonicalName('http://www.opengis.net/gml/3.2', 'TimePeriod')).toBe('gml:TimePeriod');
    expect(canonicalName('http://example.org/ns', 'thing')).toBe('{http://example.org/ns}thing');
    expect(canonicalName('', 'plain')).toBe('plain');
  });
});

describe('XmlSubtreeReader', () => {
  const gmd = 'http://www.isotc211.org/2005/gmd';
  const gco = 'http://www.isotc211.org/2005/gco';

  it('reads a default namespace, another prefix and the usual one the same way', () => {
    const docs = [
      `<MD_Metadata xmlns="${gmd}" xmlns:gco="${gco}"><fileIdentifier><gco:CharacterString>a</gco:CharacterString></fileIdentifier></MD_Metadata>`,
      `<x:MD_Metadata xmlns:x="${gmd}" xmlns:y="${gco}"><x:fileIdentifier><y:CharacterString>a</y:CharacterString></x:fileIdentifier></x:MD_Metadata>`,
      `<gmd:MD_Metadata xmlns:gmd="${gmd}" xmlns:gco="${gco}"><gmd:fileIdentifier><gco:CharacterString>a</gco:CharacterString></gmd:fileIdentifier></gmd:MD_Metadata>`,
    ];
    const read = docs.map((doc) => trees(doc, (name) => name === 'gmd:MD_Metadata').trees[0]);
    for (const tree of read) expect(ownText(at(tree, 'gmd:fileIdentifier', 'gco:CharacterString'))).toBe('a');
    expect(read[0]).toEqual(read[1]);
    expect(read[1]).toEqual(read[2]);
  });

  it('builds only the selected subtrees, with their attributes but no namespace declarations, schema locations, types or code registers', () => {
    const xml = `<root xmlns:gmd="${gmd}"><skip><deep/></skip><gmd:MD_Metadata a="1" xmlns:q="urn:q" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="s"><gmd:x q:b="2" codeList="http://register#IC_90" xsi:type="gmd:PT_FreeText_PropertyType">text &amp; more<![CDATA[ <raw> ]]></gmd:x></gmd:MD_Metadata></root>`;
    const { trees: found, root } = trees(xml, (name) => name === 'gmd:MD_Metadata');
    expect(root).toBe('root');
    expect(found).toEqual([{ name: 'gmd:MD_Metadata', attrs: { a: '1' }, children: [{ name: 'gmd:x', attrs: { '{urn:q}b': '2' }, text: 'text & more <raw> ' }] }]);
  });

  it('keeps errors inside a subtree with it, and the document\'s apart', () => {
    const xml = `<root xmlns:gmd="${gmd}"><gmd:MD_Metadata><gmd:t>&nbsp;</gmd:t></gmd:MD_Metadata><gmd:MD_Metadata><gmd:t>fine</gmd:t></gmd:MD_Metadata></root>`;
    const result = trees(xml, (name) => name === 'gmd:MD_Metadata');
    expect(result.trees).toHaveLength(2);
    expect(result.errors[0]?.[0]).toMatch(/^test\.xml:1:\d+: undefined entity/);
    expect(result.errors[1]).toEqual([]);
    expect(result.documentErrors).toEqual([]);
  });

  it('reports a truncated document', () => {
    const result = trees(`<root xmlns:gmd="${gmd}"><gmd:MD_Metadata><gmd:t>cut`, (name) => name === 'gmd:MD_Metadata');
    expect(result.trees).toEqual([]);
    expect(result.documentErrors.join(' ')).toMatch(/unclosed tag/);
  });
});
