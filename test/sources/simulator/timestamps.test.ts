import { describe, expect, it } from 'vitest';
import { ckanTimestamp, isoDate, parseInstant } from '../../../src/sources/simulator/timestamps.js';

describe('CKAN timestamps', () => {
  it('formats like CKAN: UTC, no zone, microseconds', () => {
    const ms = Date.UTC(2023, 3, 13, 13, 6, 26, 874);
    expect(ckanTimestamp(ms, 270)).toBe('2023-04-13T13:06:26.874270');
    expect(isoDate(ms)).toBe('2023-04-13');
  });

  it('agrees with Date#toISOString over leap years and centuries', () => {
    for (const ms of [Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(1900, 2, 1), Date.UTC(2024, 11, 31, 0, 0, 0, 1), 0, -1]) {
      expect(ckanTimestamp(ms)).toBe(`${new Date(ms).toISOString().slice(0, 23)}000`);
    }
  });

  it('reads CKAN stamps as UTC and keeps zones that are given', () => {
    expect(parseInstant('2023-04-13T13:06:26.8742701')).toBe(Date.UTC(2023, 3, 13, 13, 6, 26, 874));
    expect(parseInstant('2024-05-01T00:00:00Z')).toBe(Date.UTC(2024, 4, 1));
    expect(parseInstant('2024-05-01T02:00:00+02:00')).toBe(Date.UTC(2024, 4, 1));
    expect(parseInstant('2024-05-01')).toBe(Date.UTC(2024, 4, 1));
    expect(parseInstant('yesterday')).toBeNaN();
  });
});
