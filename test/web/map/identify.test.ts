// Telling which outline is which province or territory without names, from synthetic topologies.
import { describe, expect, it } from 'vitest';
import { identifyAreas, polygonsContain } from '../../../src/web/map/identify.js';
import { REGION_INTERIOR_POINTS } from '../../../src/web/map/region-points.js';
import { MapFileError, parseAreaTopology } from '../../../src/web/map/topology.js';

type Square = { code: string; reversed?: boolean };

/** A topology with one square (one closed arc) per region, around its first interior point. */
function squares(list: Square[], extra: Array<[number, number]> = []): string {
  const arcs: number[][][] = [];
  const geometries: unknown[] = [];
  const around = ([x, y]: readonly [number, number], reversed = false) => {
    const ring = [[x - 0.2, y - 0.2], [x + 0.2, y - 0.2], [x + 0.2, y + 0.2], [x - 0.2, y + 0.2], [x - 0.2, y - 0.2]];
    arcs.push(reversed ? ring.reverse() : ring);
    return arcs.length - 1;
  };
  for (const { code, reversed } of list) geometries.push({ type: 'Polygon', arcs: [[around(REGION_INTERIOR_POINTS[code]![0]!, reversed)]] });
  for (const point of extra) geometries.push({ type: 'MultiPolygon', arcs: [[[around(point)]]] });
  return JSON.stringify({ type: 'Topology', objects: { areas: { type: 'GeometryCollection', geometries } }, arcs });
}

describe('identifying areas', () => {
  it('finds each region by its interior points, whatever the order and winding, and names what is missing', () => {
    const list: Square[] = [{ code: 'CA-NU' }, { code: 'CA-QC', reversed: true }, { code: 'CA-BC' }, { code: 'CA-PE', reversed: true }, { code: 'CA-ON' }];
    const found = identifyAreas(parseAreaTopology(squares(list, [[-40, 40]]), 'test.topojson'));
    expect(Object.fromEntries(found.areaOf)).toEqual({ 'CA-NU': 0, 'CA-QC': 1, 'CA-BC': 2, 'CA-PE': 3, 'CA-ON': 4 });
    expect(found.unmatched).toEqual([5]);
    expect(found.missing.sort()).toEqual(['CA-AB', 'CA-MB', 'CA-NB', 'CA-NL', 'CA-NS', 'CA-NT', 'CA-SK', 'CA-YT']);
  });

  it('gives an area claimed equally by two regions to neither', () => {
    const points = { 'CA-A': [[0, 0]] as const, 'CA-B': [[0.1, 0.1]] as const };
    const topo = parseAreaTopology(JSON.stringify({ type: 'Topology', objects: { a: { type: 'Polygon', arcs: [[0]] } }, arcs: [[[-1, -1], [1, -1], [1, 1], [-1, 1], [-1, -1]]] }), 't');
    const found = identifyAreas(topo, points);
    expect(found.areaOf.size).toBe(0);
    expect(found.unmatched).toEqual([0]);
  });

  it('decodes quantized, delta-encoded arcs', () => {
    const text = JSON.stringify({
      type: 'Topology',
      transform: { scale: [0.5, 0.25], translate: [-70, 45] },
      objects: { a: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] } },
      arcs: [[[0, 0], [4, 0], [0, 8], [-4, 0], [0, -8]]],
    });
    expect(parseAreaTopology(text, 't').arcs[0]).toEqual([[-70, 45], [-68, 45], [-68, 47], [-70, 47], [-70, 45]]);
  });

  it('treats holes as outside', () => {
    const outer = [[0, 0], [10, 0], [10, 10], [0, 10]] as Array<[number, number]>;
    const hole = [[4, 4], [6, 4], [6, 6], [4, 6]] as Array<[number, number]>;
    expect(polygonsContain([outer, hole], [2, 2])).toBe(true);
    expect(polygonsContain([outer, hole], [5, 5])).toBe(false);
  });

  it('refuses what is not a topology of polygons, naming the file', () => {
    expect(() => parseAreaTopology('{', 'a.topojson')).toThrow(MapFileError);
    expect(() => parseAreaTopology('{"type":"FeatureCollection"}', 'a.topojson')).toThrow(/a\.topojson: not a TopoJSON topology/);
    expect(() => parseAreaTopology('{"type":"Topology","objects":{"x":{"type":"Polygon","arcs":[[3]]}},"arcs":[]}', 'b.topojson')).toThrow(/b\.topojson: arc index 3 is out of range/);
    expect(() => parseAreaTopology('{"type":"Topology","objects":{"x":{"type":"Point","coordinates":[0,0]}},"arcs":[]}', 'c.topojson')).toThrow(/c\.topojson: no polygon/);
    expect(() => parseAreaTopology('{"type":"Topology","objects":{},"arcs":[[[0,"a"]]]}', 'd.topojson')).toThrow(/d\.topojson: arc 0, position 0/);
  });
});
