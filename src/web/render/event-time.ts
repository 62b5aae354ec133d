// When an event happens, as its attendees read it: in the event's own time zone, the zone named
// (an online event in Paris is at 14 h in Paris, whoever reads the page).
import type { UiLang } from '../../core/langstring.js';
import { knownTimeZone } from '../../community/export/vtimezone.js';

const locale = (lang: UiLang) => (lang === 'fr' ? 'fr-CA' : 'en-CA');
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export interface EventTime {
  /** "May 29, 2019, 9:00 a.m.–5:00 p.m. EDT", or the day(s) of an all-day event. */
  text: string;
  /** The IANA zone the times are in; absent for all-day events. */
  zone?: string;
}

function day(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** The start (and end) of an event; undefined when its start is not a date. */
export function eventTime(lang: UiLang, event: { start: string; end?: string; timeZone: string }): EventTime | undefined {
  if (DATE_ONLY.test(event.start)) {
    const format = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' });
    const start = day(event.start);
    if (Number.isNaN(start.getTime())) return undefined;
    const end = event.end && DATE_ONLY.test(event.end) ? day(event.end) : undefined;
    return { text: end && end.getTime() > start.getTime() ? format.formatRange(start, end) : format.format(start) };
  }
  const start = new Date(event.start);
  if (Number.isNaN(start.getTime())) return undefined;
  // A zone the platform does not know is shown in UTC, and said to be.
  const zone = knownTimeZone(event.timeZone) ?? 'UTC';
  const format = new Intl.DateTimeFormat(locale(lang), {
    timeZone: zone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const end = event.end ? new Date(event.end) : undefined;
  const text = end && !Number.isNaN(end.getTime()) && end.getTime() > start.getTime() ? format.formatRange(start, end) : format.format(start);
  return { text, zone };
}
