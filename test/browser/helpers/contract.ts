// The accessible names the pages promise (issue 4's contract between page builders and these
// tests), and locators built on them.
import type { Locator, Page } from 'playwright-core';
import type { UiLang } from '../../../src/core/langstring.js';

export const NAMES = {
  en: {
    searchBox: 'Search datasets',
    searchButton: 'Search',
    activeFilters: 'Active filters',
    removeFilter: 'Remove filter',
    provenance: 'Provenance',
    originalRecord: 'View the original record',
    toggle: 'Français',
    facets: { jurisdictionLevel: 'Jurisdiction level', jurisdiction: 'Jurisdiction', publisher: 'Publisher', format: 'Format', licence: 'Licence', subject: 'Subject', keyword: 'Keyword', source: 'Source' },
  },
  fr: {
    searchBox: 'Chercher des jeux de données',
    searchButton: 'Chercher',
    activeFilters: 'Filtres actifs',
    removeFilter: 'Retirer le filtre',
    provenance: 'Provenance',
    originalRecord: 'Voir la fiche d’origine',
    toggle: 'English',
    facets: { jurisdictionLevel: 'Ordre de gouvernement', jurisdiction: 'Administration', publisher: 'Éditeur', format: 'Format', licence: 'Licence', subject: 'Sujet', keyword: 'Mot-clé', source: 'Source' },
  },
} as const;

export type FacetName = keyof (typeof NAMES)['en']['facets'];

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The search form of the main content (a header may hold another). */
export function searchForm(page: Page): Locator {
  return page.getByRole('main').getByRole('search');
}

/** The search field: a searchbox, or a combobox once the script has added autocomplete. */
export function searchBox(page: Page, lang: UiLang): Locator {
  return searchForm(page).getByLabel(NAMES[lang].searchBox, { exact: true }).and(page.locator('input[name="q"]'));
}

/** A facet: the section headed by the facet's name. */
export function facet(page: Page, lang: UiLang, name: FacetName): Locator {
  return page.locator('section').filter({ has: page.getByRole('heading', { name: NAMES[lang].facets[name], exact: true }) });
}

/** A facet value's links: "<label> (<count>)". */
export function facetLinks(page: Page, lang: UiLang, name: FacetName, label: string): Locator {
  return facet(page, lang, name).getByRole('link', { name: new RegExp(`^${escapeRegExp(label)}\\s*\\([\\d\\s,\\u00a0\\u202f]+\\)$`) });
}

/** The link of one facet value: by its label and, when two values share it (the province of
 * Québec and the city of Québec), by the value its URL selects. */
export async function facetLink(page: Page, lang: UiLang, name: FacetName, label: string, value: string): Promise<Locator> {
  const links = facetLinks(page, lang, name, label);
  await links.first().waitFor();
  const all = await links.all();
  if (all.length === 1) return all[0]!;
  for (const link of all) {
    const href = await link.getAttribute('href');
    if (href && [...new URL(href, page.url()).searchParams.values()].includes(value)) return link;
  }
  throw new Error(`facet "${NAMES[lang].facets[name]}": ${all.length} links named "${label}", none selecting ${value}`);
}

export function activeFilters(page: Page, lang: UiLang): Locator {
  return page.getByRole('list', { name: NAMES[lang].activeFilters, exact: true });
}

export function removeFilter(page: Page, lang: UiLang, label: string): Locator {
  return activeFilters(page, lang).getByRole('link', { name: new RegExp(`^${escapeRegExp(NAMES[lang].removeFilter)}\\s*:\\s*${escapeRegExp(label)}$`) });
}

export function resultCount(page: Page): Locator {
  return page.locator('p#result-count');
}

/** The result links: `ol > li > article > h2 > a`. */
export function resultLinks(page: Page): Locator {
  return page.locator('ol > li > article h2 > a');
}

export function provenance(page: Page, lang: UiLang): Locator {
  return page.locator('section').filter({ has: page.getByRole('heading', { name: NAMES[lang].provenance, exact: true }) });
}

export function langToggle(page: Page): Locator {
  return page.locator('a.lang-toggle');
}

/** Clicks a link and waits until the browser shows another page, loaded. */
export async function follow(page: Page, link: Locator): Promise<void> {
  const before = page.url();
  await link.click();
  await page.waitForURL((url) => url.href !== before, { waitUntil: 'load' });
}
