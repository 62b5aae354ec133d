// An empty result explains itself: what was searched and with which filters, a corrected
// spelling when the index knows a near word, and links to the same search with less in it.
import type { UiLang } from '../../../core/langstring.js';
import type { SpellingSuggestion } from '../../../search/spelling/suggest.js';
import { FILTER_KEYS, type FacetValue } from '../../../search/types.js';
import { html, type SafeHtml } from '../../html.js';
import { formatDate, formatNumber } from '../../i18n/messages.js';
import { searchText } from '../search.messages.js';
import { valueLabel } from './labels.js';
import { searchHref, toggleValue, without, wordsOnly, type SearchState } from './state.js';

interface Narrowing {
  label: string;
  href: string;
}

/** Every filter and date of the search, each with the search without it. */
function narrowings(lang: UiLang, state: SearchState, facets: Record<string, FacetValue[]>): Narrowing[] {
  const t = searchText(lang);
  const out: Narrowing[] = [];
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) out.push({ label: valueLabel(facets, key, value, lang), href: searchHref(lang, toggleValue(state, key, value)) });
  }
  if (state.modifiedFrom) out.push({ label: t('modifiedFromChip', { date: formatDate(lang, state.modifiedFrom) ?? state.modifiedFrom }), href: searchHref(lang, without(state, 'modifiedFrom')) });
  if (state.modifiedTo) out.push({ label: t('modifiedToChip', { date: formatDate(lang, state.modifiedTo) ?? state.modifiedTo }), href: searchHref(lang, without(state, 'modifiedTo')) });
  return out;
}

export function emptyResult(lang: UiLang, state: SearchState, facets: Record<string, FacetValue[]>, suggestion: SpellingSuggestion | undefined): SafeHtml {
  const t = searchText(lang);
  const filters = narrowings(lang, state, facets);
  const what = state.q !== '' ? t('searchedFor', { q: state.q }) : t('searchedEverything');
  const filterList = filters.length > 0 ? html`${t('withFilters')} <span class="filter-list">${filters.map((f, i) => html`${i > 0 ? ', ' : ''}${f.label}`)}</span>` : '';
  const didYouMean = suggestion
    ? html`<p class="did-you-mean">${t('didYouMean')}<a href="${searchHref(lang, { ...state, q: suggestion.q, page: 1 })}">${suggestion.q}</a>${t('questionMark')}${t('suggestionCount', { count: formatNumber(lang, suggestion.total), n: suggestion.total })}</p>`
    : '';
  const tries: SafeHtml[] = filters.map((f) => html`<li><a href="${f.href}">${t('searchWithout', { label: f.label })}</a></li>`);
  if (filters.length > 1 && state.q !== '') tries.push(html`<li><a href="${searchHref(lang, wordsOnly(state))}">${t('searchWithoutFilters', { q: state.q })}</a></li>`);
  if (state.q !== '') tries.push(html`<li>${t('fewerWords')}</li>`);
  tries.push(html`<li><a href="${searchHref(lang, { q: '', filters: {}, sort: state.sort, page: 1 })}">${t('browseAll')}</a></li>`);
  return html`<section class="empty" aria-labelledby="empty-heading"><h2 id="empty-heading">${t('noResults')}</h2>
<p>${what}${filterList}${filters.length === 0 ? t('endOfSentence') : ''}</p>
${didYouMean}
<p>${t('tryInstead')}</p><ul>${tries}</ul></section>`;
}
