// Online resources as distributions: `gmd:distributionInfo//gmd:onLine/gmd:CI_OnlineResource`
// (and a service's `srv:connectPoint`s). The format comes from what says it best: HNAP's
// description `Dataset;CSV;eng,fra` (content type; format; languages), the protocol
// (`ESRI REST: Map Service`, `OGC:WMS`, a media type; not `WWW:DOWNLOAD-1.0-http--download` or
// `HTTPS`, which only say how to get it), then the URL, then for a download the record's
// `gmd:distributionFormat` when it names one format only.
import { createHash } from 'node:crypto';
import type { Distribution } from '../../../core/dataset.js';
import { normalizeFormat } from '../../../core/formats.js';
import type { LangString } from '../../../core/langstring.js';
import { normalizeLanguage } from '../../../core/languages.js';
import { allAt, attr, child, descendants, type XmlElement } from '../xml/tree.js';
import type { TextLanguages } from './language.js';
import { langStringOf, oneLine, paragraphs, rawLangString } from './texts.js';
import { absoluteUrl, codeOf, propertyText } from './values.js';

/** HNAP's `content type;format;languages` triple. */
export interface HnapDescription {
  contentType: string;
  format: string;
  languages: string[];
}

const LANGUAGE_LIST = /^\s*[a-z]{2,3}(?:\s*,\s*[a-z]{2,3})*\s*$/i;

export function hnapDescription(text: string | undefined): HnapDescription | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(';');
  if (parts.length !== 3) return undefined;
  const [contentType = '', format = '', languageList = ''] = parts.map((p) => p.trim());
  if (contentType === '' || !LANGUAGE_LIST.test(languageList)) return undefined;
  const languages: string[] = [];
  for (const code of languageList.split(',')) {
    const lang = code.trim().toLowerCase() === 'zxx' ? undefined : normalizeLanguage(code.trim());
    if (lang !== undefined && !languages.includes(lang)) languages.push(lang);
  }
  return { contentType, format, languages };
}

// HNAP content types (English and French) as open.canada.ca resource types.
const RESOURCE_TYPES: Readonly<Record<string, string>> = {
  dataset: 'dataset',
  'données': 'dataset',
  donnees: 'dataset',
  'web service': 'web_service',
  'service web': 'web_service',
  api: 'api',
  application: 'application',
  'supporting document': 'guide',
  'document de soutien': 'guide',
  'web page': 'website',
  'page web': 'website',
  website: 'website',
  'site web': 'website',
};

const ONLY_HOW = /^(?:https?|ftps?|file|www:(?:download|link)|download|link|web ?address|url)\b/i;

/** The format a protocol names, if it names one. */
export function protocolFormat(protocol: string | undefined): string | undefined {
  if (protocol === undefined) return undefined;
  const p = protocol.trim();
  if (p === '' || ONLY_HOW.test(p)) return undefined;
  if (/esri|arcgis/i.test(p)) return 'ESRI REST';
  const ogc = /^OGC:([A-Za-z]+)/i.exec(p);
  if (ogc?.[1] !== undefined) return normalizeFormat({ format: ogc[1] }) ?? ogc[1].toUpperCase();
  if (/\bkml\b|kmz/i.test(p)) return 'KML';
  return normalizeFormat({ format: p });
}

function vague(format: string | undefined): boolean {
  return format === undefined || /^(?:other|unknown|autre)$/i.test(format);
}

function derivedId(url: string, protocol: string | undefined): string {
  return `url-${createHash('sha256').update(`${url}\n${protocol ?? ''}`).digest('hex').slice(0, 16)}`;
}

function fileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const last = path.replace(/\/+$/, '').split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || url;
  } catch {
    return last || url;
  }
}

/** `urn:xml:lang:eng-CAN` on an `gmd:onLine` says the language of what it links to. */
function roleLanguage(onLine: XmlElement | undefined): string | undefined {
  const role = attr(onLine, 'xlink:role');
  const m = /^urn:xml:lang:([a-z]{2,3})/i.exec(role ?? '');
  return m?.[1] === undefined ? undefined : normalizeLanguage(m[1]);
}

/** The one format the record's `gmd:distributionFormat`s (and distributors' formats) name, if
 * they name exactly one that the core knows. */
export function recordFormat(record: XmlElement): string | undefined {
  const found = new Set<string>();
  for (const distributionInfo of allAt(record, 'gmd:distributionInfo')) {
    for (const format of descendants(distributionInfo, 'gmd:MD_Format')) {
      const id = normalizeFormat({ format: propertyText(child(format, 'gmd:name')) ?? '' });
      if (id !== undefined && !vague(id)) found.add(id);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether a link could be the file itself rather than a page of a web application
 * (`…/catalog.search#/metadata/…`) or a request to a web service (`?SERVICE=CSW&REQUEST=…`),
 * which catalogues mark as downloads too. */
function mayBeFile(url: string): boolean {
  try {
    const u = new URL(url);
    return u.hash === '' && ![...u.searchParams.keys()].some((key) => /^(?:service|request)$/i.test(key));
  } catch {
    return false;
  }
}

function isDownload(resource: XmlElement, protocol: string | undefined): boolean {
  const code = codeOf(child(resource, 'gmd:function'));
  return (code.value ?? code.text) === 'download' || /^WWW:DOWNLOAD/i.test(protocol ?? '');
}

function distributionOf(resource: XmlElement, onLine: XmlElement | undefined, languages: TextLanguages, declared: string | undefined): Omit<Distribution, 'id'> | undefined {
  const url = absoluteUrl(propertyText(child(resource, 'gmd:linkage')));
  if (url === undefined) return undefined;
  const protocol = propertyText(child(resource, 'gmd:protocol'));
  const descriptions = rawLangString(child(resource, 'gmd:description'), languages);
  const triple = hnapDescription(descriptions[languages.main] ?? Object.values(descriptions).find((d) => d !== undefined));
  const names = rawLangString(child(resource, 'gmd:name'), languages);
  const nameTriple = hnapDescription(names[languages.main]);
  const hnap = triple ?? nameTriple;
  const fromHnap = hnap !== undefined && !vague(hnap.format) ? normalizeFormat({ format: hnap.format }) : undefined;
  // A download whose link says no format (`…/telechargement?id=…`) is in the record's one format.
  const format = fromHnap ?? protocolFormat(protocol) ?? normalizeFormat({ url }) ?? (isDownload(resource, protocol) && mayBeFile(url) ? declared : undefined);
  let title: LangString = nameTriple === undefined ? langStringOf(child(resource, 'gmd:name'), languages, oneLine) : {};
  const description = triple === undefined ? langStringOf(child(resource, 'gmd:description'), languages, paragraphs) : {};
  if (Object.keys(title).length === 0) title = { und: fileName(url) };
  const resourceType = hnap === undefined ? undefined : RESOURCE_TYPES[hnap.contentType.toLowerCase()];
  const linkLanguage = roleLanguage(onLine);
  const distributionLanguages = hnap?.languages ?? (linkLanguage !== undefined ? [linkLanguage] : []);
  const d: Omit<Distribution, 'id'> = { title, url, languages: distributionLanguages };
  if (Object.keys(description).length > 0) d.description = description;
  if (format !== undefined) d.format = format;
  if (resourceType !== undefined) d.resourceType = resourceType;
  else if (/^(?:OGC:|ESRI)/i.test(protocol ?? '')) d.resourceType = 'web_service';
  else if (isDownload(resource, protocol)) d.resourceType = 'dataset';
  return d;
}

/** Every online resource of the distribution information, and a service's connect points. */
export function distributionsOf(record: XmlElement, identification: XmlElement | undefined, languages: TextLanguages): Distribution[] {
  const found: Array<{ resource: XmlElement; onLine?: XmlElement }> = [];
  for (const distributionInfo of allAt(record, 'gmd:distributionInfo')) {
    for (const onLine of descendants(distributionInfo, 'gmd:onLine')) {
      for (const resource of allAt(onLine, 'gmd:CI_OnlineResource')) found.push({ resource, onLine });
    }
  }
  for (const point of descendants(identification, 'srv:connectPoint')) {
    for (const resource of allAt(point, 'gmd:CI_OnlineResource')) found.push({ resource });
  }
  const declared = recordFormat(record);
  const out: Distribution[] = [];
  const seen = new Set<string>();
  for (const { resource, onLine } of found) {
    const d = distributionOf(resource, onLine, languages, declared);
    if (d === undefined) continue;
    const protocol = propertyText(child(resource, 'gmd:protocol'));
    const id = derivedId(d.url, protocol);
    // The same link twice (a service's operations often share one endpoint) is one distribution.
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, ...d });
  }
  return out;
}
