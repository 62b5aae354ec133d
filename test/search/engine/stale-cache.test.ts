// Kept answers across versions: exact by default, stale only while recomputations are rationed
// and never beyond their bound (times are given, not read from a clock).
import { describe, expect, it } from 'vitest';
import { StaleCache } from '../../../src/search/engine/stale-cache.js';

describe('StaleCache', () => {
  it('gives an answer of another version only when stale answers are allowed', () => {
    const exact = new StaleCache<string>({ entries: 4, maxStaleMs: 0, perSecond: 0, burst: 0 });
    exact.set('q', 'v1', 0, 'old');
    expect(exact.get('q', 'v1', 5)).toBe('old');
    expect(exact.get('q', 'v2', 5)).toBeUndefined();
  });

  it('rations recomputations: the burst, then so many per second; stale answers meanwhile, within the bound', () => {
    const cache = new StaleCache<string>({ entries: 10, maxStaleMs: 1000, perSecond: 2, burst: 2 });
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, 'v1', 0, `${key}1`);
    // The burst: two recomputations (misses), then stale answers.
    expect(cache.get('a', 'v2', 100)).toBeUndefined();
    expect(cache.get('b', 'v2', 100)).toBeUndefined();
    expect(cache.get('c', 'v2', 100)).toBe('c1');
    expect(cache.get('d', 'v2', 100)).toBe('d1');
    // Half a second later, one more (two per second).
    expect(cache.get('c', 'v2', 600)).toBeUndefined();
    expect(cache.get('d', 'v2', 600)).toBe('d1');
    // Past the bound, always recomputed.
    expect(cache.get('d', 'v2', 1000)).toBeUndefined();
    cache.set('d', 'v2', 1000, 'd2');
    expect(cache.get('d', 'v2', 1001)).toBe('d2');
  });
});
