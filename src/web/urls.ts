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
  standards: { en: 'standards', fr: 'standards' },
  crosswalk: { en: 'crosswalk', fr: 'crosswalk' },
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

/** The open government tracker's pages, one path segment under PAGES.openGovernment. */
export const OPEN_GOVERNMENT_PAGES = {
  plans: { en: 'plans', fr: 'plans' },
  commitments: { en: 'commitments', fr: 'engagements' },
  indicators: { en: 'indicators', fr: 'indicateurs' },
  due: { en: 'due', fr: 'a-faire' },
  events: { en: 'events', fr: 'evenements' },
  charter: { en: 'charter', fr: 'charte' },
  learning: { en: 'learning', fr: 'apprentissage' },
  declarations: { en: 'declarations', fr: 'declarations' },
} as const;
export type OpenGovernmentPage = keyof typeof OPEN_GOVERNMENT_PAGES;

/** `/en/open-government`, `/fr/gouvernement-ouvert/engagements/CA0073`: the id is one encoded segment. */
export function openGovernmentPath(lang: UiLang, page?: OpenGovernmentPage, id?: string, query?: QueryValues): string {
  const sub = page ? `/${OPEN_GOVERNMENT_PAGES[page][lang]}${id !== undefined ? `/${encodeURIComponent(id)}` : ''}` : '';
  return `${pagePath(lang, 'openGovernment')}${sub}${queryString(query)}`;
}

/** The data standards' own pages, one segment under PAGES.standards (a standard's page is its name). */
export const STANDARDS_PAGES = {
  validate: { en: 'validate', fr: 'valider' },
  coverage: { en: 'coverage', fr: 'couverture' },
} as const;

/** `/en/standards`, `/fr/standards/valider`, `/en/standards/building-permits`. */
export function standardsPath(lang: UiLang, page?: keyof typeof STANDARDS_PAGES | { standard: string }): string {
  const base = pagePath(lang, 'standards');
  if (page === undefined) return base;
  return typeof page === 'string' ? `${base}/${STANDARDS_PAGES[page][lang]}` : `${base}/${encodeURIComponent(page.standard)}`;
}

/** Pages whose second path segment is a word to translate too. */
const SUBPAGES: Partial<Record<PageName, Record<string, { en: string; fr: string }>>> = { openGovernment: OPEN_GOVERNMENT_PAGES, standards: STANDARDS_PAGES };

/** `/commitments/CA0073` under `page`, in the other language; unknown words are kept. */
function translateRest(page: PageName, lang: UiLang, rest: string): string {
  const subpages = SUBPAGES[page];
  const match = /^\/([^/]*)(.*)$/.exec(rest);
  if (!subpages || !match) return rest;
  const sub = Object.values(subpages).find((words) => words[lang] === match[1]);
  return sub ? `/${sub[otherLang(lang)]}${match[2]}` : rest;
}

export function otherLang(lang: UiLang): UiLang {
  return lang === 'en' ? 'fr' : 'en';
}

/** The page's path in the other language, from the request's path and query string. */
export function translatePath(url: string): string | undefined {
  const match = /^\/(en|fr)(?:\/([^/?]*))?(\/[^?]*)?(\?.*)?$/.exec(url);
  if (!match) return undefined;
  const lang = match[1] as UiLang;
  const slug = match[2] ?? '';
  const page = (Object.keys(PAGES) as PageName[]).find((name) => PAGES[name][lang] === slug);
  if (page === undefined) return undefined;
  const to = otherLang(lang);
  return `/${to}/${PAGES[page][to]}${translateRest(page, lang, match[3] ?? '')}${match[4] ?? ''}`;
}
