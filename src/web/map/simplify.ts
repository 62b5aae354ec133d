// Douglas–Peucker simplification and compact SVG path text for projected lines.
export type Point = readonly [number, number];

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Keeps the end points and every point farther than `tolerance` from the simplified line. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** `M x y l dx dy … z` for each ring, on whole units, repeated points dropped; rings that shrink
 * below three distinct points are left out. */
export function ringsToPath(rings: readonly (readonly Point[])[]): string {
  let out = '';
  for (const ring of rings) {
    const rounded = ring.map(([x, y]) => [Math.round(x), Math.round(y)] as const);
    const distinct = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]![0] || p[1] !== rounded[i - 1]![1]);
    if (distinct.length > 1 && distinct[0]![0] === distinct.at(-1)![0] && distinct[0]![1] === distinct.at(-1)![1]) distinct.pop();
    if (distinct.length < 3) continue;
    let [x, y] = distinct[0]!;
    out += `M${x} ${y}l`;
    let first = true;
    for (const [px, py] of distinct.slice(1)) {
      for (const d of [px - x, py - y]) {
        out += first || d < 0 ? String(d) : ` ${d}`;
        first = false;
      }
      [x, y] = [px, py];
    }
    out += 'z';
  }
  return out;
}
