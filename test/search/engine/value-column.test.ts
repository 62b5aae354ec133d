import { describe, expect, it } from 'vitest';
import { MANY, NONE, ValueColumn } from '../../../src/search/engine/value-column.js';

function valuesOf(column: ValueColumn, doc: number): number[] {
  const single = column.single[doc] ?? NONE;
  if (single >= 0) return [single];
  if (single !== MANY) return [];
  const start = column.offsets[doc]!;
  return Array.from(column.pool.subarray(start, start + column.lengths[doc]!));
}

describe('value column', () => {
  it('keeps each document’s values through rewrites, clears and compactions', () => {
    const column = new ValueColumn();
    const model = new Map<number, number[]>();
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let step = 0; step < 20_000; step++) {
      const doc = rand(3000);
      if (rand(10) === 0) {
        column.clear(doc);
        model.set(doc, []);
      } else {
        const values = Array.from({ length: rand(5) }, () => rand(1000));
        column.set(doc, values);
        model.set(doc, values);
      }
    }
    for (const [doc, values] of model) expect(valuesOf(column, doc), `doc ${doc}`).toEqual(values);
    // Rewrites leave dead slices: compaction must have kept the pool near the live size.
    const live = [...model.values()].reduce((n, v) => n + (v.length > 1 ? v.length : 0), 0);
    expect(column.pool.length).toBeLessThan(live * 8);
  });
});
