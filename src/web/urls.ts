// Page paths in both languages: each page has an English and a French path, so that the language
// toggle lands on the same page with the same query.
import type { UiLang } from '../core/langstring.js';

export const PAGES = {
  home: { en: '', fr: '' },
  search: { en: 'search', fr: 'recherche' },
  dataset: { en: 'datasets', fr: 'jeux-de-donnees' },
  sources: { en: 'sources', fr: 'sources' },
  job: { en: 'jobs', fr: 'moissonnages' },
  signIn: { en: 'sign-in', fr: 'connexion' },
  signOut: { en: 'sign-out', fr: 'deconnexion' },
  openGovernment: { en: 'open-government', fr: 'gouvernement-ouvert' },
  events: { en: 'open-government/events', fr: 'gouvernement-ouvert/evenements' },
  charter: { en: 'open-government/charter', fr: 'gouvernement-ouvert/charte' },
  declarations: { en: 'open-government/declarations', fr: 'gouvernement-ouvert/declarations' },
  learning: { en: 'open-government/learning', fr: 'gouvernement-ouvert/apprentissage' },
} as const;
export type PageName = keyof typeof PAGES;

export type QueryValues = Record<string, string | readonly string[] | undefined>;

export function queryString(query: QueryValues = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const v of typeof value === 'string' ? [value] : value) if (v !== '') params.append(key, v);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `/en/datasets/abc%3A1?x=y`: the id is one path segment, encoded. */
export function pagePath(lang: UiLang, page: PageName, id?: string, query?: QueryValues): string {
  const slug = PAGES[page][lang];
  const path = `/${lang}/${slug}${id !== undefined ? `${slug ? '/' : ''}${encodeURIComponent(id)}` : ''}`;
  return `${path}${queryString(query)}`;
}

/** What a form may do to a source, under its page: `/en/sources/ID/harvest`. */
export const SOURCE_ACTIONS = {
  harvest: { en: 'harvest', fr: 'moissonner' },
  settings: { en: 'settings', fr: 'reglages' },
} as const;

export function sourceActionPath(lang: UiLang, id: string, action: keyof typeof SOURCE_ACTIONS): string {
  return `${pagePath(lang, 'sources', id)}/${SOURCE_ACTIONS[action][lang]}`;
}

export function otherLang(lang: UiLang): UiLang {
  return lang === 'en' ? 'fr' : 'en';
}

/** The page's path in the other language, from the request's path and query string. A slug may
 * have several segments (`open-government/events`): the longest one the path starts with wins. */
export function translatePath(url: string): string | undefined {
  const match = /^\/(en|fr)(?:\/([^?]*))?(\?.*)?$/.exec(url);
  if (!match) return undefined;
  const lang = match[1] as UiLang;
  const rest = match[2] ?? '';
  let page: PageName | undefined;
  for (const name of Object.keys(PAGES) as PageName[]) {
    const slug: string = PAGES[name][lang];
    const fits = slug === '' ? rest === '' || rest.startsWith('/') : rest === slug || rest.startsWith(`${slug}/`);
    if (fits && (page === undefined || slug.length > PAGES[page][lang].length)) page = name;
  }
  if (page === undefined) return undefined;
  const to = otherLang(lang);
  return `/${to}/${PAGES[page][to]}${rest.slice(PAGES[page][lang].length)}${match[3] ?? ''}`;
}
