// Path models of the kinds whose raw records are not plain JSON fields: CKAN's `extras` list
// (named by key), CSW's ISO element tree (named as an XPath of element names) and DCAT's
// expanded JSON-LD (IRIs compacted to prefixes, literals named with their language).
import * as ns from '../../sources/dcat/rdf/namespaces.js';
import { isRecord, jsonName, valueAt, type Loc } from './locations.js';
import { JSON_PROBES, jsonLeaves, type Leaf, type PathModel } from './path-model.js';

function ckanName(raw: unknown, loc: Loc): string | undefined {
  if (loc[0] === 'extras' && typeof loc[1] === 'number') {
    if (loc.length === 2) return undefined;
    const key = valueAt(raw, ['extras', loc[1], 'key']);
    if (loc[2] === 'key') return undefined;
    return `extras[${typeof key === 'string' ? key : '?'}]`;
  }
  return jsonName(loc);
}

export const CKAN_MODEL: PathModel = {
  leaves(raw) {
    const out: Leaf[] = [];
    for (const loc of jsonLeaves(raw)) {
      const name = ckanName(raw, loc);
      if (name === undefined) continue;
      // An extra goes out whole: an entry with a key and no value is not what a portal sends.
      const unit = loc[0] === 'extras' && typeof loc[1] === 'number' ? loc.slice(0, 2) : loc;
      out.push({ name, loc, unit });
    }
    return out;
  },
  nameOf: ckanName,
  probes: JSON_PROBES,
  tracesAbsent: true,
};

interface XmlNode {
  name: string;
  attrs?: Record<string, string>;
  children?: XmlNode[];
  text?: string;
}

function isXmlNode(value: unknown): value is XmlNode {
  return isRecord(value) && typeof value['name'] === 'string';
}

function xmlLeaves(node: XmlNode, loc: Loc, path: string, out: Leaf[]): void {
  const here = path === '' ? node.name : path;
  if (typeof node.text === 'string') out.push({ name: here, loc: [...loc, 'text'], unit: [...loc, 'text'] });
  for (const attr of Object.keys(node.attrs ?? {})) {
    const at = [...loc, 'attrs', attr];
    out.push({ name: `${here}/@${attr}`, loc: at, unit: at });
  }
  (node.children ?? []).forEach((child, i) => {
    if (isXmlNode(child)) xmlLeaves(child, [...loc, 'children', i], path === '' ? child.name : `${path}/${child.name}`, out);
  });
}

function xmlName(raw: unknown, loc: Loc): string | undefined {
  const names: string[] = [];
  let node: unknown = raw;
  for (let i = 0; i < loc.length; i++) {
    const key = loc[i];
    if (key === 'children' && typeof loc[i + 1] === 'number') {
      node = isXmlNode(node) ? node.children?.[loc[i + 1] as number] : undefined;
      if (!isXmlNode(node)) return undefined;
      names.push(node.name);
      i++;
    } else if (key === 'text' && i === loc.length - 1) {
      return names.length > 0 ? names.join('/') : isXmlNode(raw) ? raw.name : undefined;
    } else if (key === 'attrs' && typeof loc[i + 1] === 'string' && i + 2 === loc.length) {
      return `${names.length > 0 ? names.join('/') : isXmlNode(raw) ? raw.name : ''}/@${String(loc[i + 1])}`;
    } else return undefined;
  }
  return undefined;
}

export const XML_MODEL: PathModel = {
  leaves(raw) {
    const out: Leaf[] = [];
    if (isXmlNode(raw)) xmlLeaves(raw, [], '', out);
    return out;
  },
  nameOf: xmlName,
  probes: [],
  tracesAbsent: false,
};

const PREFIXES: readonly [string, string][] = [
  ['dct', ns.DCT],
  ['dcat', ns.DCAT],
  ['foaf', ns.FOAF],
  ['vcard', ns.VCARD],
  ['skos', ns.SKOS],
  ['schema', ns.SCHEMA],
  ['locn', ns.LOCN],
  ['adms', ns.ADMS],
  ['time', ns.TIME],
  ['gsp', ns.GSP],
  ['rdfs', ns.RDFS],
  ['rdf', ns.RDF],
  ['dc', ns.DC],
  ['hydra', ns.HYDRA],
];

export function compactIri(iri: string): string {
  for (const [prefix, base] of PREFIXES) if (iri.startsWith(base)) return `${prefix}:${iri.slice(base.length)}`;
  return `<${iri}>`;
}

function join(path: string, step: string): string {
  return path === '' ? step : `${path}/${step}`;
}

function dcatLeaves(node: Record<string, unknown>, loc: Loc, path: string, out: Leaf[]): void {
  for (const [key, value] of Object.entries(node)) {
    if (key === '@id') {
      if (typeof value !== 'string') continue;
      const onlyId = Object.keys(node).every((k) => k === '@id' || k === '@type');
      // A node that is only an IRI (an accessURL, a licence) goes out whole.
      out.push({ name: path === '' ? '@id' : path, loc: [...loc, '@id'], unit: onlyId && loc.length > 0 ? loc : [...loc, '@id'] });
    } else if (key === '@type') {
      if (Array.isArray(value)) value.forEach((_, i) => out.push({ name: join(path, 'rdf:type'), loc: [...loc, '@type', i], unit: [...loc, '@type', i] }));
    } else if (key === '@reverse') {
      if (!isRecord(value)) continue;
      for (const [predicate, nodes] of Object.entries(value)) {
        if (!Array.isArray(nodes)) continue;
        nodes.forEach((n, i) => {
          if (isRecord(n)) dcatLeaves(n, [...loc, '@reverse', predicate, i], join(path, `^${compactIri(predicate)}`), out);
        });
      }
    } else if (Array.isArray(value)) {
      const step = join(path, compactIri(key));
      value.forEach((item, i) => {
        if (!isRecord(item)) return;
        if (typeof item['@value'] === 'string') {
          const lang = typeof item['@language'] === 'string' ? `@${item['@language']}` : '';
          out.push({ name: `${step}${lang}`, loc: [...loc, key, i, '@value'], unit: [...loc, key, i] });
        } else dcatLeaves(item, [...loc, key, i], step, out);
      });
    }
  }
}

function dcatName(raw: unknown, loc: Loc): string | undefined {
  let path = '';
  for (let i = 0; i < loc.length; i++) {
    const key = loc[i];
    if (key === undefined || typeof key === 'number') continue;
    if (key === '@reverse') {
      const predicate = loc[i + 1];
      if (typeof predicate !== 'string') return undefined;
      path = join(path, `^${compactIri(predicate)}`);
      i++;
    } else if (key.startsWith('@')) {
      const owner = valueAt(raw, loc.slice(0, i));
      const literal = isRecord(owner) && typeof owner['@value'] === 'string';
      if (key === '@type' && !literal) return join(path, 'rdf:type');
      // A literal (its value, language or datatype) is named with its language, as `leaves` names it.
      const lang = literal && typeof owner['@language'] === 'string' ? `@${owner['@language']}` : '';
      return path === '' ? undefined : `${path}${lang}`;
    } else path = join(path, compactIri(key));
  }
  return path === '' ? undefined : path;
}

export const DCAT_MODEL: PathModel = {
  leaves(raw) {
    const out: Leaf[] = [];
    if (isRecord(raw)) dcatLeaves(raw, [], '', out);
    return out;
  },
  nameOf: dcatName,
  probes: [
    [{ '@value': 'Probe text 2001-02-03', '@language': 'en' }, { '@value': 'Texte sonde 2001-02-03', '@language': 'fr' }],
    [{ '@value': '2001-02-03T04:05:06Z', '@type': `${ns.XSD}dateTime` }],
    [{ '@id': 'https://probe.example/probe.csv' }],
    [{ '@value': 'probe@example.org' }],
  ],
  tracesAbsent: true,
};
