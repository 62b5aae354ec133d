// How an event's coded values read on a page: kind, attendance, status, countries and its time.
import type { UiLang } from '../../../core/langstring.js';
import type { CommunityEvent } from '../../../core/community/types.js';
import { ATTENDANCE_LABELS, EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '../../../core/community/vocab.js';
import { html, type SafeHtml } from '../../html.js';
import { eventTime } from '../../render/event-time.js';

const REGIONS: Record<UiLang, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(['en-CA'], { type: 'region' }),
  fr: new Intl.DisplayNames(['fr-CA'], { type: 'region' }),
};

/** "France" for `FR`; the code itself when it is not a known region. */
export function countryName(lang: UiLang, code: string): string {
  try {
    return REGIONS[lang].of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function kindLabel(lang: UiLang, event: CommunityEvent): string {
  return EVENT_KIND_LABELS[event.kind]?.[lang] ?? event.kind;
}

export function attendanceLabel(lang: UiLang, event: CommunityEvent): string {
  return ATTENDANCE_LABELS[event.attendance]?.[lang] ?? event.attendance;
}

/** A badge for tentative and cancelled events; nothing for confirmed ones. */
export function statusBadge(lang: UiLang, event: CommunityEvent): SafeHtml | '' {
  if (event.status === 'confirmed') return '';
  return html` <span class="badge">${EVENT_STATUS_LABELS[event.status]?.[lang] ?? event.status}</span>`;
}

/** `<time>` with the event's start, its times in the event's zone and the zone named. */
export function eventWhen(lang: UiLang, event: CommunityEvent): SafeHtml {
  const when = eventTime(lang, event);
  if (!when) return html`${event.start}`;
  return html`<time datetime="${event.start}">${when.text}</time>${when.zone ? html` <span class="zone">(${when.zone})</span>` : ''}`;
}
