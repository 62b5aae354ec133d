// Previous, next and a few page numbers around the current one (with the first and the last),
// as links; the current page is marked for screen readers.
import type { UiLang } from '../../../core/langstring.js';
import { MAX_RESULT_WINDOW } from '../../../search/engine/request.js';
import { html, type SafeHtml } from '../../html.js';
import { formatNumber } from '../../i18n/messages.js';
import { searchText } from '../search.messages.js';
import { searchHref, type SearchState } from './state.js';

const AROUND = 2;

/** The last page that can be shown: the search stops at its result window. */
export function lastPage(total: number, size: number): number {
  return Math.max(1, Math.ceil(Math.min(total, MAX_RESULT_WINDOW) / size));
}

/** The page numbers to show, with 0 for a gap. */
export function pageNumbers(current: number, last: number): number[] {
  const pages = new Set([1, last]);
  for (let p = current - AROUND; p <= current + AROUND; p++) if (p >= 1 && p <= last) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [0, p] : [p]));
}

export function pagination(lang: UiLang, state: SearchState, total: number, size: number): SafeHtml | '' {
  const last = lastPage(total, size);
  if (last <= 1) return '';
  const t = searchText(lang);
  const at = (page: number) => searchHref(lang, { ...state, page });
  const current = Math.min(state.page, last);
  const items: SafeHtml[] = [];
  if (current > 1) items.push(html`<li><a rel="prev" href="${at(current - 1)}">${t('previous')}</a></li>`);
  for (const page of pageNumbers(current, last)) {
    if (page === 0) items.push(html`<li class="gap" aria-hidden="true">…</li>`);
    else {
      const label = t('pageNumber', { page: formatNumber(lang, page) });
      items.push(html`<li><a href="${at(page)}" aria-label="${label}"${page === state.page ? html` aria-current="page"` : ''}>${formatNumber(lang, page)}</a></li>`);
    }
  }
  if (current < last) items.push(html`<li><a rel="next" href="${at(current + 1)}">${t('next')}</a></li>`);
  return html`<nav class="pagination" aria-label="${t('pagination')}"><ul>${items}</ul></nav>`;
}
