// Home: the search box first. (Counts by level, the map and recent datasets come next.)
import { html, type SafeHtml } from '../html.js';
import { common } from '../i18n/common.js';
import { layout } from '../layout.js';
import type { PageContext } from '../server.js';
import { pagePath } from '../urls.js';

export async function homePage(context: PageContext): Promise<SafeHtml> {
  const { lang } = context;
  const t = common(lang);
  return layout({
    lang,
    title: t('navHome'),
    alternate: context.alternate,
    current: 'home',
    body: html`<h1>${t('tagline')}</h1>
<form role="search" action="${pagePath(lang, 'search')}" method="get"><label for="q">${t('navSearch')}</label> <input id="q" name="q" type="search"> <button type="submit">${t('navSearch')}</button></form>`,
  });
}
