// Spatial coverage: a bounding box from GeoJSON (the `spatial` field or extra of ckanext-spatial),
// from `bbox-*` extras, or from `west,south,east,north` text; place names from text.
import type { SpatialCoverage } from '../../core/dataset.js';
import { extra, extraText, type Extras } from './extras.js';
import { bboxOfGeoJson, bboxOfText, validBox, type BBox } from '../common/geometry.js';
import { numberOf, parseEmbeddedJson, text } from './values.js';

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
