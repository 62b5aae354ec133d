// An event's time as its attendees read it: in its own zone (named), all-day events as days, and
// a zone the platform does not know shown in UTC and said to be.
import { describe, expect, it } from 'vitest';
import { eventTime } from '../../../src/web/render/event-time.js';
import { formatPartialDate } from '../../../src/web/render/partial-date.js';

describe('eventTime', () => {
  it('writes the wall clock of the event’s zone, not the reader’s', () => {
    const tokyo = eventTime('en', { start: '2019-05-29T09:00:00+09:00', timeZone: 'Asia/Tokyo' })!;
    expect(tokyo.zone).toBe('Asia/Tokyo');
    expect(tokyo.text).toMatch(/May 29, 2019.*9:00\s?a\.m\./);
    // The same instant in Vancouver is the evening before.
    expect(eventTime('fr', { start: '2019-05-29T09:00:00+09:00', timeZone: 'America/Vancouver' })!.text).toMatch(/28 mai 2019.*17 h 00/);
  });

  it('gives all-day events as days, a range when they last several', () => {
    expect(eventTime('en', { start: '2019-05-29', end: '2019-05-30', timeZone: 'America/Toronto' })).toEqual({ text: 'May 29–30, 2019' });
    expect(eventTime('fr', { start: '2019-05-29', timeZone: 'America/Toronto' })).toEqual({ text: '29 mai 2019' });
  });

  it('shows an unknown zone’s event in UTC, named, and gives up on a start that is no date', () => {
    const odd = eventTime('en', { start: '2019-05-29T09:00:00-04:00', timeZone: 'Mars/Olympus' })!;
    expect(odd.zone).toBe('UTC');
    expect(odd.text).toMatch(/1:00\s?p\.m\./);
    expect(eventTime('en', { start: 'soon', timeZone: 'UTC' })).toBeUndefined();
  });
});

describe('formatPartialDate', () => {
  it('is as precise as the date', () => {
    expect(formatPartialDate('en', '2017')).toBe('2017');
    expect(formatPartialDate('fr', '2017-03')).toBe('mars 2017');
    expect(formatPartialDate('en', '2017-03-07')).toBe('March 7, 2017');
    expect(formatPartialDate('en', '2017-13')).toBe('2017-13');
  });
});
