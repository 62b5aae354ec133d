import { describe, expect, it } from 'vitest';
import { dateOf, epochInstant, instantOf } from '../../../src/sources/common/dates.js';

describe('instantOf', () => {
  it.each([
    ['2023-04-13T13:06:26.8742701', '2023-04-13T13:06:26.874Z'],
    ['2020-03-02T08:47:17.995815', '2020-03-02T08:47:17.995Z'],
    ['2017-05-01 00:00:00', '2017-05-01T00:00:00.000Z'],
    ['2012-05-10T21:04', '2012-05-10T21:04:00.000Z'],
    ['2024-01-01T01:30:00+02:00', '2023-12-31T23:30:00.000Z'],
    ['2024-01-01T00:00:00Z', '2024-01-01T00:00:00.000Z'],
    ['2011-03-09', '2011-03-09T00:00:00.000Z'],
  ])('reads the naive UTC timestamp %s as %s', (input, expected) => {
    expect(instantOf(input)).toBe(expected);
  });

  it('gives undefined for what is not a day', () => {
    expect(instantOf('1976')).toBeUndefined();
    expect(instantOf('not a date')).toBeUndefined();
    expect(instantOf(20240101)).toBeUndefined();
  });
});

describe('dateOf', () => {
  it.each([
    ['1976', '1976'],
    ['2012-5', '2012-05'],
    ['2011-03-09', '2011-03-09'],
    ['2017-05-01 00:00:00', '2017-05-01'],
    ['2023-04-13T13:06:26.8742701', '2023-04-13T13:06:26.874Z'],
    ['  2011-03-09 ', '2011-03-09'],
  ])('keeps the precision of %s', (input, expected) => {
    expect(dateOf(input)).toBe(expected);
  });

  it.each(['0001-01-01', '9999-12-31', '2023-02-30', '2023-13-01', '2023-01-01T25:00:00', '', 'soon'])('drops the placeholder or invalid %s', (input) => {
    expect(dateOf(input)).toBeUndefined();
  });
});

describe('epochInstant', () => {
  it('reads epoch milliseconds as numbers or text', () => {
    expect(epochInstant(1700000000000)).toBe('2023-11-14T22:13:20.000Z');
    expect(epochInstant('1700000000000')).toBe('2023-11-14T22:13:20.000Z');
  });
  it('refuses what is not a plausible date', () => {
    expect(epochInstant(-5)).toBeUndefined();
    expect(epochInstant('2023-11-14')).toBeUndefined();
    expect(epochInstant(Number.NaN)).toBeUndefined();
    expect(epochInstant(9e15)).toBeUndefined();
  });
});
