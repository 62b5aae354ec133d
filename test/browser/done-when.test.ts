// Issue 4's "Done when", in headless Chromium: a French-speaking user finds a provincial dataset
// by a French word, narrows by jurisdiction and format, removes a chip, opens the dataset,
// switches to English and back, reads where it came from and follows the original-record link.
// Then the enhancements and layouts: autocomplete by keyboard, 360 px, print.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseLanguage, pickText } from '../../src/core/langstring.js';
import { countIn, launchBrowser, openPage, Screenshots, skipBrowserTests, type PageWatch } from './helpers/browser.js';
import {
  facetLink,
  follow,
  langToggle,
  NAMES,
  provenance,
  removeFilter,
  resultCount,
  resultLinks,
  searchBox,
  searchForm,
} from './helpers/contract.js';
import { horizontalOverflow } from './helpers/dom.js';
import { startSite, type Site } from './helpers/site.js';
import { frenchTarget, type FrenchTarget } from './helpers/targets.js';

const shots = new Screenshots('done-when');

/** The path and the query parameters (sorted, repeated ones kept) of a URL. */
function pageOf(url: string): { path: string; query: string[] } {
  const parsed = new URL(url);
  return { path: parsed.pathname, query: [...parsed.searchParams].map(([k, v]) => `${k}=${v}`).sort() };
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').trim();
}

async function count(page: Page): Promise<number> {
  return countIn((await resultCount(page).textContent()) ?? '');
}

describe.skipIf(skipBrowserTests)('done when, in Chromium', () => {
  let site: Site;
  let browser: Browser;
  let target: FrenchTarget;

  beforeAll(async () => {
    site = await startSite();
    target = await frenchTarget(site.catalogue);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Nothing the site's pages did may be an error (a script failing, a CSP refusal, a missing
   * resource) or a dialog. The simulated portal's own page is not the site's. */
  function expectQuiet(watch: PageWatch): void {
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.console.filter((line) => line.includes(`(${site.url}/`))).toEqual([]);
  }

  it('a French-speaking user finds a provincial dataset, narrows it, opens it, switches language and follows its provenance', async () => {
    const { page, watch, close } = await openPage(browser, { locale: 'fr-CA' });
    const { word, jurisdiction, format, totals, hit } = target;
    try {
      await shots.step(page, 'root redirects to French', async () => {
        await page.goto(`${site.url}/`);
        expect(new URL(page.url()).pathname).toBe('/fr/');
        expect(await page.getAttribute('html', 'lang')).toBe('fr');
      });

      await shots.step(page, `search ${word}`, async () => {
        await searchBox(page, 'fr').fill(word);
        const before = page.url();
        await searchForm(page).getByRole('button', { name: NAMES.fr.searchButton, exact: true }).click();
        await page.waitForURL((url) => url.href !== before, { waitUntil: 'load' });
        expect(new URL(page.url()).pathname).toBe('/fr/recherche');
        expect(await count(page)).toBe(totals.word);
        expect(await searchBox(page, 'fr').inputValue()).toBe(word);
      });

      await shots.step(page, `narrow to ${jurisdiction.label}`, async () => {
        const link = await facetLink(page, 'fr', 'jurisdiction', jurisdiction.label, jurisdiction.value);
        const shown = countIn((await link.textContent()) ?? '');
        expect(shown).toBe(totals.jurisdiction);
        await follow(page, link);
        expect(await count(page)).toBe(shown);
        expect(await removeFilter(page, 'fr', jurisdiction.label).count()).toBe(1);
      });

      let narrowed = '';
      await shots.step(page, `and to ${format.label}`, async () => {
        const link = await facetLink(page, 'fr', 'format', format.label, format.value);
        const shown = countIn((await link.textContent()) ?? '');
        expect(shown).toBe(totals.both);
        await follow(page, link);
        expect(await count(page)).toBe(shown);
        expect(await removeFilter(page, 'fr', jurisdiction.label).count()).toBe(1);
        expect(await removeFilter(page, 'fr', format.label).count()).toBe(1);
        narrowed = page.url();
      });

      await shots.step(page, 'search page in English keeps the query', async () => {
        await follow(page, langToggle(page));
        expect(await text(page, 'a.lang-toggle')).toBe(NAMES.en.toggle);
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        const fr = pageOf(narrowed);
        const en = pageOf(page.url());
        expect(en.path).toBe('/en/search');
        expect(en.query).toEqual(fr.query);
        expect(await count(page)).toBe(totals.bothInEnglish);
        await follow(page, langToggle(page));
        expect(page.url()).toBe(narrowed);
      });

      await shots.step(page, `remove the ${format.label} chip`, async () => {
        await follow(page, removeFilter(page, 'fr', format.label));
        expect(await count(page)).toBe(totals.jurisdiction);
        expect(await removeFilter(page, 'fr', format.label).count()).toBe(0);
        expect(await removeFilter(page, 'fr', jurisdiction.label).count()).toBe(1);
        expect(await searchBox(page, 'fr').inputValue()).toBe(word);
      });

      const stored = await site.catalogue.store.getDataset(hit.id);
      const landingPage = stored?.record.provenance.landingPage;
      const title = pickText(stored?.record.title, 'fr')?.text;
      if (!landingPage || !title) throw new Error(`${hit.id} has no landing page or title in the store`);
      const datasetPath = `/fr/jeux-de-donnees/${encodeURIComponent(hit.id)}`;
      await shots.step(page, 'open the dataset', async () => {
        await follow(page, resultLinks(page).and(page.locator(`a[href="${datasetPath}"]`)));
        expect(new URL(page.url()).pathname).toBe(datasetPath);
        expect((await text(page, 'h1')).replace(/\s+/g, ' ')).toBe(title.trim().replace(/\s+/g, ' '));
      });

      await shots.step(page, 'dataset in English and back', async () => {
        await follow(page, langToggle(page));
        expect(new URL(page.url()).pathname).toBe(`/en/datasets/${encodeURIComponent(hit.id)}`);
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        // A title in another language than the page's is marked with its language.
        const shown = baseLanguage(pickText(stored?.record.title, 'en')?.tag ?? 'en');
        if (shown !== 'en') expect(await page.locator(`h1[lang="${shown}"], h1 [lang="${shown}"]`).count()).toBe(1);
        else expect(await page.locator('h1').count()).toBe(1);
        await follow(page, langToggle(page));
        expect(new URL(page.url()).pathname).toBe(datasetPath);
        expect(await page.getAttribute('html', 'lang')).toBe('fr');
      });

      await shots.step(page, 'read where it came from', async () => {
        const section = provenance(page, 'fr');
        const said = (await section.textContent()) ?? '';
        const source = site.config.sources.find((s) => s.id === hit.source);
        expect(said).toContain(source?.name.fr);
        const link = section.getByRole('link', { name: NAMES.fr.originalRecord, exact: true });
        expect(await link.getAttribute('href')).toBe(landingPage);
      });

      await shots.step(page, 'follow the original-record link', async () => {
        const link = provenance(page, 'fr').getByRole('link', { name: NAMES.fr.originalRecord, exact: true });
        const opensTab = (await link.getAttribute('target')) === '_blank';
        const landed = opensTab ? await followToTab(page, () => link.click()) : page;
        if (!opensTab) await follow(page, link);
        expect(landed.url()).toBe(landingPage);
        expect(await landed.locator('h1').textContent()).not.toBe('Dataset not found');
        if (opensTab) await landed.close();
      });
      expectQuiet(watch);
    } finally {
      await close();
    }
  }, 240_000);

  it('autocomplete suggests words as the user types and is driven by the keyboard', async (context) => {
    const { page, watch, close } = await openPage(browser, { locale: 'fr-CA' });
    try {
      await page.goto(`${site.url}/fr/`);
      const box = searchBox(page, 'fr');
      if ((await box.getAttribute('role')) !== 'combobox' && (await box.getAttribute('aria-autocomplete')) === null) {
        console.warn('skipped: the search box is not a combobox yet (no autocomplete on the page)');
        context.skip();
      }
      const prefix = target.word.slice(0, 4);
      await shots.step(page, `type ${prefix}`, async () => {
        await box.pressSequentially(prefix);
        await page.getByRole('option').first().waitFor({ state: 'visible' });
        const options = await page.getByRole('option').allTextContents();
        const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        expect(options.some((o) => fold(o).includes(fold(prefix)))).toBe(true);
        expect(await box.getAttribute('aria-expanded')).toBe('true');
      });
      await shots.step(page, 'arrow down selects a suggestion', async () => {
        await box.press('ArrowDown');
        const active = await box.getAttribute('aria-activedescendant');
        expect(active).toBeTruthy();
        expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
      });
      await shots.step(page, 'escape closes the list', async () => {
        await box.press('Escape');
        await page.getByRole('option').first().waitFor({ state: 'hidden' });
        expect(await box.getAttribute('aria-expanded')).not.toBe('true');
      });
      expectQuiet(watch);
    } finally {
      await close();
    }
  }, 120_000);

  it('fits a 360 px wide screen without horizontal scrolling', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    try {
      const paths = [
        '/en/',
        `/en/search?q=${encodeURIComponent(target.word)}`,
        `/fr/recherche?jurisdiction=${target.jurisdiction.value}&format=${target.format.value}`,
        `/fr/jeux-de-donnees/${encodeURIComponent(target.hit.id)}`,
        '/en/sources',
      ];
      for (const path of paths) {
        await shots.step(page, `360px ${path}`, async () => {
          const response = await page.goto(`${site.url}${path}`);
          expect(response?.status(), path).toBe(200);
          expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
        });
      }
    } finally {
      await close();
    }
  }, 120_000);

  it('prints a dataset page without the navigation', async () => {
    const { page, close } = await openPage(browser);
    try {
      const response = await page.goto(`${site.url}/en/datasets/${encodeURIComponent(target.hit.id)}`);
      expect(response?.status()).toBe(200);
      await page.emulateMedia({ media: 'print' });
      await shots.step(page, 'print dataset', async () => {
        const navs = page.locator('nav');
        expect(await navs.count()).toBeGreaterThan(0);
        for (const nav of await navs.all()) expect(await nav.isVisible()).toBe(false);
        expect(await page.locator('h1').isVisible()).toBe(true);
        expect(await provenance(page, 'en').isVisible()).toBe(true);
      });
    } finally {
      await close();
    }
  });
});

/** Runs an action that opens a new tab and returns that tab, loaded. */
async function followToTab(page: Page, action: () => Promise<void>): Promise<Page> {
  const [tab] = await Promise.all([page.context().waitForEvent('page'), action()]);
  await tab.waitForLoadState('load');
  return tab;
}
