// The frame of every page: language, skip link, header with the language toggle, main, footer.
import type { UiLang } from '../core/langstring.js';
import { assetPath } from './assets/index.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';
import { common } from './i18n/common.js';
import { otherLang, pagePath } from './urls.js';

export interface PageFrame {
  lang: UiLang;
  /** The document title, before " – Federa". */
  title: string;
  /** This page in the other language (path and query), for the toggle and `hreflang`. */
  alternate: string;
  /** Which main menu entry is the current page. */
  current?: 'home' | 'search' | 'sources' | 'crosswalk' | 'openGovernment' | 'standards';
  /** Extra elements for `<head>` (JSON-LD, robots). */
  head?: HtmlValue;
  body: HtmlValue;
}

export function layout(frame: PageFrame): SafeHtml {
  const { lang } = frame;
  const t = common(lang);
  const other = otherLang(lang);
  const nav = (page: NonNullable<PageFrame['current']>, label: string) =>
    html`<li><a href="${pagePath(lang, page)}"${frame.current === page ? html` aria-current="page"` : ''}>${label}</a></li>`;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title} – ${t('siteName')}</title>
<link rel="stylesheet" href="${assetPath('styles.css')}">
<link rel="icon" href="${assetPath('icon.svg')}" type="image/svg+xml">
<link rel="alternate" hreflang="${other}" href="${frame.alternate}">
<script src="${assetPath('app.js')}" defer></script>
${frame.head}
</head>
<body>
<a class="skip-link" href="#main">${t('skipToContent')}</a>
<header class="site-header">
<div class="wrap header-row">
<a class="brand" href="${pagePath(lang, 'home')}">${t('siteName')}<span class="tagline">${t('tagline')}</span></a>
<a class="lang-toggle" href="${frame.alternate}" hreflang="${other}" lang="${other}" title="${t('otherLanguageLabel')}">${t('otherLanguage')}</a>
</div>
<nav class="wrap" aria-label="${t('primaryNav')}"><ul class="nav">${nav('home', t('navHome'))}${nav('search', t('navSearch'))}${nav('sources', t('navSources'))}${nav('crosswalk', t('navCrosswalk'))}${nav('standards', t('navStandards'))}${nav('openGovernment', t('navOpenGovernment'))}</ul></nav>
</header>
<main id="main" class="wrap" tabindex="-1">
${frame.body}
</main>
<footer class="site-footer"><div class="wrap"><p>${t('footerAbout')}</p><p><a href="/api/v1/datasets">${t('apiLink')}</a> · <a href="${pagePath(lang, 'signIn')}" rel="nofollow">${t('signInLink')}</a></p></div></footer>
</body>
</html>`;
}
