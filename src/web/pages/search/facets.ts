// The facets: per key, its values with their counts as plain links that add the value to the
// search or, when selected, take it out (values of one key are alternatives, keys add up). Long
// facets show their top values and the rest in a <details>, so that no script is needed.
import type { UiLang } from '../../../core/langstring.js';
import type { FacetValue, FilterKey } from '../../../search/types.js';
import { html, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { pagePath } from '../../urls.js';
import { searchText } from '../search.messages.js';
import { hiddenFields } from './search-box.js';
import { FACET_HEADINGS } from './labels.js';
import { searchHref, stateQuery, toggleValue, type SearchState } from './state.js';

/** The facets shown, in this order. */
export const SHOWN_FACETS: readonly FilterKey[] = ['jurisdictionLevel', 'jurisdiction', 'publisher', 'format', 'licence', 'subject', 'keyword', 'source'];
/** Values shown before "Show all". */
export const TOP_VALUES = 10;

function valueLink(lang: UiLang, state: SearchState, key: FilterKey, value: FacetValue, selected: boolean): SafeHtml {
  const href = searchHref(lang, toggleValue(state, key, value.value));
  return html`<li><a href="${href}"${selected ? html` class="selected" aria-current="true"` : ''}>${value.label[lang]} <span class="count">(${formatNumber(lang, value.count)})</span></a></li>`;
}

function facet(lang: UiLang, state: SearchState, key: FilterKey, values: readonly FacetValue[]): SafeHtml | '' {
  if (values.length === 0) return '';
  const t = searchText(lang);
  const selected = new Set(state.filters[key] ?? []);
  // Selected values always show, whatever their rank.
  const top = values.slice(0, TOP_VALUES);
  const rest = values.slice(TOP_VALUES);
  const shown = [...top, ...rest.filter((v) => selected.has(v.value))];
  const hidden = rest.filter((v) => !selected.has(v.value));
  const link = (v: FacetValue) => valueLink(lang, state, key, v, selected.has(v.value));
  const more = hidden.length > 0 ? html`<details><summary>${t('showAll')}</summary><ul class="facet-values">${hidden.map(link)}</ul></details>` : '';
  const id = `facet-${key}`;
  return html`<section class="facet" aria-labelledby="${id}"><h3 id="${id}">${t(FACET_HEADINGS[key])}</h3><ul class="facet-values">${shown.map(link)}</ul>${more}</section>`;
}

function dateRange(lang: UiLang, state: SearchState): SafeHtml {
  const t = searchText(lang);
  const keep = stateQuery({ ...state, page: 1 });
  delete keep.modifiedFrom;
  delete keep.modifiedTo;
  return html`<section class="facet" aria-labelledby="facet-modified"><h3 id="facet-modified">${t('modifiedHeading')}</h3>
<form class="date-range" method="get" action="${pagePath(lang, 'search')}">
<p><label for="modified-from">${t('modifiedFrom')}</label> <input id="modified-from" name="modifiedFrom" type="date" value="${state.modifiedFrom ?? ''}"></p>
<p><label for="modified-to">${t('modifiedTo')}</label> <input id="modified-to" name="modifiedTo" type="date" value="${state.modifiedTo ?? ''}"></p>
${hiddenFields(keep)}<button type="submit">${t('applyDates')}</button>
</form></section>`;
}

export function facetPanel(lang: UiLang, state: SearchState, facets: Record<string, FacetValue[]>): SafeHtml {
  const t = searchText(lang);
  return html`<div class="facets"><h2>${t('refine')}</h2>${SHOWN_FACETS.map((key) => facet(lang, state, key, facets[key] ?? []))}${dateRange(lang, state)}</div>`;
}
