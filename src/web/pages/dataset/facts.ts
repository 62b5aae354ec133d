// "About this dataset": publisher, jurisdiction, licence, subjects, keywords, frequency, dates,
// coverage in time and space, languages, access and contact, as a description list. Values that
// are facets link to the search filtered on them.
import type { DatasetRecord } from '../../../core/dataset.js';
import { frequencyLabel } from '../../../core/frequencies.js';
import { JURISDICTION_LEVEL_LABELS, jurisdictionLabel } from '../../../core/jurisdictions.js';
import { pickList, type UiLang } from '../../../core/langstring.js';
import { languageLabel } from '../../../core/languages.js';
import { licenceById } from '../../../core/licences.js';
import { subjectById } from '../../../core/subjects.js';
import { jurisdictionValues, keywordValue } from '../../../search/document/facet-values.js';
import { html, safeUrl, type HtmlValue, type SafeHtml } from '../../html.js';
import { formatDate } from '../../i18n/messages.js';
import { boundingBoxMap } from '../../map/bbox-map.js';
import { langAttribute, shownText } from '../../render/lang.js';
import { pagePath } from '../../urls.js';
import { ACCESS_KEYS, datasetText } from '../dataset.messages.js';

function fact(term: string, value: HtmlValue): SafeHtml | '' {
  return value === undefined || value === '' ? '' : html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
}

function date(lang: UiLang, iso: string | undefined): SafeHtml | undefined {
  const text = formatDate(lang, iso);
  return text === undefined ? undefined : html`<time datetime="${iso}">${text}</time>`;
}

function search(lang: UiLang, key: string, value: string): string {
  return pagePath(lang, 'search', undefined, { [key]: value });
}

function licence(lang: UiLang, record: DatasetRecord): SafeHtml | undefined {
  const t = datasetText(lang);
  const ref = record.licence;
  if (!ref) return undefined;
  const known = ref.id !== undefined ? licenceById(ref.id) : undefined;
  const name = known?.label[lang] ?? ref.original ?? ref.id;
  const url = safeUrl((lang === 'fr' ? known?.urlFr : undefined) ?? known?.url ?? ref.url);
  const status = known ? (known.open ? t('openLicence') : t('notOpenLicence')) : t('unknownLicence');
  const label = name ? (ref.id ? html`<a href="${search(lang, 'licence', ref.id)}">${name}</a>` : name) : '';
  return html`${label}${url ? html` (<a href="${url}" rel="nofollow noopener noreferrer">${t('licenceTerms')}</a>)` : ''}<br><span class="licence-status ${known?.open ? 'is-open' : 'not-open'}">${status}</span>`;
}

function temporal(lang: UiLang, record: DatasetRecord): string | undefined {
  const t = datasetText(lang);
  const start = formatDate(lang, record.temporal?.start);
  const end = formatDate(lang, record.temporal?.end);
  if (start && end) return t('temporalRange', { start, end });
  if (start) return t('temporalFrom', { start });
  if (end) return t('temporalUntil', { end });
  return undefined;
}

function spatial(lang: UiLang, record: DatasetRecord): SafeHtml | undefined {
  const { bbox, places } = record.spatial ?? {};
  if (!bbox && !places?.length) return undefined;
  return html`${places?.length ? html`<span class="places">${places.join(', ')}</span>` : ''}${bbox ? boundingBoxMap({ lang, bbox }) : ''}`;
}

function list(items: SafeHtml[], attr: SafeHtml | '' = ''): SafeHtml | undefined {
  return items.length ? html`<ul class="inline-list"${attr}>${items.map((item) => html`<li>${item}</li>`)}</ul>` : undefined;
}

export function datasetFacts(lang: UiLang, record: DatasetRecord): SafeHtml {
  const t = datasetText(lang);
  const publisher = shownText(record.publisher?.name, lang);
  const jurisdictionValue = jurisdictionValues(record.jurisdiction).at(-1)?.value;
  const keywords = pickList(record.keywords, lang);
  const contactName = shownText(record.contactPoint?.name, lang);
  const contactUrl = safeUrl(record.contactPoint?.url);
  const contact = [
    contactName ? html`<span${contactName.attr}>${contactName.text}</span>` : '',
    record.contactPoint?.email ? html`<span class="email">${record.contactPoint.email}</span>` : '',
    contactUrl ? html`<a href="${contactUrl}" rel="nofollow noopener noreferrer">${contactUrl}</a>` : '',
  ].filter((part) => part !== '');
  return html`<dl class="facts">
${fact(t('publisher'), publisher && record.publisher ? html`<a href="${search(lang, 'publisher', record.publisher.id)}"${publisher.attr}>${publisher.text}</a>` : undefined)}
${fact(t('jurisdiction'), html`${jurisdictionValue ? html`<a href="${search(lang, 'jurisdiction', jurisdictionValue)}">${jurisdictionLabel(record.jurisdiction)[lang]}</a>` : jurisdictionLabel(record.jurisdiction)[lang]} <span class="muted">(${JURISDICTION_LEVEL_LABELS[record.jurisdiction.level]?.[lang] ?? record.jurisdiction.level})</span>`)}
${fact(t('licence'), licence(lang, record))}
${fact(t('subjects'), list(record.subjects.map((id) => html`<a href="${search(lang, 'subject', id)}">${subjectById(id)?.label[lang] ?? id}</a>`)))}
${fact(
  t('keywords'),
  keywords
    ? html`${list(keywords.items.map((k) => html`<a href="${search(lang, 'keyword', keywordValue(k))}">${k}</a>`), langAttribute(lang, keywords.tag))}${keywords.machineTranslated ? html` <span class="badge badge-mt">${t('machineTranslated')}</span>` : ''}`
    : undefined,
)}
${fact(t('frequency'), record.frequency ? frequencyLabel(record.frequency)[lang] : undefined)}
${fact(t('issued'), date(lang, record.issued))}
${fact(t('modified'), date(lang, record.modified))}
${fact(t('temporal'), temporal(lang, record))}
${fact(t('spatial'), spatial(lang, record))}
${fact(t('dataLanguages'), record.languages.length ? record.languages.map((code) => languageLabel(code)[lang]).join(', ') : undefined)}
${fact(t('access'), record.accessRights ? t(ACCESS_KEYS[record.accessRights]) : undefined)}
${fact(t('contact'), contact.length ? html`${contact.map((part, i) => html`${i ? html`<br>` : ''}${part}`)}` : undefined)}
</dl>`;
}
