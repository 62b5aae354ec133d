// Where and when: `EX_GeographicBoundingBox`es (several make their union; exclusion boxes and
// projected coordinates make none) and temporal extents (`gml:TimePeriod` begin/end in GML 3.2
// and 3.1.1 forms, `gml:TimeInstant`).
import type { TemporalCoverage } from '../../../core/dataset.js';
import { dateOf } from '../../common/dates.js';
import { validBox, type BBox } from '../../common/geometry.js';
import { numberOf } from '../../common/numbers.js';
import { child, descendants, ownText, type XmlElement } from '../xml/tree.js';
import { propertyText } from './values.js';

function coordinate(box: XmlElement, name: string): number | undefined {
  return numberOf(propertyText(child(box, name)));
}

function boxOf(element: XmlElement): BBox | undefined {
  // extentTypeCode false (0) marks an area the resource excludes.
  const type = propertyText(child(element, 'gmd:extentTypeCode'))?.toLowerCase();
  if (type === 'false' || type === '0') return undefined;
  const west = coordinate(element, 'gmd:westBoundLongitude');
  const east = coordinate(element, 'gmd:eastBoundLongitude');
  const south = coordinate(element, 'gmd:southBoundLatitude');
  const north = coordinate(element, 'gmd:northBoundLatitude');
  if (west === undefined || east === undefined || south === undefined || north === undefined) return undefined;
  // West beyond east is a box across the antimeridian only when that box is the narrower reading
  // (170° to -170°); otherwise the two longitudes were swapped (3.28° to 1.31°).
  if (west > east && east - west + 360 > 180) return validBox(east, Math.min(south, north), west, Math.max(south, north));
  return validBox(west, Math.min(south, north), east, Math.max(south, north));
}

/** The union of the record's geographic bounding boxes. */
export function boundingBox(identification: XmlElement | undefined): BBox | undefined {
  const boxes = descendants(identification, 'gmd:EX_GeographicBoundingBox')
    .map(boxOf)
    .filter((b): b is BBox => b !== undefined);
  const [first, ...rest] = boxes;
  if (first === undefined) return undefined;
  if (rest.length === 0) return first;
  // A box across the antimeridian (west > east) has no simple union with others: the whole width.
  const crosses = boxes.some(([w, , e]) => w > e);
  const south = Math.min(...boxes.map((b) => b[1]));
  const north = Math.max(...boxes.map((b) => b[3]));
  if (crosses) return [-180, south, 180, north];
  return [Math.min(...boxes.map((b) => b[0])), south, Math.max(...boxes.map((b) => b[2])), north];
}

/** A GML time position: its text, unless it is `indeterminatePosition` (`now`, `unknown`). */
function position(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  const text = ownText(element) ?? ownText(child(element, 'gml:timePosition'));
  if (text === undefined) return undefined;
  return dateOf(text);
}

/** 3.2: `gml:beginPosition`; 3.1.1: also `gml:begin/gml:TimeInstant/gml:timePosition`. */
function periodEnd(period: XmlElement, which: 'begin' | 'end'): string | undefined {
  return position(child(period, `gml:${which}Position`)) ?? position(child(child(child(period, `gml:${which}`), 'gml:TimeInstant'), 'gml:timePosition'));
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a <= b ? a : b;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** The span of every temporal extent of the record. */
export function temporalCoverage(identification: XmlElement | undefined): TemporalCoverage | undefined {
  let start: string | undefined;
  let end: string | undefined;
  for (const temporal of descendants(identification, 'gmd:EX_TemporalExtent')) {
    for (const period of descendants(temporal, 'gml:TimePeriod')) {
      start = earlier(start, periodEnd(period, 'begin'));
      end = later(end, periodEnd(period, 'end'));
    }
    for (const instant of descendants(temporal, 'gml:TimeInstant')) {
      const at = position(child(instant, 'gml:timePosition'));
      start = earlier(start, at);
      end = later(end, at);
    }
  }
  if (start === undefined && end === undefined) return undefined;
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}
