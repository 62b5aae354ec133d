import { describe, expect, it } from 'vitest';
import { mix, Rng, rngFor } from '../../../src/sources/simulator/prng.js';

function draws(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.nextUint32());
}

describe('seeded PRNG', () => {
  it('repeats itself for the same seed, index and stream', () => {
    expect(draws(rngFor(7, 42, 3), 20)).toEqual(draws(rngFor(7, 42, 3), 20));
  });

  it('gives different sequences to neighbouring indexes, streams and seeds', () => {
    const base = draws(rngFor(7, 42, 3), 8);
    expect(draws(rngFor(7, 43, 3), 8)).not.toEqual(base);
    expect(draws(rngFor(7, 42, 4), 8)).not.toEqual(base);
    expect(draws(rngFor(8, 42, 3), 8)).not.toEqual(base);
  });

  it('never gives two indexes the same first draw over 100,000 records', () => {
    const firsts = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      const rng = rngFor(1, i, 1);
      firsts.add(`${rng.nextUint32()}-${rng.nextUint32()}`);
    }
    expect(firsts.size).toBe(100_000);
  });

  it('draws integers within bounds, covering them', () => {
    const rng = new Rng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.between(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('favours the first items with Zipf-like weights', () => {
    const rng = new Rng(11);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) counts[rng.zipfIndex(10)]! += 1;
    // With 1/rank weights, rank 1 is drawn about twice as often as rank 2 and ten times rank 10.
    expect(counts[0]! / counts[1]!).toBeGreaterThan(1.7);
    expect(counts[0]! / counts[1]!).toBeLessThan(2.3);
    expect(counts[0]! / counts[9]!).toBeGreaterThan(7);
  });

  it('picks distinct items', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const chosen = new Rng(3).zipfDistinct(items, 4);
    expect(new Set(chosen).size).toBe(4);
    expect(new Rng(3).zipfDistinct(items, 9)).toHaveLength(5);
  });

  it('makes version-4 UUIDs', () => {
    const rng = new Rng(9);
    for (let i = 0; i < 100; i++) expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('mixes inputs into spread 32-bit hashes', () => {
    expect(mix(1, 2)).not.toBe(mix(2, 1));
    expect(mix(1, 2)).toBeGreaterThanOrEqual(0);
    expect(mix(1, 2)).toBeLessThan(2 ** 32);
  });
});
