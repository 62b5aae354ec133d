// The events of the open government community: upcoming (soonest first) and past (newest first)
// relative to now, filtered by kind, attendance, country and year, with the calendar feed.
import type { Attendance, CommunityEvent, EventKind } from '../../../core/community/types.js';
import { ATTENDANCE_LABELS, EVENT_KIND_LABELS } from '../../../core/community/vocab.js';
import type { EventQuery } from '../../../community/tracker.js';
import { html, type SafeHtml } from '../../html.js';
import type { PageContext, PageResponse } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { communityText } from './community.messages.js';
import { attendanceLabel, countryName, eventWhen, kindLabel, statusBadge } from './event-details.js';
import { eventsText } from './events.messages.js';
import { addForm } from './forms/editor.js';
import { biPlain, biText, choiceParam, choicesOf, communityPage, filterForm, invalidFilters, param } from './shared.js';

type EventFilters = Omit<EventQuery, 'when' | 'now' | 'indicator'>;

/** The filters of the query string, or the problems with them in words. */
function readFilters(context: PageContext): { filters: EventFilters; shown: Record<string, string | undefined> } | { problems: string[] } {
  const { lang, query } = context;
  const t = communityText(lang);
  const problems: string[] = [];
  const kind = choiceParam(lang, query, 'kind', choicesOf(EVENT_KIND_LABELS, lang));
  const attendance = choiceParam(lang, query, 'attendance', choicesOf(ATTENDANCE_LABELS, lang));
  const country = param(query, 'country');
  const year = param(query, 'year');
  if ('problem' in kind) problems.push(kind.problem);
  if ('problem' in attendance) problems.push(attendance.problem);
  if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) problems.push(t('badCountry', { value: country }));
  if (year !== undefined && !/^\d{4}$/.test(year)) problems.push(t('badYear', { value: year }));
  if (problems.length > 0 || 'problem' in kind || 'problem' in attendance) return { problems };
  const filters: EventFilters = {
    ...(kind.ok ? { kind: kind.ok as EventKind } : {}),
    ...(attendance.ok ? { attendance: attendance.ok as Attendance } : {}),
    ...(country ? { country: country.toUpperCase() } : {}),
    ...(year ? { year: Number(year) } : {}),
  };
  return { filters, shown: { kind: kind.ok, attendance: attendance.ok, country: country?.toUpperCase(), year } };
}

function eventItem(context: PageContext, event: CommunityEvent): SafeHtml {
  const { lang } = context;
  const t = eventsText(lang);
  const location = biText(lang, event.location);
  return html`<li class="event-item"><h3><a href="${openGovernmentPath(lang, 'events', event.id)}">${biText(lang, event.title) || t('untitled')}</a>${statusBadge(lang, event)}</h3>
<p class="event-meta">${eventWhen(lang, event)}</p>
<p class="event-meta">${kindLabel(lang, event)} · ${attendanceLabel(lang, event)}${location ? html` · ${location}` : ''}${
    event.countries.length > 0 ? html` · ${event.countries.map((c) => countryName(lang, c)).join(', ')}` : ''
  }</p></li>`;
}

function eventSection(context: PageContext, id: string, heading: string, empty: string, events: CommunityEvent[]): SafeHtml {
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>
${events.length > 0 ? html`<ul class="event-list">${events.map((e) => eventItem(context, e))}</ul>` : html`<p>${empty}</p>`}</section>`;
}

export async function eventsPage(context: PageContext): Promise<SafeHtml | PageResponse | undefined> {
  const { lang, deps } = context;
  const tracker = deps.tracker;
  if (!tracker) return undefined;
  const t = eventsText(lang);
  const read = readFilters(context);
  const listPath = openGovernmentPath(lang, 'events');
  if ('problems' in read) return invalidFilters(context, t('title'), read.problems, listPath);
  const now = deps.now ? deps.now() : new Date();
  const [upcoming, past] = await Promise.all([tracker.events({ ...read.filters, when: 'upcoming', now }), tracker.events({ ...read.filters, when: 'past', now })]);
  const filters = filterForm(lang, listPath, [
    { kind: 'select', name: 'kind', label: t('kind'), choices: choicesOf(EVENT_KIND_LABELS, lang), ...(read.shown.kind ? { value: read.shown.kind } : {}) },
    { kind: 'select', name: 'attendance', label: t('attendance'), choices: choicesOf(ATTENDANCE_LABELS, lang), ...(read.shown.attendance ? { value: read.shown.attendance } : {}) },
    { kind: 'text', name: 'country', label: t('country'), hint: t('countryHint'), pattern: '[A-Za-z]{2}', ...(read.shown.country ? { value: read.shown.country } : {}) },
    { kind: 'text', name: 'year', label: t('year'), hint: t('yearHint'), pattern: '[0-9]{4}', inputmode: 'numeric', ...(read.shown.year ? { value: read.shown.year } : {}) },
  ]);
  return communityPage(context, {
    title: t('title'),
    noindex: Object.values(read.shown).some((v) => v !== undefined),
    head: html`<link rel="alternate" type="text/calendar" href="/events.ics?lang=${lang}" title="${t('calendarFeed')}">`,
    body: html`<h1>${t('title')}</h1>
<p>${t('intro')}</p>
<p><a href="/events.ics?lang=${lang}" type="text/calendar">${t('calendarFeed')}</a></p>
${filters}
${eventSection(context, 'upcoming-heading', t('upcoming'), t('noUpcoming'), upcoming)}
${eventSection(context, 'past-heading', t('past'), t('noPast'), past)}
${addForm(context, 'event')}`,
  });
}

/** The event's title for its page and links. */
export function eventTitle(context: Pick<PageContext, 'lang'>, event: CommunityEvent): string {
  return biPlain(context.lang, event.title, eventsText(context.lang)('untitled'));
}
