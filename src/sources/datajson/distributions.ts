// Distributions: `downloadURL` (a file) or `accessURL` (a page, an API, a service), with
// `format`, `mediaType`, `title` and `description`. An entry without a URL gives nothing to
// download or visit and is left out (Hub lists "ArcGIS GeoService" without one for some apps).
import { createHash } from 'node:crypto';
import type { Distribution } from '../../core/dataset.js';
import { normalizeFormat } from '../../core/formats.js';
import { descriptionText, langText, titleText } from './texts.js';
import { distribution as distributionShape, type DataJsonDataset } from './types.js';
import { httpUrl, isObject, text } from './values.js';

// Ids derived from the URL survive reordering (DCAT-US distributions have no id of their own).
function derivedId(url: string): string {
  return `url-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
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

// Containers say little: "Shapefile" as a title says more than "ZIP" as a format.
const CONTAINERS = new Set(['ZIP', 'GZIP', 'TAR']);

// Hub calls every app of an item "ArcGIS GeoServices REST API", web app viewers and
// dashboards included: only a REST endpoint is one.
const ESRI_REST_URL = /\/rest\/services\/|\/(?:Feature|Map|Image|Scene|Vector(?:Tile)?|GP|Geocode|Geometry)Server\b/i;

// Query parameters that name what an export holds: Socrata's `?method=export&format=Shapefile`,
// WFS's `outputFormat=SHAPE-ZIP`, ArcGIS's `f=`.
const FORMAT_PARAMS = new Set(['format', 'outputformat', 'f']);

function queryFormats(url: string): string[] {
  try {
    return [...new URL(url).searchParams].filter(([key]) => FORMAT_PARAMS.has(key.toLowerCase())).map(([, value]) => value);
  } catch {
    return [];
  }
}

export function formatOf(format: string | undefined, mediaType: string | undefined, url: string, title: string | undefined): string | undefined {
  const found = normalizeFormat({ ...(format !== undefined ? { format } : {}), ...(mediaType !== undefined ? { mediaType } : {}), url });
  if (found === 'ESRI REST' && !ESRI_REST_URL.test(url)) return 'HTML';
  if (found !== undefined && CONTAINERS.has(found)) {
    for (const said of [title, ...queryFormats(url)]) {
      const inner = said !== undefined ? normalizeFormat({ format: said }) : undefined;
      if (inner !== undefined && !CONTAINERS.has(inner)) return inner;
    }
  }
  return found;
}

const API_FORMATS = new Set(['ESRI REST', 'WMS', 'WFS', 'WMTS', 'API', 'OGC API']);

export interface DistributionsReading {
  distributions: Distribution[];
  /** Entries that are not distributions (not objects, malformed). */
  skipped: string[];
}

export function distributionsOf(value: DataJsonDataset['distribution'], tag: string): DistributionsReading {
  const entries = Array.isArray(value) ? value : isObject(value) ? [value] : [];
  const distributions: Distribution[] = [];
  const skipped: string[] = [];
  const ids = new Set<string>();
  entries.forEach((entry, position) => {
    const parsed = distributionShape.safeParse(entry);
    if (!parsed.success) {
      skipped.push(`distribution[${position}] is not a distribution object`);
      return;
    }
    const d = parsed.data;
    const url = httpUrl(d.downloadURL) ?? httpUrl(d.accessURL);
    if (url === undefined) return;
    let id = derivedId(url);
    for (let n = 2; ids.has(id); n++) id = `${derivedId(url)}-${n}`;
    ids.add(id);
    const title = text(d.title);
    const format = text(d.format);
    const mediaType = text(d.mediaType);
    const code = formatOf(format, mediaType, url, title);
    // Untitled (Socrata's `rows.csv?accessType=DOWNLOAD`): the format says more than the file name.
    const titled = langText(title ?? format, tag, titleText);
    const out: Distribution = { id, title: Object.keys(titled).length > 0 ? titled : { und: code ?? fileName(url) }, url, languages: [] };
    const description = langText(text(d.description), tag, descriptionText);
    if (Object.keys(description).length > 0) out.description = description;
    if (code !== undefined) out.format = code;
    if (mediaType !== undefined) out.mediaType = mediaType;
    const standard = text(d.conformsTo);
    if (standard !== undefined) out.conformsTo = [standard];
    if (code !== undefined && API_FORMATS.has(code)) out.resourceType = 'api';
    else if (code === 'HTML' && text(d.format) !== undefined && /rest api|geoservice/i.test(`${format ?? ''} ${title ?? ''}`)) out.resourceType = 'web_app';
    else if (httpUrl(d.downloadURL) !== undefined) out.resourceType = 'dataset';
    distributions.push(out);
  });
  return { distributions, skipped };
}
