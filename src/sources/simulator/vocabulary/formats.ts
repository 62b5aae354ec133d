// Resource formats as each kind of portal writes them. open.canada.ca validates formats against
// a list (`CSV`, `ESRI REST`...); aggregators and cities take whatever publishers type, so the
// same format arrives as `CSV`, `csv`, `.csv` or `text/csv`.
import type { DataShape } from './topics.js';

export type ResourceKind = 'data' | 'api' | 'document' | 'page';

export interface FormatSpelling {
  /** The `format` field as the portal writes it (may be empty: a real oddity). */
  format: string;
  /** File extension for generated URLs, when the resource is a file. */
  extension?: string;
  mimetype?: string;
  kind: ResourceKind;
}

function f(format: string, kind: ResourceKind, extension?: string, mimetype?: string): FormatSpelling {
  return { format, kind, ...(extension ? { extension } : {}), ...(mimetype ? { mimetype } : {}) };
}

/** Weighted spellings per data shape, most common first. */
export type FormatTable = Readonly<Record<DataShape, readonly (readonly [FormatSpelling, number])[]>>;

export const FEDERAL_FORMATS: FormatTable = {
  table: [
    [f('CSV', 'data', 'csv', 'text/csv'), 50],
    [f('XLSX', 'data', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 12],
    [f('JSON', 'data', 'json', 'application/json'), 8],
    [f('XML', 'data', 'xml', 'application/xml'), 6],
    [f('HTML', 'page', undefined, 'text/html'), 10],
    [f('PDF', 'document', 'pdf', 'application/pdf'), 8],
    [f('XLS', 'data', 'xls', 'application/vnd.ms-excel'), 4],
    [f('ZIP', 'data', 'zip', 'application/zip'), 3],
  ],
  geo: [
    [f('ESRI REST', 'api'), 20],
    [f('WMS', 'api'), 14],
    [f('CSV', 'data', 'csv', 'text/csv'), 16],
    [f('GeoJSON', 'data', 'geojson', 'application/geo+json'), 10],
    [f('SHP', 'data', 'zip', 'application/zip'), 12],
    [f('FGDB/GDB', 'data', 'zip', 'application/zip'), 6],
    [f('KML', 'data', 'kml', 'application/vnd.google-earth.kml+xml'), 6],
    [f('HTML', 'page', undefined, 'text/html'), 8],
    [f('PDF', 'document', 'pdf', 'application/pdf'), 4],
  ],
  report: [
    [f('PDF', 'document', 'pdf', 'application/pdf'), 40],
    [f('HTML', 'page', undefined, 'text/html'), 30],
    [f('DOCX', 'document', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), 10],
    [f('CSV', 'data', 'csv', 'text/csv'), 20],
  ],
};

export const QUEBEC_FORMATS: FormatTable = {
  table: [
    [f('CSV', 'data', 'csv', 'text/csv'), 30],
    [f('csv', 'data', 'csv', 'text/csv'), 10],
    [f('.csv', 'data', 'csv'), 4],
    [f('text/csv', 'data', 'csv', 'text/csv'), 4],
    [f('XLSX', 'data', 'xlsx'), 10],
    [f('xlsx', 'data', 'xlsx'), 4],
    [f('JSON', 'data', 'json', 'application/json'), 6],
    [f('PDF', 'document', 'pdf', 'application/pdf'), 6],
    [f('pdf', 'document', 'pdf'), 2],
    [f('XML', 'data', 'xml'), 3],
    [f('HTML', 'page'), 4],
    [f('ZIP', 'data', 'zip'), 3],
    [f('', 'data', 'csv'), 1],
  ],
  geo: [
    [f('GeoJSON', 'data', 'geojson', 'application/geo+json'), 16],
    [f('geojson', 'data', 'geojson'), 6],
    [f('SHP', 'data', 'zip', 'application/zip'), 14],
    [f('shp', 'data', 'zip'), 4],
    [f('Esri REST', 'api'), 10],
    [f('WMS', 'api'), 6],
    [f('KML', 'data', 'kml'), 5],
    [f('CSV', 'data', 'csv', 'text/csv'), 12],
    [f('csv', 'data', 'csv'), 4],
    [f('GPKG', 'data', 'gpkg'), 3],
    [f('', 'data', 'zip'), 1],
  ],
  report: [
    [f('PDF', 'document', 'pdf', 'application/pdf'), 40],
    [f('pdf', 'document', 'pdf'), 10],
    [f('HTML', 'page'), 20],
    [f('DOCX', 'document', 'docx'), 6],
    [f('CSV', 'data', 'csv', 'text/csv'), 14],
  ],
};

export const CITY_FORMATS: FormatTable = {
  table: [
    [f('CSV', 'data', 'csv', 'text/csv'), 40],
    [f('csv', 'data', 'csv', 'text/csv'), 6],
    [f('XLSX', 'data', 'xlsx'), 10],
    [f('JSON', 'data', 'json', 'application/json'), 8],
    [f('PDF', 'document', 'pdf', 'application/pdf'), 6],
    [f('HTML', 'page'), 4],
    [f('', 'data', 'csv'), 1],
  ],
  geo: [
    [f('GeoJSON', 'data', 'geojson', 'application/geo+json'), 16],
    [f('SHP', 'data', 'zip', 'application/zip'), 12],
    [f('KML', 'data', 'kml'), 6],
    [f('CSV', 'data', 'csv', 'text/csv'), 14],
    [f('Esri REST', 'api'), 10],
    [f('ArcGIS GeoServices REST API', 'api'), 6],
    [f('DWG', 'data', 'dwg'), 2],
    [f('', 'data', 'zip'), 1],
  ],
  report: [
    [f('PDF', 'document', 'pdf', 'application/pdf'), 50],
    [f('HTML', 'page'), 20],
    [f('CSV', 'data', 'csv', 'text/csv'), 20],
  ],
};
