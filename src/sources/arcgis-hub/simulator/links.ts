// The pages and downloads a Hub makes for an item, the same in both of its APIs.
import type { HubItem } from './items.js';

const SERVICE_SR = { latestWkid: 3857, wkid: 102100 };

export function landingPageOf(site: string, item: HubItem): string {
  const section = item.type === 'Web Map' ? 'maps' : item.type === 'Web Mapping Application' ? 'apps' : item.type === 'PDF' ? 'documents' : 'datasets';
  return `${site}/${section}/${item.slug}`;
}

export interface Download {
  title: string;
  format: string;
  mediaType: string;
  url: string;
}

/** CSV and GeoJSON for layers and tables, KML and Shapefile for layers, in the service's reference. */
export function downloadsOf(item: HubItem, landing: string): Download[] {
  if (item.type !== 'Feature Layer' && item.type !== 'Table') return [];
  const sr = item.type === 'Feature Layer' ? `?outSR=${encodeURIComponent(JSON.stringify(SERVICE_SR))}` : '';
  const out: Download[] = [
    { title: 'GeoJSON', format: 'GeoJSON', mediaType: 'application/vnd.geo+json', url: `${landing}.geojson${sr}` },
    { title: 'CSV', format: 'CSV', mediaType: 'text/csv', url: `${landing}.csv${sr}` },
  ];
  if (item.type === 'Feature Layer') {
    out.push(
      { title: 'KML', format: 'KML', mediaType: 'application/vnd.google-earth.kml+xml', url: `${landing}.kml${sr}` },
      { title: 'Shapefile', format: 'ZIP', mediaType: 'application/zip', url: `${landing}.zip${sr}` },
    );
  }
  return out;
}

export function serviceSpatialReference(item: HubItem): Record<string, number> | null {
  return item.type === 'Feature Layer' ? SERVICE_SR : null;
}
