// The 404 and error pages, and the page of a refused request, in the page's language.
import { html, type SafeHtml } from '../html.js';
import { common } from '../i18n/common.js';
import { layout } from '../layout.js';
import type { PageContext } from '../server.js';
import { pagePath } from '../urls.js';

/** An error, or a refused or impossible request: what happened, and where to go (home by default). */
export function refusedPage(context: Pick<PageContext, 'lang' | 'alternate'>, title: string, text: string, back?: { href: string; label: string }, details?: SafeHtml): SafeHtml {
  const t = common(context.lang);
  return layout({
    lang: context.lang,
    title,
    alternate: context.alternate,
    head: html`<meta name="robots" content="noindex">`,
    body: html`<h1>${title}</h1><p>${text}</p>${details}<p>${back ? html`<a href="${back.href}">${back.label}</a>` : html`<a href="${pagePath(context.lang, 'home')}">${t('backHome')}</a>`}</p>`,
  });
}

export function notFoundPage(context: Pick<PageContext, 'lang' | 'alternate'>): SafeHtml {
  const t = common(context.lang);
  return refusedPage(context, t('notFoundTitle'), t('notFoundText'));
}

export function errorPage(context: Pick<PageContext, 'lang' | 'alternate'>): SafeHtml {
  const t = common(context.lang);
  return refusedPage(context, t('errorTitle'), t('errorText'));
}

const BAD_URL = {
  en: { title: 'Bad address', text: 'This address is not validly encoded: a % must be followed by two hexadecimal digits forming UTF-8.' },
  fr: { title: 'Adresse invalide', text: 'Cette adresse est mal encodée : un % doit être suivi de deux chiffres hexadécimaux formant de l’UTF-8.' },
};

/** A path that is not valid percent-encoded UTF-8 (the router cannot even read it). */
export function badUrlPage(context: Pick<PageContext, 'lang' | 'alternate'>): SafeHtml {
  return refusedPage(context, BAD_URL[context.lang].title, BAD_URL[context.lang].text);
}
