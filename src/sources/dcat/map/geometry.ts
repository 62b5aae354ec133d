// Bounding boxes from the geometry literals of `dcat:bbox` and `locn:geometry`: WKT (`POLYGON`,
// `MULTIPOLYGON`, `POINT`, `ENVELOPE(minX, maxX, maxY, minY)` as CQL writes it, with an optional
// GeoSPARQL CRS IRI or `SRID=` before it), GML (`gml:Envelope` corners, `posList`, `coordinates`),
// and GeoJSON. Coordinates are longitude first (CRS84) unless the CRS is EPSG:4326, whose axis
// order is latitude first; projected coordinates make no box (see common/geometry).
import { bboxOfGeoJson, validBox, type BBox } from '../../common/geometry.js';

function boxOfPoints(points: readonly [number, number][], latFirst: boolean): BBox | undefined {
  if (points.length === 0) return undefined;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [a, b] of points) {
    const [lon, lat] = latFirst ? [b, a] : [a, b];
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return validBox(west, south, east, north);
}

/** Pairs of numbers from a run of coordinates (`x y, x y` or `x y x y` or `x,y x,y`). */
function pairs(text: string, dimension = 2): [number, number][] {
  const numbers = (text.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += dimension) out.push([numbers[i] as number, numbers[i + 1] as number]);
  return out;
}

/** EPSG:4326 (but not CRS84) puts latitude first. */
function latitudeFirst(crs: string | undefined): boolean {
  if (crs === undefined) return false;
  return /(?:EPSG\/0\/|EPSG:{1,2}|epsg\.io\/)4326\b/i.test(crs) || /urn:ogc:def:crs:EPSG:[\d.]*:4326\b/i.test(crs);
}

function bboxOfWkt(text: string): BBox | undefined {
  let body = text.trim();
  let crs: string | undefined;
  const iri = /^<([^>]+)>\s*/.exec(body);
  if (iri) {
    crs = iri[1];
    body = body.slice(iri[0].length);
  }
  const srid = /^SRID=(\d+);\s*/i.exec(body);
  if (srid) {
    // PostGIS EWKT: SRID=4326 is written longitude first.
    if (srid[1] !== '4326' && srid[1] !== '4269') return undefined;
    body = body.slice(srid[0].length);
  }
  const kind = /^([A-Za-z]+)\s*(?:Z|M|ZM)?\s*\(/.exec(body)?.[1]?.toUpperCase();
  if (kind === undefined) return undefined;
  const inner = body.slice(body.indexOf('('));
  if (kind === 'ENVELOPE' || kind === 'BBOX') {
    const n = (inner.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []).map(Number);
    if (n.length !== 4) return undefined;
    const [minX, maxX, maxY, minY] = n as [number, number, number, number];
    return latitudeFirst(crs) ? validBox(minY, minX, maxY, maxX) : validBox(minX, minY, maxX, maxY);
  }
  if (!['POINT', 'MULTIPOINT', 'LINESTRING', 'MULTILINESTRING', 'POLYGON', 'MULTIPOLYGON', 'GEOMETRYCOLLECTION'].includes(kind)) return undefined;
  const dimension = /^[A-Za-z]+\s*(?:ZM)\s*\(/i.test(body) ? 4 : /^[A-Za-z]+\s*[ZM]\s*\(/i.test(body) ? 3 : 2;
  // Coordinates are separated by commas and their numbers by spaces.
  const points: [number, number][] = [];
  for (const tuple of inner.replace(/[()]/g, ' ').split(',')) {
    const numbers = tuple.trim().split(/\s+/).filter(Boolean).map(Number);
    if (numbers.length >= 2 && numbers.length <= dimension && numbers.every(Number.isFinite)) points.push([numbers[0] as number, numbers[1] as number]);
  }
  return boxOfPoints(points, latitudeFirst(crs));
}

function bboxOfGml(text: string): BBox | undefined {
  const crs = /srsName\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  const latFirst = latitudeFirst(crs);
  const lower = /<(?:[\w-]+:)?lowerCorner[^>]*>([^<]*)</.exec(text)?.[1];
  const upper = /<(?:[\w-]+:)?upperCorner[^>]*>([^<]*)</.exec(text)?.[1];
  if (lower !== undefined && upper !== undefined) return boxOfPoints([...pairs(lower), ...pairs(upper)], latFirst);
  const points: [number, number][] = [];
  for (const m of text.matchAll(/<(?:[\w-]+:)?(?:posList|pos)[^>]*>([^<]*)</g)) points.push(...pairs(m[1] ?? ''));
  for (const m of text.matchAll(/<(?:[\w-]+:)?coordinates[^>]*>([^<]*)</g)) {
    for (const tuple of (m[1] ?? '').trim().split(/\s+/)) {
      const [a, b] = tuple.split(',').map(Number);
      if (Number.isFinite(a) && Number.isFinite(b)) points.push([a as number, b as number]);
    }
  }
  return boxOfPoints(points, latFirst);
}

/** The box of a geometry literal in any of the forms above; undefined when unreadable. */
export function bboxOfGeometry(text: string): BBox | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('{')) {
    try {
      return bboxOfGeoJson(JSON.parse(trimmed));
    } catch {
      return undefined;
    }
  }
  if (trimmed.startsWith('<') && !/^<[a-z][a-z0-9+.-]*:[^\s>]*>\s*[A-Za-z]/i.test(trimmed)) return bboxOfGml(trimmed);
  return bboxOfWkt(trimmed);
}
