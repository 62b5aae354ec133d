// Home: the search box, dataset counts by level of government (each its filtered search), the map
// of Canada shaded by datasets per province and territory, and the recently updated datasets.
// One search answers it all: ten datasets newest first, with the facets.
import type { SearchHit, SearchResponse } from '../../search/types.js';
import { html, type SafeHtml } from '../html.js';
import { formatDate, formatNumber } from '../i18n/messages.js';
import { layout } from '../layout.js';
import { choroplethMap } from '../map/choropleth.js';
import type { PageContext } from '../server.js';
import { pagePath } from '../urls.js';
import { homeText } from './home.messages.js';
import { searchBox } from './search/search-box.js';
import { langAttribute } from '../render/lang.js';

export const RECENT = 10;

function levels(context: PageContext, response: SearchResponse): SafeHtml | '' {
  const { lang } = context;
  const values = response.facets.jurisdictionLevel ?? [];
  if (values.length === 0) return '';
  const t = homeText(lang);
  const items = values.map(
    (v) => html`<li><a href="${pagePath(lang, 'search', undefined, { jurisdictionLevel: v.value })}">${v.label[lang]} <span class="count">(${formatNumber(lang, v.count)})</span></a></li>`,
  );
  return html`<section class="home-levels" aria-labelledby="levels-heading"><h2 id="levels-heading">${t('byLevel')}</h2><ul class="level-list">${items}</ul></section>`;
}

function map(context: PageContext, response: SearchResponse): SafeHtml {
  const { lang } = context;
  // A province's code counts its cities' datasets too (the facet gives `CA-QC` to Laval's).
  const counts = Object.fromEntries((response.facets.jurisdiction ?? []).filter((v) => !v.value.includes('/')).map((v) => [v.value, v.count]));
  return choroplethMap({ lang, counts, hrefFor: (code) => pagePath(lang, 'search', undefined, { jurisdiction: code }) });
}

function recentItem(context: PageContext, hit: SearchHit): SafeHtml {
  const { lang } = context;
  const t = homeText(lang);
  const date = formatDate(lang, hit.modified);
  return html`<li><a href="${pagePath(lang, 'dataset', hit.id)}"${langAttribute(lang, hit.title.tag)}>${hit.title.text}</a>${
    hit.machineTranslated ? html` <span class="badge">${t('machineTranslated')}</span>` : ''
  }<span class="recent-meta">${hit.publisher ? html`${hit.publisher.label[lang]}` : hit.jurisdiction.label[lang]}${
    date && hit.modified ? html` · <time datetime="${hit.modified}">${date}</time>` : ''
  }</span></li>`;
}

function recent(context: PageContext, response: SearchResponse): SafeHtml | '' {
  if (response.results.length === 0) return '';
  const { lang } = context;
  const t = homeText(lang);
  return html`<section class="home-recent" aria-labelledby="recent-heading"><h2 id="recent-heading">${t('recent')}</h2>
<ul class="recent-list">${response.results.map((hit) => recentItem(context, hit))}</ul>
<p><a href="${pagePath(lang, 'search', undefined, { sort: 'modified' })}">${t('allRecent')}</a></p></section>`;
}

export async function homePage(context: PageContext): Promise<SafeHtml> {
  const { lang } = context;
  const t = homeText(lang);
  const response = await context.deps.search({ lang, sort: 'modified', size: RECENT });
  const intro = response.total > 0
    ? html`<p class="intro">${t('intro', { count: formatNumber(lang, response.total), n: response.total })}</p>`
    : html`<p class="intro">${t('empty')} <a href="${pagePath(lang, 'sources')}">${t('sourcesLink')}</a></p>`;
  return layout({
    lang,
    title: t('title'),
    alternate: context.alternate,
    current: 'home',
    body: html`<h1>${t('heading')}</h1>
${intro}
${searchBox(lang)}
<div class="home-grid">${levels(context, response)}${map(context, response)}</div>
${recent(context, response)}`,
  });
}
