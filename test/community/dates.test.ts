import { describe, expect, it } from 'vitest';
import { dayOf, partialDateWindow, withinPeriod } from '../../src/community/dates.js';

describe('partial date windows', () => {
  it('covers a whole year, month or the one day', () => {
    expect(partialDateWindow('2020')).toEqual({ first: '2020-01-01', last: '2020-12-31' });
    expect(partialDateWindow('2020-02')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(partialDateWindow('2019-02')).toEqual({ first: '2019-02-01', last: '2019-02-28' });
    expect(partialDateWindow('2020-06-30')).toEqual({ first: '2020-06-30', last: '2020-06-30' });
  });

  it('refuses what is not a real partial date', () => {
    for (const bad of ['2020-13', '2019-02-29', '20-01', 'June 2020', '2020-06-31', '']) expect(partialDateWindow(bad)).toBeUndefined();
  });

  it('takes `to` as the end of its month and `from` as its start', () => {
    expect(withinPeriod('2020-06-30', '2018-10', '2020-06')).toBe(true);
    expect(withinPeriod('2020-07-01', '2018-10', '2020-06')).toBe(false);
    expect(withinPeriod('2018-10-01', '2018-10', '2020-06')).toBe(true);
    expect(withinPeriod('2018-09-30', '2018-10', '2020-06')).toBe(false);
    expect(withinPeriod('2018-09-30')).toBe(true);
  });

  it('counts a coarse record date only when all of it lies inside the period', () => {
    expect(withinPeriod('2019', '2018-10', '2020-06')).toBe(true);
    expect(withinPeriod('2020', '2018-10', '2020-06')).toBe(false);
    expect(withinPeriod('not a date', '2018')).toBe(false);
  });

  it('reads the day of an event start in its own offset', () => {
    expect(dayOf('2019-05-29T23:30:00-04:00')).toBe('2019-05-29');
    expect(dayOf('2019-05-29')).toBe('2019-05-29');
    expect(dayOf('May 29')).toBeUndefined();
  });
});
