// Items that are files uploaded to ArcGIS (a PDF, a file geodatabase, a zipped shapefile) have no
// service and no Hub export: the file itself is the item's data, served by the portal's sharing
// API (`<portal>/sharing/rest/content/items/<id>/data`), where Hub's download button leads.
import { createHash } from 'node:crypto';
import type { Distribution } from '../../core/dataset.js';

interface FileType {
  format?: string;
  mediaType?: string;
}

// Office items may be of either generation (.xls or .xlsx): their format is left unsaid.
const FILE_TYPES: Readonly<Record<string, FileType>> = {
  pdf: { format: 'PDF', mediaType: 'application/pdf' },
  'file geodatabase': { format: 'FGDB/GDB', mediaType: 'application/zip' },
  shapefile: { format: 'SHP', mediaType: 'application/zip' },
  csv: { format: 'CSV', mediaType: 'text/csv' },
  kml: { format: 'KML', mediaType: 'application/vnd.google-earth.kml+xml' },
  geojson: { format: 'GEOJSON', mediaType: 'application/geo+json' },
  geopackage: { format: 'GPKG', mediaType: 'application/geopackage+sqlite3' },
  'microsoft excel': {},
  'microsoft word': {},
  'microsoft powerpoint': {},
  'cad drawing': {},
  image: {},
};

const ITEM_ID = /^[0-9a-f]{32}$/i;
const SHARING_ITEM = /\/sharing\/rest\/content\/items\/[0-9a-f]{32}\/?$/i;

/** The item's own sharing URL (`links.esriRest`: ArcGIS Online or the Enterprise portal it lives
 * on), else ArcGIS Online's for the item id (a record id without its `_<layer>`). */
function dataUrl(recordId: string, links: unknown): string | undefined {
  const esriRest = typeof links === 'object' && links !== null ? (links as Record<string, unknown>)['esriRest'] : undefined;
  if (typeof esriRest === 'string' && /^https?:\/\//i.test(esriRest) && SHARING_ITEM.test(esriRest)) return `${esriRest.replace(/\/+$/, '')}/data`;
  const itemId = recordId.replace(/_\d+$/, '');
  return ITEM_ID.test(itemId) ? `https://www.arcgis.com/sharing/rest/content/items/${itemId.toLowerCase()}/data` : undefined;
}

/** The file of a file item, when the item is one; `undefined` for services, maps and apps. */
export function itemFile(type: string | undefined, recordId: string, links: unknown, tag: string): Distribution | undefined {
  const kind = type?.trim();
  const file = kind !== undefined ? FILE_TYPES[kind.toLowerCase()] : undefined;
  if (kind === undefined || file === undefined) return undefined;
  const url = dataUrl(recordId, links);
  if (url === undefined) return undefined;
  return {
    id: `url-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`,
    title: { [tag]: kind },
    url,
    languages: [],
    ...(file.format !== undefined ? { format: file.format } : {}),
    ...(file.mediaType !== undefined ? { mediaType: file.mediaType } : {}),
    resourceType: 'dataset',
  };
}
