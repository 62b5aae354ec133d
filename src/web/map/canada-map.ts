// The provinces and territories projected once per process for SVG maps: a Lambert conformal
// conic (standard parallels 49° and 77°, as Statistics Canada draws Canada), on whole units of a
// 1000-wide view box, simplified along shared arcs so that neighbours keep one common border.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import { identifyAreas } from './identify.js';
import { ringsToPath, simplifyLine, type Point } from './simplify.js';
import { readAreaTopology, type AreaTopology, type Position } from './topology.js';

export const MAP_WIDTH = 1000;
const PADDING = 8;

/** How much detail to keep: the home page map, or the small spatial coverage map. */
export type MapDetail = 'full' | 'small';
const TOLERANCE: Record<MapDetail, number> = { full: 0.7, small: 2.5 };

export interface CanadaMap {
  width: number;
  height: number;
  /** Region code → SVG path data, in file order. */
  paths: Map<string, string>;
  /** Regions the file has no outline for. */
  missing: string[];
  /** Longitude/latitude to view box units. */
  project(position: Position): Point;
}

/** Where the outlines are read: `$FEDERA_FIXTURES` or `../shared/fixtures` from the working directory. */
export function canadaMapFile(): string {
  const fixtures = process.env.FEDERA_FIXTURES ?? resolve(process.cwd(), '../shared/fixtures');
  return resolve(fixtures, 'canada', 'provinces-and-territories.topojson');
}

export function projectCanada(topology: AreaTopology, detail: MapDetail): CanadaMap {
  const { areaOf, missing } = identifyAreas(topology);
  const drawn = [...areaOf.entries()].sort((a, b) => a[1] - b[1]);
  const usedArcs = new Set(drawn.flatMap(([, area]) => topology.areas[area]!.flat(2).map((i) => (i < 0 ? ~i : i))));
  const positions = [...usedArcs].flatMap((i) => topology.arcs[i]!).map(([x, y]) => [x, y]);
  const projection: GeoProjection = geoConicConformal().parallels([49, 77]).rotate([96, 0]);
  if (positions.length > 0) projection.fitWidth(MAP_WIDTH - 2 * PADDING, { type: 'MultiPoint', coordinates: positions });
  const [tx, ty] = projection.translate();
  projection.translate([tx + PADDING, ty + PADDING]);
  const project = (p: Position): Point => {
    const xy = projection([p[0], p[1]]);
    return xy ? [xy[0], xy[1]] : [Number.NaN, Number.NaN];
  };
  const simplified = new Map<number, Point[]>();
  for (const i of usedArcs) simplified.set(i, simplifyLine(topology.arcs[i]!.map(project), TOLERANCE[detail]));
  const paths = new Map<string, string>();
  let bottom = 0;
  for (const [code, area] of drawn) {
    const rings = topology.areas[area]!.flat().map((ring) => {
      const points: Point[] = [];
      for (const index of ring) {
        const arc = simplified.get(index < 0 ? ~index : index)!;
        const oriented = index < 0 ? [...arc].reverse() : arc;
        points.push(...(points.length === 0 ? oriented : oriented.slice(1)));
      }
      for (const [, y] of points) bottom = Math.max(bottom, y);
      return points;
    });
    paths.set(code, ringsToPath(rings));
  }
  return { width: MAP_WIDTH, height: Math.ceil(bottom + PADDING), paths, missing, project };
}

const cache = new Map<string, CanadaMap | null>();

/** The map of the outlines file, computed on first use; null when the file is absent or
 * unreadable (the error is logged once, and pages show text instead). */
export function canadaMap(detail: MapDetail, file = canadaMapFile()): CanadaMap | null {
  const key = `${detail}\n${file}`;
  let map = cache.get(key);
  if (map === undefined) {
    map = null;
    if (existsSync(file)) {
      try {
        map = projectCanada(readAreaTopology(file), detail);
      } catch (error) {
        console.warn(`map of Canada left out: ${(error as Error).message}`);
      }
    }
    cache.set(key, map);
  }
  return map;
}
