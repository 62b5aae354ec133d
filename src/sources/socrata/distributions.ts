// What a Socrata asset can be downloaded as, by its type. The Discovery API lists no files: the
// download URLs are the ones every Socrata site serves for an asset id.
// - dataset, filter (tabular, with rows): CSV and JSON exports, the SODA endpoint, and GeoJSON
//   when a column holds geometries.
// - map (geospatial assets): GeoJSON, Shapefile and KML exports.
// - file (an uploaded blob): its download, when the API says its media type.
// - charts, stories, data lenses, links and other presentations: none (their data, if any, is
//   the parent dataset's).
import type { Distribution } from '../../core/dataset.js';
import { normalizeFormat } from '../../core/formats.js';
import type { Label } from '../../core/langstring.js';
import { instantOf } from '../common/dates.js';
import type { SocrataResource } from './types.js';
import { text, textItems } from './values.js';

const TABULAR = new Set(['dataset', 'filter']);
const GEOMETRY_TYPES = new Set(['point', 'location', 'multipoint', 'line', 'multiline', 'linestring', 'multilinestring', 'polygon', 'multipolygon']);

interface Made {
  id: string;
  title: Label;
  url: string;
  mediaType: string;
  format: string | undefined;
  resourceType: string;
}

function made(id: string, title: Label, url: string, mediaType: string, format: string | undefined, resourceType: string): Made {
  return { id, title, url, mediaType, format, resourceType };
}

export function hasGeometryColumn(resource: SocrataResource): boolean {
  return textItems(resource.columns_datatype).some((type) => GEOMETRY_TYPES.has(type.toLowerCase()));
}

function downloads(resource: SocrataResource, type: string, site: string): Made[] {
  const id = encodeURIComponent(resource.id);
  if (TABULAR.has(type)) {
    const out = [
      made('csv', { en: 'Data (CSV)', fr: 'Données (CSV)' }, `${site}/api/views/${id}/rows.csv?accessType=DOWNLOAD`, 'text/csv', 'CSV', 'dataset'),
      made('json', { en: 'Data (JSON)', fr: 'Données (JSON)' }, `${site}/api/views/${id}/rows.json?accessType=DOWNLOAD`, 'application/json', 'JSON', 'dataset'),
      made('soda', { en: 'SODA API endpoint', fr: 'Point d’accès de l’API SODA' }, `${site}/resource/${id}.json`, 'application/json', 'API', 'api'),
    ];
    if (hasGeometryColumn(resource)) {
      out.push(made('geojson', { en: 'Data (GeoJSON)', fr: 'Données (GeoJSON)' }, `${site}/resource/${id}.geojson`, 'application/geo+json', 'GEOJSON', 'dataset'));
    }
    return out;
  }
  if (type === 'map') {
    const exportUrl = (format: string): string => `${site}/api/geospatial/${id}?method=export&format=${format}`;
    return [
      made('geojson', { en: 'Map data (GeoJSON)', fr: 'Données cartographiques (GeoJSON)' }, exportUrl('GeoJSON'), 'application/geo+json', 'GEOJSON', 'dataset'),
      made('shapefile', { en: 'Map data (Shapefile)', fr: 'Données cartographiques (Shapefile)' }, exportUrl('Shapefile'), 'application/zip', 'SHP', 'dataset'),
      made('kml', { en: 'Map data (KML)', fr: 'Données cartographiques (KML)' }, exportUrl('KML'), 'application/vnd.google-earth.kml+xml', 'KML', 'dataset'),
    ];
  }
  if (type === 'file') {
    const mediaType = text(resource.blob_mime_type);
    if (mediaType === undefined) return [];
    const format = normalizeFormat({ mediaType });
    const shown = format ?? mediaType;
    return [made('file', { en: `File (${shown})`, fr: `Fichier (${shown})` }, `${site}/download/${id}/${encodeURIComponent(mediaType)}`, mediaType, format, 'dataset')];
  }
  return [];
}

/** The distributions of an asset of `type`, served by the site at `site` (`https://data.x.ca`). */
export function distributionsOf(resource: SocrataResource, type: string, site: string, languages: string[]): Distribution[] {
  const modified = instantOf(resource.data_updated_at) ?? instantOf(resource.updatedAt);
  return downloads(resource, type, site).map((d) => {
    const out: Distribution = { id: `${resource.id}-${d.id}`, title: { ...d.title }, url: d.url, mediaType: d.mediaType, resourceType: d.resourceType, languages: [...languages] };
    if (d.format !== undefined) out.format = d.format;
    if (modified !== undefined) out.modified = modified;
    return out;
  });
}
