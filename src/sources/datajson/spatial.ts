// `spatial`: on ArcGIS Hub a `"west,south,east,north"` box in degrees (or the unfilled template
// `{{extent}}`, or `0,0,0,0` for "none"); elsewhere GeoJSON (an object or its text), a box with
// spaces, WKT, or a place name ("Manitoba", "City of Ottawa").
import type { SpatialCoverage } from '../../core/dataset.js';
import { bboxOfGeoJson, bboxOfText, validBox, type BBox } from '../common/geometry.js';
import { isObject, text } from './values.js';

// Not a place: JSON, number lists, templates left unfilled by the portal.
const NOT_A_PLACE = /^[[{]|^[-+\d.,\s]+$|\{\{.*\}\}|^(?:null|none|n\/a|unknown)$/i;

function isPlaceholderBox(box: BBox): boolean {
  return box.every((n) => n === 0);
}

// WKT (`POLYGON ((x y, ...))`) and CQL's `ENVELOPE(west, east, north, south)`, seen in
// catalogues fed from GeoNetwork or Solr.
const WKT = /^(?:SRID=4326;\s*)?(?:MULTI)?(?:POINT|LINESTRING|POLYGON)\s*(?:Z\s*)?\(/i;
const ENVELOPE = /^ENVELOPE\s*\(\s*([-+\d.eE]+)\s*,\s*([-+\d.eE]+)\s*,\s*([-+\d.eE]+)\s*,\s*([-+\d.eE]+)\s*\)$/i;

function bboxOfWkt(text: string): BBox | undefined {
  const envelope = ENVELOPE.exec(text);
  if (envelope) {
    const [w, e, n, s] = envelope.slice(1).map(Number);
    return w === undefined || e === undefined || n === undefined || s === undefined ? undefined : validBox(w, s, e, n);
  }
  if (!WKT.test(text)) return undefined;
  const coordinates: number[][] = [];
  for (const pair of text.matchAll(/([-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s+([-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)/gi)) coordinates.push([Number(pair[1]), Number(pair[2])]);
  return coordinates.length === 0 ? undefined : bboxOfGeoJson({ type: 'MultiPoint', coordinates });
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
    const wkt = WKT.test(t) || ENVELOPE.test(t);
    bbox = /^[[{]/.test(t) ? bboxOfGeoJson(parseJson(t)) : wkt ? bboxOfWkt(t) : bboxOfText(t);
    if (!bbox && !wkt && !NOT_A_PLACE.test(t)) place = t.replace(/\s+/g, ' ');
  }
  if (bbox && isPlaceholderBox(bbox)) bbox = undefined;
  if (!bbox && place === undefined) return undefined;
  return { ...(bbox ? { bbox } : {}), ...(place !== undefined ? { places: [place] } : {}) };
}
