// CSW 2.0.2 requests: GetCapabilities, and GetRecords as KVP (GET) or XML (POST), with an
// optional constraint in CQL or as an OGC filter.
import type { HttpRequestOptions } from '../http.js';
import { NS } from './xml/namespaces.js';

export interface Constraint {
  language: 'CQL_TEXT' | 'FILTER';
  text: string;
}

export interface GetRecordsParams {
  startPosition: number;
  maxRecords: number;
  outputSchema: string;
  typeNames: string;
  elementSetName: string;
  resultType: 'results' | 'hits';
  constraint?: Constraint;
}

/** The endpoint with these parameters set (any of them already in it replaced, case aside). */
export function withParams(endpoint: string, params: Record<string, string>): string {
  const url = new URL(endpoint);
  const ours = new Set(Object.keys(params).map((k) => k.toLowerCase()));
  for (const key of [...url.searchParams.keys()]) if (ours.has(key.toLowerCase())) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

export function capabilitiesUrl(endpoint: string): string {
  return withParams(endpoint, { service: 'CSW', request: 'GetCapabilities', acceptVersions: '2.0.2' });
}

export function constraintOf(text: string): Constraint {
  return { language: text.trimStart().startsWith('<') ? 'FILTER' : 'CQL_TEXT', text: text.trim() };
}

export function getRecordsUrl(endpoint: string, p: GetRecordsParams): string {
  return withParams(endpoint, {
    service: 'CSW',
    version: '2.0.2',
    request: 'GetRecords',
    typeNames: p.typeNames,
    resultType: p.resultType,
    elementSetName: p.elementSetName,
    outputSchema: p.outputSchema,
    startPosition: String(p.startPosition),
    maxRecords: String(p.maxRecords),
    ...(p.constraint ? { constraintLanguage: p.constraint.language, constraint_language_version: '1.1.0', constraint: p.constraint.text } : {}),
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function getRecordsXml(p: GetRecordsParams): string {
  const constraint = p.constraint
    ? p.constraint.language === 'FILTER'
      ? `<csw:Constraint version="1.1.0">${p.constraint.text}</csw:Constraint>`
      : `<csw:Constraint version="1.1.0"><csw:CqlText>${escapeXml(p.constraint.text)}</csw:CqlText></csw:Constraint>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<csw:GetRecords xmlns:csw="${NS.csw}" xmlns:ogc="${NS.ogc}" xmlns:gmd="${NS.gmd}" service="CSW" version="2.0.2"` +
    ` resultType="${p.resultType}" startPosition="${p.startPosition}" maxRecords="${p.maxRecords}" outputSchema="${escapeXml(p.outputSchema)}">` +
    `<csw:Query typeNames="${escapeXml(p.typeNames)}"><csw:ElementSetName>${escapeXml(p.elementSetName)}</csw:ElementSetName>${constraint}</csw:Query>` +
    '</csw:GetRecords>'
  );
}

/** The URL and request options of a GetRecords, by the configured method. POSTed requests are
 * named in reports by their URL with the start position, so that a page can be told apart. */
export function getRecordsRequest(endpoint: string, method: 'GET' | 'POST', p: GetRecordsParams): { url: string; label: string; options: HttpRequestOptions } {
  const accept = 'application/xml, text/xml;q=0.9, */*;q=0.5';
  if (method === 'GET') {
    const url = getRecordsUrl(endpoint, p);
    return { url, label: url, options: { accept } };
  }
  return {
    url: endpoint,
    label: `${endpoint} (POST GetRecords startPosition=${p.startPosition})`,
    options: { accept, body: { text: getRecordsXml(p), contentType: 'application/xml; charset=utf-8' } },
  };
}

/** Records modified at or after an instant (the `Modified` queryable of the ISO application
 * profile), joined to the configured constraint in its own language. */
export function modifiedSince(since: string, configured: Constraint | undefined): Constraint {
  if (configured?.language === 'CQL_TEXT') return { language: 'CQL_TEXT', text: `(${configured.text}) AND Modified >= '${since}'` };
  const ours = `<ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>Modified</ogc:PropertyName><ogc:Literal>${since}</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>`;
  if (configured === undefined) return { language: 'FILTER', text: `<ogc:Filter xmlns:ogc="${NS.ogc}">${ours}</ogc:Filter>` };
  const m = /^(<([\w.-]+:)?Filter\b[^>]*>)([\s\S]*)(<\/([\w.-]+:)?Filter>)$/.exec(configured.text);
  if (!m) return configured;
  return { language: 'FILTER', text: `${m[1]}<ogc:And xmlns:ogc="${NS.ogc}">${m[3]}${ours}</ogc:And>${m[4]}` };
}
