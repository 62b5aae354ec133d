// Coordinates from one WKT `POINT(x y)` cell (x is the longitude), as many municipal files give them.
import type { TableField } from '../table-schema.js';

const NUMBER = '([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)';
const WKT_POINT = new RegExp(`^(?:SRID=\\d+;)?\\s*POINT\\s*(?:ZM|Z|M)?\\s*\\(\\s*${NUMBER}\\s+${NUMBER}(?:\\s+${NUMBER}){0,2}\\s*\\)$`, 'i');

export interface LonLat {
  lon: string;
  lat: string;
}

/** The point's longitude and latitude as written, or why it cannot be read. */
export function readWktPoint(text: string): LonLat | 'not-wkt' | 'not-lon-lat' {
  const m = WKT_POINT.exec(text.trim());
  if (!m) return 'not-wkt';
  const lon = m[1]!;
  const lat = m[2]!;
  // Projected coordinates (UTM, MTM, Lambert) are metres: far outside degrees.
  if (Math.abs(Number(lon)) > 180 || Math.abs(Number(lat)) > 90) return 'not-lon-lat';
  return { lon, lat };
}

/** A Table Schema geopoint in the field's format: `lon, lat` (default), `[lon, lat]` or an object. */
export function formatGeopoint(p: LonLat, field: TableField | undefined): string {
  if (field?.format === 'array') return `[${Number(p.lon)}, ${Number(p.lat)}]`;
  if (field?.format === 'object') return JSON.stringify({ lon: Number(p.lon), lat: Number(p.lat) });
  return `${p.lon}, ${p.lat}`;
}
