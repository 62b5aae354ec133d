// The spatial coverage of a dataset: its bounding box drawn on a small map of Canada, the view
// widened to show the part of the box within Canada's extent, and its coordinates as text (the
// caption is the text alternative: the drawing itself is hidden from screen readers).
import type { UiLang } from '../../core/langstring.js';
import { html, type SafeHtml } from '../html.js';
import { canadaMap, type CanadaMap } from './canada-map.js';
import { mapText } from './map.messages.js';
import { CANADA_EXTENT } from './region-points.js';
import { ringsToPath, type Point } from './simplify.js';

export type BoundingBox = readonly [west: number, south: number, east: number, north: number];

export interface BoundingBoxMapOptions {
  lang: UiLang;
  /** [west, south, east, north] in WGS 84 degrees. */
  bbox: BoundingBox;
  /** The projected outlines; by default those of the fixtures file (null: text only). */
  map?: CanadaMap | null;
}

/** Below this size (view box units) a box is drawn as a marker so that it stays visible. */
const MARKER_BELOW = 15;
const MARGIN = 12;

function degrees(lang: UiLang, value: number, positive: string, negative: string): string {
  const text = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 3 }).format(Math.abs(value));
  return `${text}°\u00a0${value < 0 ? negative : positive}`;
}

export function isDrawableBox([west, south, east, north]: BoundingBox): boolean {
  const lon = (v: number) => Number.isFinite(v) && v >= -180 && v <= 180;
  const lat = (v: number) => Number.isFinite(v) && v >= -90 && v <= 90;
  return lon(west) && lon(east) && lat(south) && lat(north) && south <= north;
}

/** The box's part within Canada's extent, or undefined when it has none. A box whose west is
 * east of its east crosses the 180th meridian. */
export function clipToCanada([west, south, east, north]: BoundingBox): BoundingBox | undefined {
  const [cw, cs, ce, cn] = CANADA_EXTENT;
  const s = Math.max(south, cs);
  const n = Math.min(north, cn);
  if (s > n) return undefined;
  const spans: Array<[number, number]> = west <= east ? [[west, east]] : [[west, 180], [-180, east]];
  const inside = spans.map(([a, b]) => [Math.max(a, cw), Math.min(b, ce)] as const).filter(([a, b]) => a <= b);
  if (inside.length === 0) return undefined;
  return [Math.min(...inside.map(([a]) => a)), s, Math.max(...inside.map(([, b]) => b)), n];
}

/** The box's outline, its parallels sampled every degree (they curve on a conic projection). */
function outline(map: CanadaMap, [west, south, east, north]: BoundingBox): Point[] {
  const steps = Math.max(1, Math.ceil(east - west));
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) points.push(map.project([west + ((east - west) * i) / steps, south]));
  for (let i = steps; i >= 0; i--) points.push(map.project([west + ((east - west) * i) / steps, north]));
  return points;
}

export function boundingBoxMap(options: BoundingBoxMapOptions): SafeHtml {
  const { lang, bbox } = options;
  const t = mapText(lang);
  const map = options.map === undefined ? canadaMap('small') : options.map;
  const [west, south, east, north] = bbox;
  const drawable = isDrawableBox(bbox);
  const isPoint = drawable && west === east && south === north;
  let caption = isPoint
    ? t('pointCaption', { lat: degrees(lang, south, t('north'), t('south')), lon: degrees(lang, west, t('east'), t('west')) })
    : t('bboxCaption', {
        west: degrees(lang, west, t('east'), t('west')),
        south: degrees(lang, south, t('north'), t('south')),
        east: degrees(lang, east, t('east'), t('west')),
        north: degrees(lang, north, t('north'), t('south')),
      });
  const clipped = drawable ? clipToCanada(bbox) : undefined;
  if (!drawable) caption = `${caption} ${t('invalidBox')}`;
  else if (!clipped && map) caption = `${caption} ${t('outsideMap')}`;
  if (!map) return html`<figure class="bbox-map"><figcaption>${caption}</figcaption></figure>`;

  let mark = html``;
  let [x0, y0, x1, y1] = [0, 0, map.width, map.height];
  if (clipped) {
    const points = outline(map, clipped);
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    x0 = Math.min(x0, Math.floor(minX - MARGIN));
    y0 = Math.min(y0, Math.floor(minY - MARGIN));
    x1 = Math.max(x1, Math.ceil(maxX + MARGIN));
    y1 = Math.max(y1, Math.ceil(maxY + MARGIN));
    mark =
      maxX - minX < MARKER_BELOW && maxY - minY < MARKER_BELOW
        ? html`<circle class="bbox-point" cx="${Math.round((minX + maxX) / 2)}" cy="${Math.round((minY + maxY) / 2)}" r="9"/>`
        : html`<path class="bbox-area" d="${ringsToPath([points])}"/>`;
  }
  return html`<figure class="bbox-map"><svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${x1 - x0} ${y1 - y0}" aria-hidden="true" focusable="false" fill-rule="evenodd"><path class="land" d="${[...map.paths.values()].join('')}"/>${mark}</svg>
<figcaption>${caption}</figcaption></figure>`;
}
