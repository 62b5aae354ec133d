// The search form (home and search pages): one labelled search field and its button, working
// without JavaScript; the filters of the current search ride along as hidden fields.
import type { UiLang } from '../../../core/langstring.js';
import { html, type SafeHtml } from '../../html.js';
import { pagePath, type QueryValues } from '../../urls.js';
import { searchText } from '../search.messages.js';

/** Hidden fields carrying a query's parameters through a GET form. */
export function hiddenFields(query: QueryValues): SafeHtml {
  const fields: SafeHtml[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const v of typeof value === 'string' ? [value] : value) if (v !== '') fields.push(html`<input type="hidden" name="${name}" value="${v}">`);
  }
  return html`${fields}`;
}

export function searchBox(lang: UiLang, q = '', keep: QueryValues = {}): SafeHtml {
  const t = searchText(lang);
  return html`<form role="search" class="search-box" action="${pagePath(lang, 'search')}" method="get">
<label for="q">${t('searchLabel')}</label>
<div class="search-row"><input id="q" name="q" type="search" value="${q}" autocomplete="off" spellcheck="true" aria-describedby="q-hint"> <button type="submit">${t('searchButton')}</button></div>
<p id="q-hint" class="hint">${t('searchHint')}</p>
${hiddenFields(keep)}
</form>`;
}
