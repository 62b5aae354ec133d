import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/harvest/duration.js';
import { retryAfterMs } from '../../src/harvest/fetch/retry-after.js';

describe('durations', () => {
  it('reads shorthand and ISO 8601', () => {
    expect(parseDuration('6h')).toBe(21_600_000);
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('7d')).toBe(604_800_000);
    expect(parseDuration('PT6H')).toBe(21_600_000);
    expect(parseDuration('P1DT30M')).toBe(86_400_000 + 1_800_000);
    expect(parseDuration('P2W')).toBe(2 * 604_800_000);
  });
  it('rejects what is not a duration', () => {
    for (const bad of ['', 'P', 'PT', 'often', '6 hours', 'P1Y']) expect(parseDuration(bad)).toBeUndefined();
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('Wed, 31 Dec 2025 00:00:10 GMT', now)).toBe(0);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});
