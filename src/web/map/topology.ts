// Reads a TopoJSON file of areas into decoded arcs (degrees) and polygons of arc indices,
// refusing with a message naming the file what is not a TopoJSON topology of polygons.
import { readFileSync } from 'node:fs';
import { transform as topoTransform } from 'topojson-client';
import type { Transform } from 'topojson-specification';

export type Position = readonly [number, number];
/** Rings as lists of arc indices (a negative index `~i` is arc `i` reversed), TopoJSON style. */
export type Polygon = number[][];

export interface AreaTopology {
  /** Every arc decoded to longitude/latitude positions. */
  arcs: Position[][];
  /** One entry per geometry of the first object holding polygons, in file order. */
  areas: Polygon[][];
}

export class MapFileError extends Error {
  override name = 'MapFileError';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndexRings = (v: unknown): v is number[][] =>
  Array.isArray(v) && v.every((ring) => Array.isArray(ring) && ring.every((i) => Number.isInteger(i)));

function readTransform(value: unknown, where: string): Transform | null {
  if (value === undefined) return null;
  const pair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!isRecord(value) || !pair(value.scale) || !pair(value.translate)) throw new MapFileError(`${where}: "transform" needs numeric scale and translate pairs`);
  return { scale: value.scale as [number, number], translate: value.translate as [number, number] };
}

function decodeArcs(value: unknown, transform: Transform | null, where: string): Position[][] {
  if (!Array.isArray(value)) throw new MapFileError(`${where}: "arcs" is not a list`);
  // Quantized arcs are delta-encoded: the transformer restarts at each arc's first position.
  const decode = transform ? topoTransform(transform) : (p: number[]) => p;
  return value.map((arc: unknown, i) => {
    if (!Array.isArray(arc)) throw new MapFileError(`${where}: arc ${i} is not a list of positions`);
    return arc.map((point: unknown, j) => {
      if (!Array.isArray(point) || point.length < 2 || !point.every((n) => typeof n === 'number' && Number.isFinite(n))) {
        throw new MapFileError(`${where}: arc ${i}, position ${j} is not a pair of numbers`);
      }
      const [x, y] = decode(point as number[], j !== 0);
      return [x!, y!] as const;
    });
  });
}

function polygonsOf(geometry: unknown, arcCount: number, where: string): Polygon[] | undefined {
  if (!isRecord(geometry)) return undefined;
  let polygons: unknown[];
  if (geometry.type === 'Polygon') polygons = [geometry.arcs];
  else if (geometry.type === 'MultiPolygon' && Array.isArray(geometry.arcs)) polygons = geometry.arcs;
  else return undefined;
  return polygons.map((rings, p) => {
    if (!isIndexRings(rings)) throw new MapFileError(`${where}: a polygon (${p}) does not list rings of arc indices`);
    for (const index of rings.flat()) {
      if ((index < 0 ? ~index : index) >= arcCount) throw new MapFileError(`${where}: arc index ${index} is out of range (${arcCount} arcs)`);
    }
    return rings;
  });
}

export function parseAreaTopology(text: string, where: string): AreaTopology {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MapFileError(`${where}: not JSON (${(error as Error).message})`);
  }
  if (!isRecord(data) || data.type !== 'Topology' || !isRecord(data.objects)) throw new MapFileError(`${where}: not a TopoJSON topology`);
  const arcs = decodeArcs(data.arcs, readTransform(data.transform, where), where);
  for (const object of Object.values(data.objects)) {
    const geometries = isRecord(object) && object.type === 'GeometryCollection' && Array.isArray(object.geometries) ? object.geometries : [object];
    const areas = geometries.map((g: unknown) => polygonsOf(g, arcs.length, where)).filter((p): p is Polygon[] => p !== undefined);
    if (areas.length > 0) return { arcs, areas };
  }
  throw new MapFileError(`${where}: no polygon in any object`);
}

export function readAreaTopology(path: string): AreaTopology {
  return parseAreaTopology(readFileSync(path, 'utf8'), path);
}

/** The positions of a ring, its arcs joined (each arc starts where the previous one ends). */
export function ringPositions(arcs: readonly Position[][], ring: readonly number[]): Position[] {
  const out: Position[] = [];
  for (const index of ring) {
    const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
    out.push(...(out.length === 0 ? arc : arc.slice(1)));
  }
  return out;
}
