// An instant seen in an IANA zone, shaped as the Temporal.ZonedDateTime subset ical-generator reads
// (it would format a plain Date in the server's own zone): DTSTART;TZID=... gets the wall clock.
import { wallClock, type WallClock } from './vtimezone.js';

type Clock = Omit<WallClock, 'offset'>;

interface PlainDateTime extends Clock {
  toPlainDate(): { year: number; month: number; day: number; toJSON(): string; toString(): string };
  toZonedDateTime(timeZone: string): ZonedTime;
  toJSON(): string;
  toString(): string;
}

export interface ZonedTime extends Clock {
  timeZoneId: string;
  toInstant(): { epochMilliseconds: number; toJSON(): string; toString(): string };
  toPlainDateTime(): PlainDateTime;
  withTimeZone(timeZone: string): ZonedTime;
  toJSON(): string;
  toString(): string;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

export function zonedTime(epochMs: number, timeZone: string): ZonedTime {
  const w = wallClock(epochMs, timeZone);
  const date = `${String(w.year).padStart(4, '0')}-${two(w.month)}-${two(w.day)}`;
  const dateTime = `${date}T${two(w.hour)}:${two(w.minute)}:${two(w.second)}`;
  const plain: PlainDateTime = {
    year: w.year,
    month: w.month,
    day: w.day,
    hour: w.hour,
    minute: w.minute,
    second: w.second,
    toPlainDate: () => ({ year: w.year, month: w.month, day: w.day, toJSON: () => date, toString: () => date }),
    // Only ever asked for the zone it came from (ical-generator round-trips through it).
    toZonedDateTime: (zone: string) => zonedTime(epochMs, zone),
    toJSON: () => dateTime,
    toString: () => dateTime,
  };
  const iso = new Date(epochMs).toISOString();
  return {
    ...plain,
    timeZoneId: timeZone,
    toInstant: () => ({ epochMilliseconds: epochMs, toJSON: () => iso, toString: () => iso }),
    toPlainDateTime: () => plain,
    withTimeZone: (zone: string) => zonedTime(epochMs, zone),
    toJSON: () => `${dateTime}[${timeZone}]`,
    toString: () => `${dateTime}[${timeZone}]`,
  };
}
