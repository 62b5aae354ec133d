// Bounding boxes from what portals give: GeoJSON, `west,south,east,north` text, four numbers.
// Only WGS 84 degrees make a box: projected coordinates (metres) make none rather than a wrong one.
import { numberOf } from './numbers.js';

export type BBox = [number, number, number, number];

export function validBox(west: number, south: number, east: number, north: number): BBox | undefined {
  const ok =
    west >= -180 && west <= 180 && east >= -180 && east <= 180 && south >= -90 && south <= 90 && north >= -90 && north <= 90 && south <= north;
  // Projected coordinates (metres) would pass no check above: better no box than a wrong one.
  return ok ? [west, south, east, north] : undefined;
}

/** The bounding box of any GeoJSON geometry, feature or collection (its `bbox` member first). */
export function bboxOfGeoJson(value: unknown): BBox | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const obj = value as Record<string, unknown>;
  const declared = obj['bbox'];
  if (Array.isArray(declared) && declared.length === 4 && declared.every((n) => typeof n === 'number')) {
    const [w, s, e, n] = declared as number[];
    return validBox(w ?? NaN, s ?? NaN, e ?? NaN, n ?? NaN);
  }
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const visit = (node: unknown, depth: number): void => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      if (node.length >= 2 && typeof node[0] === 'number' && typeof node[1] === 'number') {
        const [lon, lat] = node as [number, number];
        box.west = Math.min(box.west, lon);
        box.east = Math.max(box.east, lon);
        box.south = Math.min(box.south, lat);
        box.north = Math.max(box.north, lat);
        return;
      }
      for (const child of node) visit(child, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    if ('coordinates' in o) visit(o['coordinates'], depth + 1);
    if ('geometry' in o) visit(o['geometry'], depth + 1);
    if (Array.isArray(o['geometries'])) visit(o['geometries'], depth + 1);
    if (Array.isArray(o['features'])) visit(o['features'], depth + 1);
  };
  visit(obj, 0);
  if (box.west === Infinity) return undefined;
  return validBox(box.west, box.south, box.east, box.north);
}

/** `west,south,east,north` (commas or spaces). */
export function bboxOfText(value: string): BBox | undefined {
  const parts = value.split(/\s*[,\s]\s*/);
  if (parts.length !== 4) return undefined;
  const numbers = parts.map((p) => numberOf(p));
  if (numbers.some((n) => n === undefined)) return undefined;
  const [w, s, e, n] = numbers as number[];
  return validBox(w ?? NaN, s ?? NaN, e ?? NaN, n ?? NaN);
}

