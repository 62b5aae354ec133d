// The active filters (and the words searched) as links that remove them, no JavaScript needed.
import type { UiLang } from '../../../core/langstring.js';
import { FILTER_KEYS, type FacetValue } from '../../../search/types.js';
import { html, type SafeHtml } from '../../html.js';
import { formatDate } from '../../i18n/messages.js';
import { searchText } from '../search.messages.js';
import { valueLabel } from './labels.js';
import { isNarrowed, searchHref, toggleValue, without, type SearchState } from './state.js';

export function activeFilters(lang: UiLang, state: SearchState, facets: Record<string, FacetValue[]>): SafeHtml | '' {
  if (!isNarrowed(state)) return '';
  const t = searchText(lang);
  const chip = (label: string, href: string) =>
    html`<li><a class="chip" href="${href}"><span class="visually-hidden">${t('removeFilter')}</span>${label}<span class="chip-x" aria-hidden="true">×</span></a></li>`;
  const chips: SafeHtml[] = [];
  if (state.q !== '') chips.push(chip(t('queryChip', { q: state.q }), searchHref(lang, without(state, 'q'))));
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key] ?? []) chips.push(chip(valueLabel(facets, key, value, lang), searchHref(lang, toggleValue(state, key, value))));
  }
  if (state.modifiedFrom) chips.push(chip(t('modifiedFromChip', { date: formatDate(lang, state.modifiedFrom) ?? state.modifiedFrom }), searchHref(lang, without(state, 'modifiedFrom'))));
  if (state.modifiedTo) chips.push(chip(t('modifiedToChip', { date: formatDate(lang, state.modifiedTo) ?? state.modifiedTo }), searchHref(lang, without(state, 'modifiedTo'))));
  // Outside the list: every item of the list is one filter.
  const clear = chips.length > 1 ? html`<p class="clear-all"><a href="${searchHref(lang, { q: '', filters: {}, sort: state.sort, page: 1 })}">${t('clearAll')}</a></p>` : '';
  return html`<div class="active-filters"><ul class="chips" aria-label="${t('activeFilters')}">${chips}</ul>${clear}</div>`;
}
