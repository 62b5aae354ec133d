// Distributions built from the item, as the Hub's own DCAT-US feed lists them (same URLs, so
// that the same dataset harvested from both APIs shares its distributions): the item's page,
// its service or app (`url`), and the Hub downloads of a layer or table: CSV and GeoJSON for
// both, KML and Shapefile for layers with geometry. Downloads are asked in the service's
// spatial reference (`outSR`), as Hub's own links do.
import { createHash } from 'node:crypto';
import type { Distribution } from '../../core/dataset.js';
import type { HubAttributes } from './types.js';

function derivedId(url: string): string {
  return `url-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
}

const REST_ENDPOINT = /\/rest\/services\/|\/(?:Feature|Map|Image|Scene|Vector(?:Tile)?)Server\b/i;
const DOWNLOADABLE = new Set(['feature layer', 'table', 'feature service', 'map service', 'image service']);

interface Download {
  title: string;
  extension: string;
  format: string;
  mediaType: string;
  geometry: boolean;
}

const DOWNLOADS: readonly Download[] = [
  { title: 'GeoJSON', extension: 'geojson', format: 'GEOJSON', mediaType: 'application/vnd.geo+json', geometry: false },
  { title: 'CSV', extension: 'csv', format: 'CSV', mediaType: 'text/csv', geometry: false },
  { title: 'KML', extension: 'kml', format: 'KML', mediaType: 'application/vnd.google-earth.kml+xml', geometry: true },
  { title: 'Shapefile', extension: 'zip', format: 'SHP', mediaType: 'application/zip', geometry: true },
];

function distribution(title: string, url: string, tag: string, format: string, mediaType: string | undefined, resourceType?: string): Distribution {
  return {
    id: derivedId(url),
    title: { [tag]: title },
    url,
    languages: [],
    format,
    ...(mediaType !== undefined ? { mediaType } : {}),
    ...(resourceType !== undefined ? { resourceType } : {}),
  };
}

export function hubDistributions(a: HubAttributes, landingPage: string, tag: string): Distribution[] {
  const out: Distribution[] = [distribution('ArcGIS Hub Dataset', landingPage, tag, 'HTML', 'text/html')];
  const url = typeof a.url === 'string' && /^https?:\/\//i.test(a.url.trim()) ? a.url.trim() : undefined;
  if (url !== undefined) {
    out.push(REST_ENDPOINT.test(url) ? distribution('ArcGIS GeoService', url, tag, 'ESRI REST', 'application/json', 'api') : distribution('ArcGIS GeoService', url, tag, 'HTML', undefined, 'web_app'));
  }
  const type = typeof a.type === 'string' ? a.type.toLowerCase() : '';
  if (url !== undefined && REST_ENDPOINT.test(url) && DOWNLOADABLE.has(type)) {
    const geometry = type !== 'table' && (typeof a.geometryType === 'string' ? a.geometryType !== '' : type === 'feature layer');
    const sr = a.serviceSpatialReference ? `?outSR=${encodeURIComponent(JSON.stringify(a.serviceSpatialReference))}` : '';
    for (const d of DOWNLOADS) {
      if (d.geometry && !geometry) continue;
      out.push({ ...distribution(d.title, `${landingPage}.${d.extension}${sr}`, tag, d.format, d.mediaType, 'dataset') });
    }
  }
  return out;
}
