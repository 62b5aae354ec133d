// The maps of Canada: the real outlines file projected and identified, the choropleth's links,
// names, shades and escaping, and the bounding box map, with and without the file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CANADIAN_REGIONS } from '../../../src/core/jurisdictions.js';
import { boundingBoxMap, clipToCanada } from '../../../src/web/map/bbox-map.js';
import { canadaMap, projectCanada } from '../../../src/web/map/canada-map.js';
import { choroplethMap } from '../../../src/web/map/choropleth.js';
import { classBreaks, classRanges, shadeOf } from '../../../src/web/map/classes.js';
import { polygonsContain } from '../../../src/web/map/identify.js';
import type { Point } from '../../../src/web/map/simplify.js';
import { readAreaTopology } from '../../../src/web/map/topology.js';
import { fixture, fixturesPresent } from '../../helpers/fixtures.js';

const FILE = fixture('canada', 'provinces-and-territories.topojson');
const realMap = () => canadaMap('full', FILE)!;

/** The rings of a path written as `M x y l dx dy … z`. */
function pathRings(d: string): Point[][] {
  return [...d.matchAll(/M(-?\d+) (-?\d+)l([^z]*)z/g)].map((m) => {
    let [x, y] = [Number(m[1]), Number(m[2])];
    const ring: Point[] = [[x, y]];
    const deltas = [...m[3]!.matchAll(/-?\d+/g)].map((n) => Number(n[0]));
    for (let i = 0; i < deltas.length; i += 2) ring.push([(x += deltas[i]!), (y += deltas[i + 1]!)]);
    return ring;
  });
}

/** Towns other than the points used to identify the regions. */
const TOWNS: Record<string, [number, number]> = {
  'CA-AB': [-114.07, 51.05], 'CA-BC': [-119.5, 49.9], 'CA-MB': [-101.1, 54.8], 'CA-SK': [-105.75, 53.2],
  'CA-ON': [-75.7, 45.42], 'CA-QC': [-71.9, 45.4], 'CA-NB': [-64.78, 46.09], 'CA-NS': [-64.5, 45.08],
  'CA-PE': [-63.1, 46.3], 'CA-NL': [-54.6, 48.95], 'CA-YT': [-139.4, 64.06], 'CA-NT': [-133.7, 68.36], 'CA-NU': [-105.06, 69.12],
};

const hrefFor = (code: string) => `/en/search?jurisdiction=${code}`;

describe.skipIf(!fixturesPresent)('the outlines of the fixtures file', () => {
  it('draws every region the file has under its own code, and lists the others as missing', () => {
    const map = realMap();
    const drawn = [...map.paths.keys()];
    expect(new Set([...drawn, ...map.missing])).toEqual(new Set(CANADIAN_REGIONS.map((r) => r.code)));
    expect(drawn.filter((c) => map.missing.includes(c))).toEqual([]);
    // What the file holds today: the ten provinces but Manitoba and Saskatchewan, no territory.
    expect(drawn.length).toBeGreaterThanOrEqual(8);
    for (const code of drawn) {
      const inside = Object.entries(TOWNS).filter(([, town]) => polygonsContain(pathRings(map.paths.get(code)!), map.project(town))).map(([c]) => c);
      expect(inside, code).toEqual([code]);
    }
  });

  it('is small, deterministic and computed once', () => {
    const map = realMap();
    expect(canadaMap('full', FILE)).toBe(map);
    const again = projectCanada(readAreaTopology(FILE), 'full');
    expect([...again.paths]).toEqual([...map.paths]);
    const svg = choroplethMap({ lang: 'en', counts: { 'CA-QC': 5 }, hrefFor, map }).value;
    expect(svg.length).toBeLessThan(40_000);
    expect(svg).toBe(choroplethMap({ lang: 'en', counts: { 'CA-QC': 5 }, hrefFor, map }).value);
    const small = boundingBoxMap({ lang: 'en', bbox: [-80, 43, -79, 44], map: canadaMap('small', FILE) }).value;
    expect(small.length).toBeLessThan(15_000);
    expect(small.length).toBeLessThan(svg.length);
  });
});

describe('shading classes', () => {
  it('splits the distinct positive counts into at most five classes, the largest darkest', () => {
    const upper = classBreaks([0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 0, 3]);
    expect(upper).toEqual([2, 5, 13, 34, 89]);
    expect(classRanges(upper)).toEqual([[1, 2], [3, 5], [6, 13], [14, 34], [35, 89]]);
    expect([0, 1, 2, 3, 13, 14, 89].map((v) => shadeOf(v, upper))).toEqual([0, 1, 1, 2, 3, 4, 5]);
    expect(shadeOf(7, classBreaks([7]))).toBe(5);
    expect(classBreaks([4, 400]).map((u) => shadeOf(u, [4, 400]))).toEqual([1, 5]);
    expect(classBreaks([0, Number.NaN, -3])).toEqual([]);
  });
});

describe('the choropleth', () => {
  const map = fixturesPresent ? realMap() : null;

  it('links each region to its search with a bilingual accessible name', () => {
    const counts = { 'CA-QC': 1234, 'CA-ON': 1, 'CA-MB': 7 };
    const en = choroplethMap({ lang: 'en', counts, hrefFor, map }).value;
    expect(en).toContain('aria-label="Quebec: 1,234 datasets"');
    expect(en).toContain('aria-label="Ontario: 1 dataset"');
    expect(en).toContain('href="/en/search?jurisdiction=CA-QC"');
    const fr = choroplethMap({ lang: 'fr', counts, hrefFor: (c) => `/fr/recherche?jurisdiction=${c}`, map }).value;
    expect(fr).toMatch(/aria-label="Québec\u00a0: 1\s234 jeux de données"/u);
    expect(fr).toContain('aria-label="Île-du-Prince-Édouard\u00a0: 0 jeu de données"');
    expect(fr).toContain('Jeux de données par province et territoire');
    // Every region is reachable: on the map, or in the line of regions it does not draw, and in the table.
    for (const region of CANADIAN_REGIONS) {
      expect(en.split(`href="${hrefFor(region.code)}"`).length - 1, region.code).toBeGreaterThanOrEqual(2);
      expect(fr).toContain(`>${region.label.fr}</a>`);
    }
  });

  it('shades by count: none, lightest for the fewest, darkest for the most', () => {
    const en = choroplethMap({ lang: 'en', counts: { 'CA-QC': 900, 'CA-ON': 2, 'CA-BC': 40, 'CA-NB': 0 }, hrefFor, map }).value;
    const shade = (name: string) => new RegExp(`class="s(\\d)" aria-label="${name}:`).exec(en)?.[1];
    if (map) {
      expect(shade('Quebec')).toBe('5');
      expect(shade('Ontario')).toBe('1');
      expect(shade('British Columbia')).toBe('3');
      expect(shade('New Brunswick')).toBe('0');
    }
    expect(en).toMatch(/s5" aria-hidden="true"><\/span>41–900</);
    expect(en).toContain('None</li>');
  });

  it('escapes the links it is given', () => {
    const out = choroplethMap({ lang: 'en', counts: {}, hrefFor: () => '/x?a=1&b="><script>alert(1)</script>', map }).value;
    expect(out).not.toContain('<script');
    expect(out).toContain('href="/x?a=1&amp;b=&quot;&gt;&lt;script&gt;');
  });

  it('falls back to the table when there is no outlines file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'federa-map-'));
    expect(canadaMap('full', join(dir, 'absent.topojson'))).toBeNull();
    const out = choroplethMap({ lang: 'fr', counts: { 'CA-YT': 3 }, hrefFor, map: null }).value;
    expect(out).not.toContain('<svg');
    expect(out).toContain('La carte du Canada n’est pas disponible ici.');
    expect(out).toContain('<th scope="row"><a href="/en/search?jurisdiction=CA-YT">Yukon</a></th><td>3</td>');
  });

  it('leaves out an unreadable outlines file with a warning naming it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'federa-map-')), 'broken.topojson');
    writeFileSync(file, '{"type":"Topology"');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(canadaMap('full', file)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(file));
    warn.mockRestore();
  });
});

describe('the bounding box map', () => {
  const map = fixturesPresent ? canadaMap('small', FILE) : null;

  it('clips a box to Canada, across the 180th meridian too', () => {
    expect(clipToCanada([-80, 43, -79, 44])).toEqual([-80, 43, -79, 44]);
    expect(clipToCanada([-180, -90, 180, 90])).toEqual([-141.1, 41.6, -52.6, 83.2]);
    expect(clipToCanada([170, 50, -100, 60])).toEqual([-141.1, 50, -100, 60]);
    expect(clipToCanada([2, 48, 3, 49])).toBeUndefined();
    expect(clipToCanada([-80, 10, -79, 20])).toBeUndefined();
  });

  it.skipIf(!map)('draws the box, a point as a marker, and says when the box is outside the map', () => {
    const box = boundingBoxMap({ lang: 'en', bbox: [-79.64, 43.58, -79.12, 43.86], map }).value;
    expect(box).toContain('Area covered: west 79.64°\u00a0W, south 43.58°\u00a0N, east 79.12°\u00a0W, north 43.86°\u00a0N');
    expect(box).toMatch(/<circle class="bbox-point"/);
    const large = boundingBoxMap({ lang: 'en', bbox: [-120, 48, -60, 50], map }).value;
    expect(large).toMatch(/<path class="bbox-area" d="M/);
    // A box in the north widens the view above the southern outlines the file may be limited to.
    const north = boundingBoxMap({ lang: 'en', bbox: [-100, 75, -90, 80], map }).value;
    expect(Number(/viewBox="-?\d+ (-?\d+)/.exec(north)![1])).toBeLessThan(0);
    const point = boundingBoxMap({ lang: 'fr', bbox: [-73.5, 45.5, -73.5, 45.5], map }).value;
    expect(point).toContain('Emplacement\u00a0: 45,5°\u00a0N, 73,5°\u00a0O');
    expect(point).toContain('<circle');
    const paris = boundingBoxMap({ lang: 'en', bbox: [2, 48, 3, 49], map }).value;
    expect(paris).toContain('(outside the area of this map)');
    expect(paris).not.toMatch(/bbox-(area|point)/);
    expect(paris).toContain('<svg');
  });

  it('keeps the coordinates as text without the outlines file or when they cannot be drawn', () => {
    const text = boundingBoxMap({ lang: 'fr', bbox: [-64.5, 44.2, -61.5, 46.7], map: null }).value;
    expect(text).not.toContain('<svg');
    expect(text).toContain('<figcaption>Territoire couvert\u00a0: ouest 64,5°\u00a0O, sud 44,2°\u00a0N, est 61,5°\u00a0O, nord 46,7°\u00a0N</figcaption>');
    const invalid = boundingBoxMap({ lang: 'en', bbox: [-64, 50, -61, 40], map }).value;
    expect(invalid).toContain('(these coordinates cannot be drawn)');
    expect(invalid).not.toMatch(/bbox-(area|point)/);
  });
});
