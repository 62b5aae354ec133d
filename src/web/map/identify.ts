// Which area of a map file is which province or territory: the area holding most of a region's
// interior points is that region. Names and ids in files vary or are missing; geography does not.
import { REGION_INTERIOR_POINTS } from './region-points.js';
import { ringPositions, type AreaTopology, type Polygon, type Position } from './topology.js';

/** Even-odd ray casting: holes (lakes) are outside, and ring winding does not matter. */
export function polygonsContain(rings: readonly Position[][], [x, y]: Position): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export interface Identification {
  /** Region code → index of its area in the file. */
  areaOf: Map<string, number>;
  /** Regions with no area in the file. */
  missing: string[];
  /** Areas that are no region (or that two regions claim equally). */
  unmatched: number[];
}

export function identifyAreas(topology: AreaTopology, points = REGION_INTERIOR_POINTS): Identification {
  const ringsOf = topology.areas.map((polygons: Polygon[]) => polygons.flat().map((ring) => ringPositions(topology.arcs, ring)));
  // hits[area] = region → how many of its points the area holds.
  const hits = ringsOf.map((rings) => {
    const counts = new Map<string, number>();
    for (const [code, list] of Object.entries(points)) {
      const n = list.filter((p) => polygonsContain(rings, p)).length;
      if (n > 0) counts.set(code, n);
    }
    return counts;
  });
  const areaOf = new Map<string, number>();
  const unmatched: number[] = [];
  hits.forEach((counts, area) => {
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const best = ranked[0];
    // An area claimed equally by two regions (a merged outline) is neither.
    if (!best || ranked[1]?.[1] === best[1]) return unmatched.push(area);
    const previous = areaOf.get(best[0]);
    // Two areas for one region: the one holding more of its points wins.
    if (previous === undefined || (hits[previous]!.get(best[0]) ?? 0) < best[1]) {
      if (previous !== undefined) unmatched.push(previous);
      areaOf.set(best[0], area);
    } else unmatched.push(area);
  });
  const missing = Object.keys(points).filter((code) => !areaOf.has(code));
  return { areaOf, missing, unmatched: unmatched.sort((a, b) => a - b) };
}
