// axe-core on every page type in both languages (WCAG 2.1 A and AA): zero violations. Each
// violation is listed with its rule, nodes and help when the test fails.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../src/core/api-token.js';
import type { UiLang } from '../../src/core/langstring.js';
import { openGovernmentPath, pagePath } from '../../src/web/urls.js';
import { axeViolations, describeViolations } from './helpers/axe.js';
import { launchBrowser, openPage, Screenshots, skipBrowserTests } from './helpers/browser.js';
import { startSite, type Site } from './helpers/site.js';
import { frenchTarget } from './helpers/targets.js';

const shots = new Screenshots('axe');

/** A seeded indicator given two progress reports, so that its pages show a history and evidence. */
const REPORTED_INDICATOR = 'AP_CAN04:C10.5.1';

/** What the page paths are made of, found in the harvested catalogue. */
interface Found {
  word: string;
  datasetId: string;
  format: string;
  translatedId?: string;
  jobId: string;
}

interface PageType {
  name: string;
  status: number;
  path(lang: UiLang, found: Found): string | undefined;
}

const TYPES: PageType[] = [
  { name: 'home', status: 200, path: (lang) => pagePath(lang, 'home') },
  { name: 'search with results and facets', status: 200, path: (lang, f) => pagePath(lang, 'search', undefined, { q: f.word }) },
  { name: 'search with filters', status: 200, path: (lang, f) => pagePath(lang, 'search', undefined, { jurisdiction: 'CA-QC', format: f.format }) },
  { name: 'search with no result', status: 200, path: (lang) => pagePath(lang, 'search', undefined, { q: 'zzqxvjw' }) },
  { name: 'dataset', status: 200, path: (lang, f) => pagePath(lang, 'dataset', f.datasetId) },
  // A machine-translated record shows its badge and `lang` on the other language's text.
  { name: 'machine-translated dataset', status: 200, path: (lang, f) => (f.translatedId ? pagePath(lang, 'dataset', f.translatedId) : undefined) },
  { name: 'sources', status: 200, path: (lang) => pagePath(lang, 'sources') },
  { name: 'job with problems', status: 200, path: (lang, f) => pagePath(lang, 'job', f.jobId) },
  { name: 'sign-in', status: 200, path: (lang) => pagePath(lang, 'signIn') },
  { name: 'open government home', status: 200, path: (lang) => openGovernmentPath(lang) },
  { name: 'action plan', status: 200, path: (lang) => openGovernmentPath(lang, 'plans', 'AP_CAN04') },
  { name: 'commitment with its history', status: 200, path: (lang) => openGovernmentPath(lang, 'commitments', 'CA0073') },
  { name: 'indicator with its targets', status: 200, path: (lang) => openGovernmentPath(lang, 'indicators', REPORTED_INDICATOR) },
  { name: 'reports due', status: 200, path: (lang) => openGovernmentPath(lang, 'due') },
  { name: '404', status: 404, path: (lang) => `/${lang}/${lang === 'en' ? 'nowhere' : 'nulle-part'}` },
];

describe.skipIf(skipBrowserTests)('axe-core finds no WCAG 2.1 AA violation', () => {
  let site: Site;
  let browser: Browser;
  let found: Found;

  beforeAll(async () => {
    site = await startSite();
    browser = await launchBrowser();
    const { hit, word } = await frenchTarget(site.catalogue);
    const translated = (await site.catalogue.search({ lang: 'fr', size: 100 })).results.find((h) => h.machineTranslated);
    const job = site.jobs.find((j) => j.problems.length > 0) ?? site.jobs[0]!;
    found = { word, datasetId: hit.id, format: hit.formats[0]!, jobId: job.id, ...(translated ? { translatedId: translated.id } : {}) };
    await site.catalogue.store.appendProgress(
      [
        { indicator: REPORTED_INDICATOR, period: '2019-03', status: 'LP', progress: { en: '- Talks with two provinces', fr: '- Discussions avec deux provinces' }, evidence: {}, challenges: { en: 'Staffing', fr: 'Personnel' }, recordedBy: 'test' },
        { indicator: REPORTED_INDICATOR, period: '2019-06', status: 'SP', progress: { en: '- Quebec federated', fr: '- Le Québec fédéré' }, evidence: { en: '[Search](https://search.open.canada.ca/)', fr: '[Recherche](https://search.open.canada.ca/)' }, challenges: {}, recordedBy: 'test' },
      ],
      new Date().toISOString(),
    );
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('reports the violations of a page that has some (the check can fail)', async () => {
    const { page, close } = await openPage(browser, { bypassCSP: true });
    try {
      await page.setContent('<!doctype html><html><head><title>t</title></head><body><img src="data:,"><input name="q"><a href="/x"></a></body></html>');
      const ids = (await axeViolations(page)).map((v) => v.id);
      for (const id of ['html-has-lang', 'image-alt', 'label', 'link-name']) expect(ids).toContain(id);
    } finally {
      await close();
    }
  });

  for (const lang of ['en', 'fr'] as const) {
    for (const type of TYPES) {
      it(`${lang}: ${type.name}`, async () => {
        const path = type.path(lang, found);
        if (path === undefined) throw new Error(`${type.name}: the catalogue has no such record`);
        // axe is injected as a script, which the pages' CSP forbids: this context bypasses it.
        const { page, close } = await openPage(browser, { bypassCSP: true, locale: lang === 'en' ? 'en-CA' : 'fr-CA' });
        // The site must work on an intranet: no font, script, style or image from elsewhere.
        const elsewhere: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith(`${site.url}/`) && !request.url().startsWith('data:')) elsewhere.push(request.url());
        });
        try {
          const violations = await shots.step(page, `${lang} ${type.name}`, async () => {
            const response = await page.goto(`${site.url}${path}`);
            expect(response?.status(), path).toBe(type.status);
            expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
            return axeViolations(page);
          });
          expect(violations, describeViolations(`${type.name} (${path})`, violations)).toEqual([]);
          expect(elsewhere, path).toEqual([]);
        } finally {
          await close();
        }
      }, 120_000);
    }

    it(`${lang}: progress form of a signed-in editor, sent back with errors`, async () => {
      const made = newToken();
      await site.catalogue.store.createToken({ id: made.id, role: 'editor', hash: hashToken(made.token), createdAt: new Date().toISOString() });
      const indicator = openGovernmentPath(lang, 'indicators', REPORTED_INDICATOR);
      const { page, close } = await openPage(browser, { bypassCSP: true, locale: lang === 'en' ? 'en-CA' : 'fr-CA' });
      try {
        const violations = await shots.step(page, `${lang} progress form with errors`, async () => {
          await page.goto(`${site.url}${pagePath(lang, 'signIn')}`);
          await page.fill('#token', made.token);
          await Promise.all([page.waitForURL(`${site.url}${pagePath(lang, 'sources')}`), page.click('main button[type="submit"]')]);
          await page.goto(`${site.url}${indicator}`);
          expect(await axeViolations(page), 'the form before posting').toEqual([]);
          await page.check('#status-LP');
          const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('.report-form button[type="submit"]')]);
          expect(response.status()).toBe(400);
          await page.waitForSelector('#form-errors');
          return axeViolations(page);
        });
        expect(violations, describeViolations(`progress form with errors (${indicator})`, violations)).toEqual([]);
      } finally {
        await close();
      }
    }, 120_000);

    it(`${lang}: source page of a signed-in editor (its forms)`, async () => {
      const made = newToken();
      await site.catalogue.store.createToken({ id: made.id, role: 'editor', hash: hashToken(made.token), createdAt: new Date().toISOString() });
      const source = pagePath(lang, 'sources', site.jobs[0]!.sourceId);
      const { page, close } = await openPage(browser, { bypassCSP: true, locale: lang === 'en' ? 'en-CA' : 'fr-CA' });
      try {
        const violations = await shots.step(page, `${lang} signed-in source`, async () => {
          await page.goto(`${site.url}${pagePath(lang, 'signIn')}`);
          await page.fill('#token', made.token);
          await Promise.all([page.waitForURL(`${site.url}${pagePath(lang, 'sources')}`), page.click('main button[type="submit"]')]);
          await page.goto(`${site.url}${source}`);
          expect(await page.locator('form[method="post"] input[name="mode"]').count()).toBe(2);
          return axeViolations(page);
        });
        expect(violations, describeViolations(`signed-in source (${source})`, violations)).toEqual([]);
      } finally {
        await close();
      }
    }, 120_000);
  }
});
