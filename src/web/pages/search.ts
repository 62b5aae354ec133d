// The search page: the search box, active filters, result count and order, results with
// highlighted snippets, pagination, facets; an empty result explains itself and a bad parameter
// gets this page with a 400 and what was wrong, in the page language.
import { QueryError, type SearchRequest, type SearchResponse } from '../../search/types.js';
import type { SpellingSuggestion } from '../../search/spelling/suggest.js';
import { html, type SafeHtml } from '../html.js';
import { formatNumber } from '../i18n/messages.js';
import { layout } from '../layout.js';
import type { QueryValues } from '../urls.js';
import type { PageContext, PageResponse } from '../server.js';
import { activeFilters } from './search/chips.js';
import { emptyResult } from './search/empty.js';
import { facetPanel } from './search/facets.js';
import { lastPage, pagination } from './search/pagination.js';
import { resultList } from './search/results.js';
import { searchBox } from './search/search-box.js';
import { sortForm } from './search/sort-form.js';
import { readState, searchHref, stateQuery, type SearchState } from './search/state.js';
import { searchText } from './search.messages.js';

export const PAGE_SIZE = 20;

function request(context: PageContext, state: SearchState): SearchRequest {
  return {
    q: state.q,
    filters: state.filters,
    ...(state.modifiedFrom !== undefined ? { modifiedFrom: state.modifiedFrom } : {}),
    ...(state.modifiedTo !== undefined ? { modifiedTo: state.modifiedTo } : {}),
    sort: state.sort,
    page: state.page,
    lang: context.lang,
    size: PAGE_SIZE,
  };
}

function frame(context: PageContext, state: SearchState, body: SafeHtml): SafeHtml {
  const t = searchText(context.lang);
  return layout({
    lang: context.lang,
    title: state.q !== '' ? t('titleFor', { q: state.q }) : t('title'),
    alternate: context.alternate,
    current: 'search',
    // Result lists are endless variations: keep them out of search engines' indexes.
    head: html`<meta name="robots" content="noindex, follow">`,
    body,
  });
}

function invalidPage(context: PageContext, state: SearchState, messages: string[]): PageResponse {
  const { lang } = context;
  const t = searchText(lang);
  const body = html`<h1>${t('title')}</h1>
${searchBox(lang, state.q)}
<div class="problem" role="alert"><h2>${t('invalidTitle')}</h2><ul>${messages.map((m) => html`<li>${m}</li>`)}</ul>
<p><a href="${searchHref(lang, { q: '', filters: {}, sort: 'relevance', page: 1 })}">${t('startOver')}</a></p></div>`;
  return { status: 400, page: frame(context, state, body) };
}

function resultsBody(context: PageContext, state: SearchState, response: SearchResponse, suggestion: SpellingSuggestion | undefined): SafeHtml {
  const { lang } = context;
  const t = searchText(lang);
  const first = (response.page - 1) * response.size + 1;
  const last = lastPage(response.total, response.size);
  const past = response.total > 0 && response.results.length === 0
    ? html`<p class="problem">${t('pastLastPage', { page: formatNumber(lang, state.page), last: formatNumber(lang, last) })} <a href="${searchHref(lang, { ...state, page: last })}">${t('goToLastPage')}</a></p>`
    : '';
  const list = response.total === 0 ? emptyResult(lang, state, response.facets, suggestion) : html`${past}${resultList(lang, response.results, first)}${pagination(lang, state, response.total, response.size)}`;
  return html`<h1>${t('title')}</h1>
${searchBox(lang, state.q, carried(state))}
${activeFilters(lang, state, response.facets)}
<div class="search-layout">
<div class="search-results">
<div class="results-bar"><p id="result-count">${t('resultCount', { count: formatNumber(lang, response.total), n: response.total })}</p>${response.total > 1 ? sortForm(lang, state) : ''}</div>
${list}
</div>
${facetPanel(lang, state, response.facets)}
</div>`;
}

// A search engine that keeps responses hands the same one to repeated requests: its body
// (most of the page's work) is rendered once per state and suggestion.
const rendered = new WeakMap<SearchResponse, Map<string, SafeHtml>>();

function renderedBody(context: PageContext, state: SearchState, response: SearchResponse, suggestion: SpellingSuggestion | undefined): SafeHtml {
  const key = JSON.stringify([context.lang, state, suggestion ?? null]);
  let bodies = rendered.get(response);
  if (!bodies) rendered.set(response, (bodies = new Map()));
  let body = bodies.get(key);
  if (!body) bodies.set(key, (body = resultsBody(context, state, response, suggestion)));
  return body;
}

/** What the search box carries along: the filters and dates (new words start on page 1, by relevance). */
function carried(state: SearchState): QueryValues {
  const query = stateQuery({ ...state, page: 1, sort: 'relevance' });
  delete query.q;
  return query;
}

export async function searchPage(context: PageContext): Promise<SafeHtml | PageResponse> {
  const { lang } = context;
  const t = searchText(lang);
  const { state, problems } = readState(context.query);
  if (problems.length > 0) return invalidPage(context, state, problems.map((p) => t(p.key, p.params)));
  const req = request(context, state);
  let response: SearchResponse;
  try {
    response = await context.deps.search(req);
  } catch (error) {
    if (error instanceof QueryError) return invalidPage(context, state, [lang === 'fr' ? (error.messageFr ?? error.message) : error.message]);
    throw error;
  }
  const suggestion = response.total === 0 && state.q !== '' && context.deps.suggest ? await context.deps.suggest(req) : undefined;
  return frame(context, state, renderedBody(context, state, response, suggestion));
}
