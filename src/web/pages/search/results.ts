// The list of results: title linking to the dataset page, badges, highlighted snippet, what
// describes the dataset, and the other sources that hold it. Harvested text is escaped by the
// template; only the snippet is passed through as markup (see `snippet` below).
import type { UiLang } from '../../../core/langstring.js';
import type { SearchHit } from '../../../search/types.js';
import { html, trusted, type SafeHtml } from '../../html.js';
import { formatDate } from '../../i18n/messages.js';
import { pagePath } from '../../urls.js';
import { searchText } from '../search.messages.js';
import { langAttribute } from '../../render/lang.js';

function snippet(lang: UiLang, hit: SearchHit): SafeHtml | '' {
  if (hit.snippet.text === '') return '';
  // src/search/results/snippet.ts escapes every character of the passage and adds only
  // <mark>…</mark> around matched words: the one piece of harvested text that arrives as markup.
  return html`<p class="snippet"${langAttribute(lang, hit.snippet.tag)}>${trusted(hit.snippet.text)}</p>`;
}

function licence(lang: UiLang, hit: SearchHit): SafeHtml {
  const t = searchText(lang);
  if (!hit.licence) return html`${t('unknownLicence')}`;
  const open = hit.licence.open;
  return html`${hit.licence.label[lang]} <span class="${open ? 'open' : 'not-open'}">(${open ? t('openLicence') : t('notOpenLicence')})</span>`;
}

function details(lang: UiLang, hit: SearchHit): SafeHtml {
  const t = searchText(lang);
  const row = (term: string, value: SafeHtml | string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  const modified = formatDate(lang, hit.modified);
  return html`<dl class="result-meta">
${hit.publisher ? row(t('publisher'), hit.publisher.label[lang]) : ''}
${row(t('jurisdiction'), hit.jurisdiction.label[lang])}
${row(t('formats'), hit.formats.length > 0 ? hit.formats.join(', ') : t('noFormat'))}
${row(t('licence'), licence(lang, hit))}
${modified && hit.modified ? row(t('modified'), html`<time datetime="${hit.modified}">${modified}</time>`) : ''}
</dl>`;
}

function otherSources(lang: UiLang, hit: SearchHit): SafeHtml | '' {
  if (hit.alsoAvailableFrom.length === 0) return '';
  const t = searchText(lang);
  const links = hit.alsoAvailableFrom.map((copy, i) => html`${i > 0 ? ', ' : ''}<a href="${pagePath(lang, 'dataset', copy.id)}">${copy.sourceLabel[lang]}</a>`);
  return html`<p class="also">${t('alsoAvailableFrom')} ${links}</p>`;
}

function result(lang: UiLang, hit: SearchHit): SafeHtml {
  const t = searchText(lang);
  const badge = hit.machineTranslated ? html`<p class="badges"><span class="badge">${t('machineTranslated')}</span></p>` : '';
  return html`<li><article class="result">
<h2><a href="${pagePath(lang, 'dataset', hit.id)}"${langAttribute(lang, hit.title.tag)}>${hit.title.text}</a></h2>
${badge}${snippet(lang, hit)}${details(lang, hit)}${otherSources(lang, hit)}
</article></li>`;
}

export function resultList(lang: UiLang, hits: readonly SearchHit[], first: number): SafeHtml {
  return html`<ol class="results"${first > 1 ? html` start="${first}"` : ''}>${hits.map((hit) => result(lang, hit))}</ol>`;
}
