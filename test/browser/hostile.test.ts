// Harvested text is untrusted: hostile records (script, event handlers, `javascript:` links in
// descriptions, titles, distributions and landing pages) run nothing and leave no script URL or
// handler in the DOM. The pages' CSP is bypassed here, so that what is tested is the escaping and
// sanitizing, not the CSP that would also block inline scripts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetId } from '../../src/core/ids.js';
import type { UiLang } from '../../src/core/langstring.js';
import { pagePath } from '../../src/web/urls.js';
import { launchBrowser, openPage, Screenshots, skipBrowserTests } from './helpers/browser.js';
import { foreignScripts, jsonLd, pwned, scriptAttributes } from './helpers/dom.js';
import { HOSTILE_REMOTE, HOSTILE_SOURCE, PWNED } from './helpers/hostile-records.js';
import { startSite, type Site } from './helpers/site.js';

const shots = new Screenshots('hostile');
const harvested = datasetId(HOSTILE_SOURCE, HOSTILE_REMOTE.harvested);
const planted = datasetId(HOSTILE_SOURCE, HOSTILE_REMOTE.planted);

describe.skipIf(skipBrowserTests)('hostile harvested records run nothing', () => {
  let site: Site;
  let browser: Browser;

  beforeAll(async () => {
    site = await startSite();
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('the DOM checks find script attributes, foreign scripts and a script that ran (they can fail)', async () => {
    const { page, watch, close } = await openPage(browser);
    try {
      await page.setContent(
        `<a href=" JaVaScRiPt:void(0)">a</a><img src="data:," onerror="window.${PWNED}='img'"><iframe srcdoc="x"></iframe><iframe src="data:text/html,x"></iframe><script>alert('inline')</script>`,
      );
      await page.waitForFunction(`window.${PWNED} === 'img'`);
      expect(await pwned(page, PWNED)).toBe('img');
      const found = await scriptAttributes(page);
      expect(found.some((f) => f.startsWith('A href='))).toBe(true);
      expect(found.some((f) => f.startsWith('IMG onerror='))).toBe(true);
      expect(found.some((f) => f.startsWith('IMG src='))).toBe(false);
      expect(found.some((f) => f.startsWith('IFRAME srcdoc='))).toBe(true);
      expect(found.some((f) => f.startsWith('IFRAME src=data:'))).toBe(true);
      expect(await foreignScripts(page)).toHaveLength(1);
      expect(watch.dialogs).toEqual(['alert: inline']);
    } finally {
      await close();
    }
  });

  it('the hostile records were harvested and planted as they are', async () => {
    // The mapping turns descriptions into text, but keeps a distribution's URL as the portal gave it.
    const record = (await site.catalogue.store.getDataset(harvested))?.record;
    expect(record?.distributions.some((d) => d.url.startsWith('javascript:'))).toBe(true);
    const plantedRecord = (await site.catalogue.store.getDataset(planted))?.record;
    expect(plantedRecord?.provenance.landingPage).toMatch(/^javascript:/);
    expect(plantedRecord?.description.en).toContain('<script>');
    const job = site.jobs.find((j) => j.sourceId === HOSTILE_SOURCE);
    expect(job?.problems.map((p) => p.recordId)).toContain(HOSTILE_REMOTE.broken);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`in ${lang === 'en' ? 'English' : 'French'}: search, dataset, sources and job pages`, async () => {
      const job = site.jobs.find((j) => j.sourceId === HOSTILE_SOURCE)!;
      const paths = [
        pagePath(lang, 'search', undefined, { q: lang === 'en' ? 'harbour water' : 'fiche' }),
        pagePath(lang, 'search', undefined, { source: HOSTILE_SOURCE }),
        pagePath(lang, 'dataset', harvested),
        pagePath(lang, 'dataset', planted),
        pagePath(lang, 'sources'),
        pagePath(lang, 'job', job.id),
      ];
      const { page, watch, close } = await openPage(browser, { bypassCSP: true, locale: lang === 'en' ? 'en-CA' : 'fr-CA' });
      try {
        for (const path of paths) {
          await shots.step(page, `${lang} ${path}`, async () => {
            const response = await page.goto(`${site.url}${path}`);
            expect(response?.status(), path).toBe(200);
            // Give an image's onerror its chance: wait until every image has loaded or failed.
            await page.waitForLoadState('load');
            expect(await pwned(page, PWNED), path).toBeNull();
            expect(await scriptAttributes(page), path).toEqual([]);
            expect(await foreignScripts(page), path).toEqual([]);
            expect(await page.locator('h1 script, h1 img, h1 svg, main script, main iframe, main object, main embed').count(), path).toBe(0);
          });
        }
        expect(watch.dialogs).toEqual([]);
        expect(watch.errors).toEqual([]);
      } finally {
        await close();
      }
    }, 180_000);
  }

  it('keeps what was good in a hostile record: its text, its safe link, valid JSON-LD', async () => {
    const { page, close } = await openPage(browser, { bypassCSP: true });
    try {
      await shots.step(page, 'hostile dataset content', async () => {
        await page.goto(`${site.url}${pagePath('en' as UiLang, 'dataset', harvested)}`);
        const main = (await page.getByRole('main').textContent()) ?? '';
        expect(main).toContain('Water readings of the harbour.');
        expect(main).toContain('water');
        expect(await page.locator('main a[href="https://example.org/readings.csv"]').count()).toBeGreaterThan(0);
        const blocks = await jsonLd(page);
        expect(blocks.length).toBeGreaterThan(0);
        expect(JSON.stringify(blocks)).toContain('Water readings of the harbour.');
      });
    } finally {
      await close();
    }
  });
});
