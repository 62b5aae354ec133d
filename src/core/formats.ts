// Resource formats: one id per format whatever the portal wrote (`csv`, `text/csv`, `.CSV`,
// `CSV file`, the EU file-type IRI...), with machine-readable and non-proprietary flags.
import type { Label } from './langstring.js';
import { FORMAT_ENTRIES } from './vocab-data/formats.js';
import { KeyIndex, foldKey, memoize, safeDecode } from './vocab-key.js';

export interface Format {
  id: string;
  label: Label;
  mediaTypes: string[];
  extensions: string[];
  machineReadable: boolean;
  nonProprietary: boolean;
  /** Other names the format is recognized by. */
  aliases?: string[];
  /** EU file-type codes (`CSV`, `RDF_XML`, `WMS_SRVC`...). */
  eu?: string[];
}

export const FORMATS: readonly Format[] = FORMAT_ENTRIES;

/** Formats that say nothing about the content: a better answer from the media type or URL wins. */
const VAGUE = new Set(['other', 'unknown']);
/** Archives, and the multi-file formats that are nearly always delivered inside one. */
const CONTAINERS = new Set(['ZIP', 'GZ', 'TAR', '7Z', 'RAR']);
const PACKED_IN_ARCHIVES = new Set(['SHP', 'FGDB/GDB', 'TAB', 'E00', 'GDB']);

const byId = new Map(FORMAT_ENTRIES.map((entry) => [entry.id, entry]));
const byEuCode = new Map<string, string>();
for (const entry of FORMAT_ENTRIES) for (const code of entry.eu) if (!byEuCode.has(code)) byEuCode.set(code, entry.id);

const textIndex = new KeyIndex<string>();
for (const entry of FORMAT_ENTRIES) textIndex.add(foldKey(entry.id), entry.id);
for (const entry of FORMAT_ENTRIES) {
  textIndex.add(foldKey(entry.label.en), entry.id);
  textIndex.add(foldKey(entry.label.fr), entry.id);
  for (const alias of entry.aliases) textIndex.add(foldKey(alias), entry.id);
  for (const code of entry.eu) textIndex.add(foldKey(code), entry.id);
}
for (const entry of FORMAT_ENTRIES) for (const ext of entry.extensions) textIndex.add(ext, entry.id);

const mediaIndex = new Map<string, string>();
for (const entry of FORMAT_ENTRIES) {
  for (const mediaType of entry.mediaTypes) if (!mediaIndex.has(mediaType)) mediaIndex.set(mediaType, entry.id);
}

const extensionIndex = new Map<string, string>();
for (const entry of FORMAT_ENTRIES) {
  for (const ext of entry.extensions) if (!extensionIndex.has(ext)) extensionIndex.set(ext, entry.id);
}

/** Single words that name a format inside a longer text ("Listing of Historic Resources - ArcGIS Shapefile").
 * Words that also mean something else ("web", "text", "access", "word") are left out. */
const AMBIGUOUS_WORDS = new Set([
  'web', 'text', 'texte', 'access', 'word', 'shape', 'compressed', 'zipped', 'grid', 'arcgis', 'rest', 'android', 'ios',
  'movie', 'ascii', 'acrobat', 'dashboard', 'marc', 'lidar', 'blackberry', 'executable', 'quicktime', 'autocad',
  'microstation', 'markdown', 'bitmap', 'turtle', 'multiple', 'misc', 'various', 'divers', 'na', 'none', 'aucun',
  'others', 'autre', 'autres', 'inconnu', 'unspecified', 'md', 'sam', 'bam', 'sar', 'cap', 'cod', 'nt', 'nq',
  'mid', 'fit', 'db3', 'text', 'grb', 'sas', 'sav', 'edi', 'api', 'tab', 'flt', 'bag', 'mov', 'qt', 'jpe', 'dib',
]);
const tokenIndex = new KeyIndex<string>();
for (const entry of FORMAT_ENTRIES) {
  if (VAGUE.has(entry.id)) continue;
  const names = [foldKey(entry.id), ...entry.extensions, ...entry.aliases.map(foldKey)];
  for (const name of names) {
    if (name.length > 1 && !name.includes(' ') && !AMBIGUOUS_WORDS.has(name)) tokenIndex.add(name, entry.id);
  }
}

/** Words around a format name that do not change it: "CSV file", « fichier CSV », "Format: XML". */
const NOISE_WORDS = new Set([
  'file', 'files', 'fichier', 'fichiers', 'format', 'formats', 'data', 'donnees', 'document', 'download', 'telecharger',
  'the', 'a', 'de', 'du', 'des', 'en', 'le', 'la', 'version', 'type', 'extension', 'dataset', 'jeu', 'export',
]);

function withoutNoise(key: string): string {
  const words = key.split(' ');
  const kept = words.filter((w) => !NOISE_WORDS.has(w));
  return kept.length > 0 ? kept.join(' ') : key;
}

function lookupText(key: string): string | undefined {
  if (key === '') return undefined;
  return textIndex.get(key) ?? textIndex.get(withoutNoise(key));
}

/** When a text names several formats, an archive of a shapefile is a shapefile, an archive of
 * anything else is the archive ("csv (compressed - zip)" → ZIP), otherwise the first one named. */
function pick(candidates: readonly string[]): string | undefined {
  const known = candidates.filter((id) => !VAGUE.has(id));
  if (known.length === 0) return candidates[0];
  const hasContainer = known.some((id) => CONTAINERS.has(id));
  if (hasContainer) return known.find((id) => PACKED_IN_ARCHIVES.has(id)) ?? known.find((id) => CONTAINERS.has(id));
  return known[0];
}

const PART_SEPARATORS = /[(),;/+&|[\]{}]| - | and | et | or | ou /;

function compoundFormat(text: string): string | undefined {
  const parts = text
    .split(PART_SEPARATORS)
    .map((part) => foldKey(part))
    .filter((part) => part !== '');
  if (parts.length > 1) {
    const candidates = parts.map(lookupText).filter((id): id is string => id !== undefined);
    if (candidates.length > 0) return pick(candidates);
  }
  const tokens = foldKey(text).split(' ');
  const found = tokens.map((t) => tokenIndex.get(t)).filter((id): id is string => id !== undefined);
  return found.length > 0 ? pick(found) : undefined;
}

function euFileType(text: string): string | undefined {
  const m = /\/authority\/file-type\/([A-Za-z0-9_]+)\/?$/.exec(text);
  return m?.[1] ? byEuCode.get(m[1].toUpperCase()) : undefined;
}

/** The media type inside an IANA or purl IRI (`https://www.iana.org/assignments/media-types/text/csv`). */
function mediaTypeInIri(text: string): string | undefined {
  const m = /\/media-?types\/([a-z0-9.+-]+\/[a-z0-9.+-]+)\/?$/i.exec(text);
  return m?.[1];
}

const MEDIA_TYPE =
  /^(?:application|text|image|audio|video|model|font|multipart|message|chemical|binary|x-gis)\/[a-z0-9][a-z0-9.+_-]*(?:\s*;.*)?$/i;

function formatOfMediaType(text: string): string | undefined {
  const base = (text.split(';')[0] ?? '').trim().toLowerCase();
  if (base === '') return undefined;
  const direct = mediaIndex.get(base);
  if (direct !== undefined) return direct;
  const [type, subtype = ''] = base.split('/');
  if (subtype.startsWith('x-')) {
    const plain = mediaIndex.get(`${type ?? ''}/${subtype.slice(2)}`);
    if (plain !== undefined) return plain;
  }
  // Structured-syntax suffixes (RFC 6839): application/vnd.example+json is JSON.
  if (subtype.endsWith('+json')) return 'JSON';
  if (subtype.endsWith('+xml')) return 'XML';
  if (subtype.endsWith('+zip')) return 'ZIP';
  return undefined;
}

const formatOfText = memoize((raw: string): string | undefined => {
  const text = safeDecode(raw).trim();
  if (text === '') return undefined;
  if (/^https?:\/\//i.test(text)) {
    const eu = euFileType(text);
    if (eu !== undefined) return eu;
    const inIri = mediaTypeInIri(text);
    if (inIri !== undefined) return formatOfMediaType(inIri);
    const last = /\/([^/]+)\/?$/.exec(text)?.[1];
    return last !== undefined ? lookupText(foldKey(last)) : undefined;
  }
  if (MEDIA_TYPE.test(text)) return formatOfMediaType(text);
  return lookupText(foldKey(text)) ?? compoundFormat(text);
});

const SERVICE_PARAM = /(?:^|[?&])service=(wms|wfs|wcs|wmts|wps)(?:&|$)/i;
const ESRI_REST_PATH = /\/(?:arcgis\/rest\/services|rest\/services)(?:\/|$)|\/(?:MapServer|FeatureServer|ImageServer|GPServer|SceneServer|VectorTileServer)(?:\/\d+)?\/?$/i;

/** The format a URL shows: a service endpoint's kind, else the file's extension. */
function formatOfUrl(raw: string): string | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  let path: string;
  let query: string;
  try {
    const url = new URL(text);
    path = url.pathname;
    query = url.search;
  } catch {
    const q = text.indexOf('?');
    path = q >= 0 ? text.slice(0, q) : text;
    query = q >= 0 ? text.slice(q) : '';
  }
  const service = SERVICE_PARAM.exec(query);
  if (service?.[1]) return service[1].toUpperCase();
  if (ESRI_REST_PATH.test(path)) return 'ESRI REST';
  const file = safeDecode(path.split('/').pop() ?? '').toLowerCase();
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const ext = file.slice(dot + 1);
  const found = extensionIndex.get(ext);
  if (found !== undefined && CONTAINERS.has(found)) {
    // data.shp.zip is a zipped shapefile; data.tar.gz a gzip.
    const inner = file.slice(0, dot);
    const innerDot = inner.lastIndexOf('.');
    const innerId = innerDot > 0 ? extensionIndex.get(inner.slice(innerDot + 1)) : undefined;
    if (innerId !== undefined && PACKED_IN_ARCHIVES.has(innerId)) return innerId;
  }
  return found;
}

export function formatById(id: string): Format | undefined {
  return byId.get(id);
}

/** `csv`, `text/csv`, `.CSV`, `CSV file`, `application/vnd.ms-excel`, `Esri REST`, `ZIP (SHP)`... → a Format id ('CSV', 'XLS', 'ESRI REST', 'SHP'...).
 * Tries the format text, then the media type, then the URL's extension. Unknown text → undefined. */
export function normalizeFormat(input: { format?: string; mediaType?: string; url?: string }): string | undefined {
  const fromText = typeof input.format === 'string' ? formatOfText(input.format) : undefined;
  if (fromText !== undefined && !VAGUE.has(fromText)) return fromText;
  const fromMedia = typeof input.mediaType === 'string' ? formatOfText(input.mediaType) : undefined;
  if (fromMedia !== undefined && !VAGUE.has(fromMedia)) return fromMedia;
  const fromUrl = typeof input.url === 'string' ? formatOfUrl(input.url) : undefined;
  if (fromUrl !== undefined) return fromUrl;
  return fromText ?? fromMedia;
}

/** The label of a format id, or the id itself for a format the vocabulary does not know. */
export function formatLabel(id: string): Label {
  return byId.get(id)?.label ?? { en: id, fr: id };
}
