// One event: when (in its own time zone, named), where, who, and its schema.org Event JSON-LD.
import { eventJsonLd, jsonLdScript } from '../../../community/export/jsonld.js';
import { html, safeUrl, trusted, type SafeHtml } from '../../html.js';
import { markdownToSafeHtml } from '../../render/rich-text.js';
import type { PageContext } from '../../server.js';
import { openGovernmentPath } from '../../urls.js';
import { pickBiText } from '../../../community/export/bi-text.js';
import { attendanceLabel, countryName, eventWhen, kindLabel, statusBadge } from './event-details.js';
import { eventsText } from './events.messages.js';
import { eventTitle } from './events.js';
import { editForm } from './forms/editor.js';
import { biLangAttribute, biText, communityPage } from './shared.js';
import { EVENT_STATUS_LABELS } from '../../../core/community/vocab.js';

export async function eventPage(context: PageContext): Promise<SafeHtml | undefined> {
  const { lang, deps, params } = context;
  if (!deps.tracker || !params.id) return undefined;
  const event = (await deps.store.getCommunity('event', params.id))?.data;
  if (!event) return undefined;
  const t = eventsText(lang);
  const title = eventTitle(context, event);
  const description = pickBiText(event.description, lang);
  const url = safeUrl(event.url);
  const location = biText(lang, event.location);
  const fact = (label: string, value: SafeHtml | string) => html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
  return communityPage(context, {
    title,
    head: trusted(jsonLdScript(eventJsonLd(event, { lang }))),
    body: html`<h1${biLangAttribute(lang, event.title)}>${title}</h1>${statusBadge(lang, event)}
<dl class="facts">
${fact(t('when'), eventWhen(lang, event))}
${fact(t('kind'), kindLabel(lang, event))}
${fact(t('attendance'), attendanceLabel(lang, event))}
${location ? fact(t('location'), location) : ''}
${event.organizers.length > 0 ? fact(t('organizers'), event.organizers.join(', ')) : ''}
${event.countries.length > 0 ? fact(t('countries'), event.countries.map((c) => countryName(lang, c)).join(', ')) : ''}
${fact(t('status'), EVENT_STATUS_LABELS[event.status]?.[lang] ?? event.status)}
${url ? fact(t('website'), html`<a href="${url}">${url}</a>`) : ''}
</dl>
${description ? html`<section aria-labelledby="description-heading"><h2 id="description-heading">${t('description')}</h2><div${biLangAttribute(lang, event.description)}>${markdownToSafeHtml(description.text)}</div></section>` : ''}
<p><a href="${openGovernmentPath(lang, 'events')}">${t('allEvents')}</a></p>
${editForm(context, 'event', event)}`,
  });
}
