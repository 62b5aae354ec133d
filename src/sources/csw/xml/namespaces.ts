// The namespaces of CSW and ISO 19139 documents. Elements are named by a canonical prefix of
// their namespace URI, whatever prefix (or default namespace) a document declares: `gmd:title`
// is the ISO title whether the document wrote `<gmd:title>`, `<title xmlns="…/gmd">` or `<x:title>`.
import { detach } from './detach.js';

export const NS = {
  gmd: 'http://www.isotc211.org/2005/gmd',
  gco: 'http://www.isotc211.org/2005/gco',
  gmx: 'http://www.isotc211.org/2005/gmx',
  gmi: 'http://www.isotc211.org/2005/gmi',
  srv: 'http://www.isotc211.org/2005/srv',
  gts: 'http://www.isotc211.org/2005/gts',
  gml: 'http://www.opengis.net/gml/3.2',
  gml311: 'http://www.opengis.net/gml',
  xlink: 'http://www.w3.org/1999/xlink',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xml: 'http://www.w3.org/XML/1998/namespace',
  csw: 'http://www.opengis.net/cat/csw/2.0.2',
  ows: 'http://www.opengis.net/ows',
  ows11: 'http://www.opengis.net/ows/1.1',
  ogc: 'http://www.opengis.net/ogc',
  dc: 'http://purl.org/dc/elements/1.1/',
  dct: 'http://purl.org/dc/terms/',
} as const;

const XMLNS = 'http://www.w3.org/2000/xmlns/';

// GML 3.2 and 3.1.1 share their time and geometry elements; OWS 1.0 and 1.1 their exceptions
// and service identification: one prefix each.
const PREFIXES = new Map<string, string>([
  [NS.gmd, 'gmd'],
  [NS.gco, 'gco'],
  [NS.gmx, 'gmx'],
  [NS.gmi, 'gmi'],
  [NS.srv, 'srv'],
  [NS.gts, 'gts'],
  [NS.gml, 'gml'],
  ['http://www.opengis.net/gml/3.2.1', 'gml'],
  [NS.gml311, 'gml'],
  [NS.xlink, 'xlink'],
  [NS.xsi, 'xsi'],
  [NS.xml, 'xml'],
  [NS.csw, 'csw'],
  [NS.ows, 'ows'],
  [NS.ows11, 'ows'],
  [NS.ogc, 'ogc'],
  [NS.dc, 'dc'],
  [NS.dct, 'dct'],
]);

// Names by namespace and local name: a record repeats a few hundred names thousands of times,
// and one string per name keeps the trees small and the parser fast.
const names = new Map<string, Map<string, string>>();

/** `gmd:title` for a known namespace, `{uri}local` for another, `local` for none. */
export function canonicalName(uri: string, local: string): string {
  let byLocal = names.get(uri);
  if (byLocal === undefined) {
    if (names.size > 1000) names.clear(); // documents inventing namespaces must not grow this
    byLocal = new Map();
    names.set(detach(uri), byLocal);
  }
  let name = byLocal.get(local);
  if (name === undefined) {
    if (byLocal.size > 5000) byLocal.clear();
    const prefix = uri === '' ? '' : (PREFIXES.get(uri) ?? PREFIXES.get(uri.replace(/\/+$/, '')));
    name = detach(uri === '' ? local : prefix === undefined ? `{${uri}}${local}` : `${prefix}:${local}`);
    byLocal.set(detach(local), name);
  }
  return name;
}

/** Namespace declarations are not data. */
export function isNamespaceDeclaration(uri: string): boolean {
  return uri === XMLNS;
}
