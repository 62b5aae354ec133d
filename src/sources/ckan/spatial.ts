// Spatial coverage: a bounding box from GeoJSON (the `spatial` field or extra of ckanext-spatial),
// from `bbox-*` extras, or from `west,south,east,north` text; place names from text.
import type { SpatialCoverage } from '../../core/dataset.js';
import { extra, extraText, type Extras } from './extras.js';
import { numberOf, parseEmbeddedJson, text } from './values.js';

type BBox = [number, number, number, number];

function validBox(west: number, south: number, east: number, north: number): BBox | undefined {
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

function bboxOfText(value: string): BBox | undefined {
  const parts = value.split(/\s*[,\s]\s*/);
  if (parts.length !== 4) return undefined;
  const numbers = parts.map((p) => numberOf(p));
  if (numbers.some((n) => n === undefined)) return undefined;
  const [w, s, e, n] = numbers as number[];
  return validBox(w ?? NaN, s ?? NaN, e ?? NaN, n ?? NaN);
}

function bboxOf(value: unknown): BBox | undefined {
  const parsed = parseEmbeddedJson(value);
  if (typeof parsed === 'string') return bboxOfText(parsed);
  return bboxOfGeoJson(parsed);
}

const isPlaceName = (t: string): boolean => !/^[[{]/.test(t) && !/^[-+\d.,\s]+$/.test(t);

export function spatialCoverage(spatialField: unknown, extras: Extras): SpatialCoverage | undefined {
  let bbox = bboxOf(spatialField) ?? bboxOf(extra(extras, 'spatial', 'bbox'));
  if (!bbox) {
    const west = numberOf(extraText(extras, 'bbox_west_long'));
    const south = numberOf(extraText(extras, 'bbox_south_lat'));
    const east = numberOf(extraText(extras, 'bbox_east_long'));
    const north = numberOf(extraText(extras, 'bbox_north_lat'));
    if (west !== undefined && south !== undefined && east !== undefined && north !== undefined) bbox = validBox(west, south, east, north);
  }
  const places: string[] = [];
  for (const candidate of [text(spatialField), extraText(extras, 'spatial_coverage', 'geographic_coverage', 'spatial_text', 'place')]) {
    if (candidate !== undefined && isPlaceName(candidate) && !places.includes(candidate)) places.push(candidate);
  }
  if (!bbox && places.length === 0) return undefined;
  return { ...(bbox ? { bbox } : {}), ...(places.length > 0 ? { places } : {}) };
}
