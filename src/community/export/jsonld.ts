// schema.org JSON-LD for community events and learning resources, and its safe embedding in HTML.
// Texts are plain strings in the page's language, as search engines read them; a text shown in
// the other language (the page's one is missing) is a value object tagged with its @language.
import type { UiLang } from '../../core/langstring.js';
import type { BiText, CommunityEvent, EventKind, LearningResource } from '../../core/community/types.js';
import { licenceById } from '../../core/licences.js';
import { pickBiText } from './bi-text.js';

export type JsonLdText = string | { '@value': string; '@language': UiLang };
export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

const SCHEMA = 'https://schema.org/';

export interface JsonLdOptions {
  lang: UiLang;
  /** The record's page on Federa: the node's @id (and its url when the record has none). */
  pageUrl?: string;
}

function text(value: BiText, lang: UiLang): JsonLdText | undefined {
  const picked = pickBiText(value, lang);
  if (!picked) return undefined;
  return picked.lang === lang ? picked.text : { '@value': picked.text, '@language': picked.lang };
}

/** Drops absent properties so the output has no `undefined` (JSON.stringify would hide them anyway). */
function node(properties: Record<string, JsonLdValue | undefined>): JsonLdNode {
  const out: JsonLdNode = {};
  for (const [key, value] of Object.entries(properties)) if (value !== undefined && !(Array.isArray(value) && value.length === 0)) out[key] = value;
  return out;
}

// Workshops and data literacy sessions teach; the other kinds are meetings.
const EDUCATION_KINDS: ReadonlySet<EventKind> = new Set(['workshop', 'data-literacy']);

const ATTENDANCE_MODE: Record<CommunityEvent['attendance'], string> = {
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  'in-person': `${SCHEMA}OfflineEventAttendanceMode`,
  mixed: `${SCHEMA}MixedEventAttendanceMode`,
};

// schema.org has no "tentative": an event not yet confirmed is still announced as scheduled.
const EVENT_STATUS: Record<CommunityEvent['status'], string> = {
  confirmed: `${SCHEMA}EventScheduled`,
  tentative: `${SCHEMA}EventScheduled`,
  cancelled: `${SCHEMA}EventCancelled`,
};

function eventLocation(event: CommunityEvent, lang: UiLang): JsonLdValue | undefined {
  const place = event.attendance === 'online' ? undefined : node({ '@type': 'Place', name: event.location ? text(event.location, lang) : undefined });
  const virtual = event.attendance === 'in-person' ? undefined : node({ '@type': 'VirtualLocation', url: event.url });
  const locations = [place, virtual].filter((l): l is JsonLdNode => l !== undefined && Object.keys(l).length > 1);
  return locations.length === 0 ? undefined : locations.length === 1 ? locations[0] : locations;
}

/** An event as a schema.org `Event` (`EducationEvent` for workshops and data literacy). */
export function eventJsonLd(event: CommunityEvent, options: JsonLdOptions): JsonLdNode {
  return node({
    '@context': 'https://schema.org',
    '@type': EDUCATION_KINDS.has(event.kind) ? 'EducationEvent' : 'Event',
    '@id': options.pageUrl,
    name: text(event.title, options.lang) ?? event.id,
    description: text(event.description, options.lang),
    startDate: event.start,
    endDate: event.end,
    eventStatus: EVENT_STATUS[event.status],
    eventAttendanceMode: ATTENDANCE_MODE[event.attendance],
    location: eventLocation(event, options.lang),
    organizer: event.organizers.map((name) => node({ '@type': 'Organization', name })),
    url: event.url ?? options.pageUrl,
  });
}

function licenceUrl(licence: string | undefined, lang: UiLang): string | undefined {
  if (licence === undefined || /^https?:\/\//i.test(licence)) return licence;
  const known = licenceById(licence);
  return (lang === 'fr' ? known?.urlFr : undefined) ?? known?.url ?? licence;
}

/** A learning resource as a schema.org `LearningResource` with its LRMI properties. */
export function learningResourceJsonLd(resource: LearningResource, options: JsonLdOptions): JsonLdNode {
  return node({
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    '@id': options.pageUrl,
    name: text(resource.title, options.lang) ?? resource.id,
    description: text(resource.description, options.lang),
    url: resource.url,
    learningResourceType: resource.learningResourceType,
    educationalLevel: resource.educationalLevel,
    teaches: resource.teaches,
    audience: resource.audience.map((audienceType) => node({ '@type': 'Audience', audienceType })),
    inLanguage: resource.inLanguage,
    license: licenceUrl(resource.license, options.lang),
    timeRequired: resource.timeRequired,
    publisher: resource.publisher === undefined ? undefined : node({ '@type': 'Organization', name: resource.publisher }),
  });
}

/** JSON that cannot end its <script> element nor open a comment or CDATA section in HTML: <, >, &
 * and the JavaScript line separators U+2028/U+2029 are written as \u escapes (same JSON value). */
export function jsonForScript(value: JsonLdNode | JsonLdNode[]): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The `<script type="application/ld+json">` element to put in a page's head (markup safe as is). */
export function jsonLdScript(value: JsonLdNode | JsonLdNode[]): string {
  return `<script type="application/ld+json">${jsonForScript(value)}</script>`;
}
