// The community events as an RFC 5545 iCalendar feed. Timed events are written in their own zone
// (DTSTART;TZID=America/Toronto) with a VTIMEZONE for it; in UTC when the zone is unknown here.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Label, UiLang } from '../../core/langstring.js';
import type { CommunityEvent } from '../../core/community/types.js';
import type { StoredCommunityRecord } from '../../store/community.js';
import { pickBiText } from './bi-text.js';
import { knownTimeZone, vtimezone } from './vtimezone.js';
import { zonedTime, type ZonedTime } from './zoned-time.js';

export const DEFAULT_CALENDAR_NAME: Label = {
  en: 'Federa: open government community events',
  fr: 'Federa : événements de la communauté du gouvernement ouvert',
};

export interface IcsOptions {
  lang: UiLang;
  /** The host that makes UIDs globally unique (`<event id>@<host>`), e.g. `federa.example.ca`. */
  host: string;
  calendarName?: Label;
}

export interface SkippedEvent {
  id: string;
  problem: string;
}

export interface IcsFeed {
  body: string;
  /** Events left out because their dates cannot be read (the rest of the feed stays whole). */
  skipped: SkippedEvent[];
}

const STATUS: Record<CommunityEvent['status'], ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

// ical-generator writes UID, NAME and URL unescaped: anything but visible ASCII is percent-encoded
// so that no text can end the line and start a property of its own.
function visibleAscii(text: string): string {
  return text.replace(/[^\x21-\x7E]/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate
    }
  });
}

// NAME and X-WR-CALNAME are TEXT, which ical-generator writes as given: escaped here.
function calendarNameText(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F]+/g, ' ').replace(/[\\;,]/g, (c) => `\\${c}`);
}

function httpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? visibleAscii(parsed.href) : undefined;
  } catch {
    return undefined;
  }
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Timing = { allDay: true; start: string; end: string } | { allDay: false; start: Date; end?: Date };

function validDate(text: string): boolean {
  return DATE_ONLY.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

/** The event's dates as ical-generator takes them, or what is wrong with them. */
function timing(event: CommunityEvent): Timing | string {
  if (validDate(event.start)) {
    const last = event.end ?? event.start;
    if (!validDate(last)) return `end "${event.end}" must be a date (YYYY-MM-DD) like its start`;
    if (last < event.start) return `end "${last}" is before start "${event.start}"`;
    // DTEND of an all-day event is exclusive; the model's end is the last day.
    return { allDay: true, start: event.start, end: addDays(last, 1) };
  }
  if (!DATE_TIME_WITH_OFFSET.test(event.start) || Number.isNaN(Date.parse(event.start))) {
    return `start "${event.start}" is neither a date nor a date-time with a UTC offset`;
  }
  const start = new Date(event.start);
  if (event.end === undefined) return { allDay: false, start };
  if (!DATE_TIME_WITH_OFFSET.test(event.end) || Number.isNaN(Date.parse(event.end))) {
    return `end "${event.end}" is not a date-time with a UTC offset`;
  }
  const end = new Date(event.end);
  if (end < start) return `end "${event.end}" is before start "${event.start}"`;
  return { allDay: false, start, end };
}

/** The events as one calendar, in `lang` (the other language's text where one is missing). */
export function eventsToIcs(events: readonly StoredCommunityRecord<'event'>[], options: IcsOptions): IcsFeed {
  if (!HOST.test(options.host)) throw new Error(`iCalendar feed: host "${options.host}" is not a host name (it makes the event UIDs)`);
  const name = options.calendarName ?? DEFAULT_CALENDAR_NAME;
  const other = options.lang === 'en' ? 'fr' : 'en';
  const calendar = ical({
    prodId: { company: 'Federa', product: 'Community tracker', language: options.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: calendarNameText(`${name[options.lang]} / ${name[other]}`),
  });
  const skipped: SkippedEvent[] = [];
  const years: number[] = [];
  for (const record of events) {
    const event = record.data;
    const when = timing(event);
    if (typeof when === 'string') {
      skipped.push({ id: record.id, problem: `event "${record.id}": ${when}` });
      continue;
    }
    const zone = when.allDay ? undefined : knownTimeZone(event.timeZone);
    const inZone = (date: Date): Date | ZonedTime => (zone ? zonedTime(date.getTime(), zone) : date);
    if (!when.allDay) years.push(when.start.getUTCFullYear(), (when.end ?? when.start).getUTCFullYear());
    const location = pickBiText(event.location, options.lang)?.text;
    calendar.createEvent({
      id: `${visibleAscii(record.id)}@${options.host}`,
      sequence: record.revision,
      stamp: new Date(record.updatedAt),
      created: new Date(record.createdAt),
      lastModified: new Date(record.updatedAt),
      allDay: when.allDay,
      start: when.allDay ? when.start : inZone(when.start),
      end: when.end === undefined ? null : when.allDay ? when.end : inZone(when.end),
      timezone: zone ?? null,
      status: STATUS[event.status],
      summary: pickBiText(event.title, options.lang)?.text ?? record.id,
      description: pickBiText(event.description, options.lang)?.text ?? null,
      location: location ?? null,
      url: httpUrl(event.url) ?? null,
      categories: [{ name: event.kind }],
    });
  }
  if (years.length > 0) {
    // A year either side, so that observances start before the first event and end after the last.
    const from = Math.min(...years) - 1;
    const to = Math.max(...years) + 1;
    calendar.timezone({ name: null, generator: (zone) => vtimezone(zone, from, to) });
  }
  return { body: calendar.toString(), skipped };
}
