// `spatial`: on ArcGIS Hub a `"west,south,east,north"` box in degrees (or the unfilled template
// `{{extent}}`, or `0,0,0,0` for "none"); elsewhere GeoJSON (an object or its text), a box with
// spaces, or a place name ("Manitoba", "City of Ottawa").
import type { SpatialCoverage } from '../../core/dataset.js';
import { bboxOfGeoJson, bboxOfText, type BBox } from '../common/geometry.js';
import { isObject, text } from './values.js';

// Not a place: JSON, number lists, templates left unfilled by the portal.
const NOT_A_PLACE = /^[[{]|^[-+\d.,\s]+$|\{\{.*\}\}|^(?:null|none|n\/a|unknown)$/i;

function isPlaceholderBox(box: BBox): boolean {
  return box.every((n) => n === 0);
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

export function spatialCoverage(value: unknown): SpatialCoverage | undefined {
  let bbox: BBox | undefined;
  let place: string | undefined;
  if (isObject(value)) bbox = bboxOfGeoJson(value);
  else {
    const t = text(value);
    if (t === undefined) return undefined;
    bbox = /^[[{]/.test(t) ? bboxOfGeoJson(parseJson(t)) : bboxOfText(t);
    if (!bbox && !NOT_A_PLACE.test(t)) place = t.replace(/\s+/g, ' ');
  }
  if (bbox && isPlaceholderBox(bbox)) bbox = undefined;
  if (!bbox && place === undefined) return undefined;
  return { ...(bbox ? { bbox } : {}), ...(place !== undefined ? { places: [place] } : {}) };
}
