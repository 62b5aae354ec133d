// The order of the results: a select in a GET form that carries the search along, with its own
// button so that nothing depends on a script.
import type { UiLang } from '../../../core/langstring.js';
import { SORTS, type SortOrder } from '../../../search/types.js';
import { html, type SafeHtml } from '../../html.js';
import { pagePath } from '../../urls.js';
import { searchText } from '../search.messages.js';
import { hiddenFields } from './search-box.js';
import { stateQuery, type SearchState } from './state.js';

const SORT_LABELS = { relevance: 'sortRelevance', modified: 'sortModified', title: 'sortTitle' } as const satisfies Record<SortOrder, string>;

export function sortForm(lang: UiLang, state: SearchState): SafeHtml {
  const t = searchText(lang);
  const keep = stateQuery({ ...state, page: 1 });
  delete keep.sort;
  const options = SORTS.map((sort) => html`<option value="${sort}"${sort === state.sort ? html` selected` : ''}>${t(SORT_LABELS[sort])}</option>`);
  return html`<form class="sort-form" method="get" action="${pagePath(lang, 'search')}">
<label for="sort">${t('sortLabel')}</label> <select id="sort" name="sort">${options}</select> ${hiddenFields(keep)}<button type="submit">${t('sortButton')}</button>
</form>`;
}
