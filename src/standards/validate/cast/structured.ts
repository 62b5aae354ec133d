// geopoint, geojson, object, array and list cells.
import type { TableField } from '../../table-schema.js';
import { INVALID, type Caster, type CellValue } from './invalid.js';

const GEOJSON_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection', 'Feature', 'FeatureCollection']);
const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*$/;

function json(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return INVALID;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function point(lon: unknown, lat: unknown): CellValue | typeof INVALID {
  const x = typeof lon === 'string' && NUMBER.test(lon) ? Number(lon) : lon;
  const y = typeof lat === 'string' && NUMBER.test(lat) ? Number(lat) : lat;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return INVALID;
  // The value is text so that equal points compare equal in keys and enums.
  return Math.abs(x) <= 180 && Math.abs(y) <= 90 ? `${x},${y}` : INVALID;
}

export function geopointCaster(field: TableField): Caster {
  if (field.format === 'array') {
    return (cell) => {
      const v = json(cell);
      return Array.isArray(v) && v.length === 2 ? point(v[0], v[1]) : INVALID;
    };
  }
  if (field.format === 'object') {
    return (cell) => {
      const v = json(cell);
      return isPlainObject(v) && Object.keys(v).length === 2 ? point(v.lon, v.lat) : INVALID;
    };
  }
  return (cell) => {
    const comma = cell.indexOf(',');
    if (comma < 0 || cell.indexOf(',', comma + 1) >= 0) return INVALID;
    return point(cell.slice(0, comma), cell.slice(comma + 1));
  };
}

export function geojsonCaster(field: TableField): Caster {
  const topo = field.format === 'topojson';
  return (cell) => {
    const v = json(cell);
    if (!isPlainObject(v) || typeof v.type !== 'string') return INVALID;
    if (topo) return v.type === 'Topology' && isPlainObject(v.objects) && Array.isArray(v.arcs) ? v : INVALID;
    return GEOJSON_TYPES.has(v.type) ? v : INVALID;
  };
}

export const objectCaster = (): Caster => (cell) => {
  const v = json(cell);
  return isPlainObject(v) ? v : INVALID;
};

export const arrayCaster = (): Caster => (cell) => {
  const v = json(cell);
  return Array.isArray(v) ? v : INVALID;
};

/** `list`: items split on `delimiter` (default `,`), each of `itemType`; the value is the items. */
export function listCaster(field: TableField, item: Caster): Caster {
  const delimiter = typeof field.delimiter === 'string' ? field.delimiter : ',';
  return (cell) => {
    const items = cell === '' ? [] : cell.split(delimiter);
    const values: CellValue[] = [];
    for (const text of items) {
      const v = item(text);
      if (v === INVALID) return INVALID;
      values.push(v);
    }
    return values;
  };
}
