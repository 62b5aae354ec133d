// axe-core on every page type in both languages (WCAG 2.1 A and AA): zero violations. Each
// violation is listed with its rule, nodes and help when the test fails.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../src/core/api-token.js';
import type { UiLang } from '../../src/core/langstring.js';
import { openGovernmentPath, pagePath, standardsPath } from '../../src/web/urls.js';
import { adoption, declaration, event, resource } from '../community/records.js';
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
  { name: 'metadata crosswalk', status: 200, path: (lang) => pagePath(lang, 'crosswalk') },
  { name: 'data standard with its fields and validation form', status: 200, path: (lang) => standardsPath(lang, { standard: 'food-inspections' }) },
  { name: 'standards coverage', status: 200, path: (lang) => standardsPath(lang, 'coverage') },
  { name: 'job with problems', status: 200, path: (lang, f) => pagePath(lang, 'job', f.jobId) },
  { name: 'sign-in', status: 200, path: (lang) => pagePath(lang, 'signIn') },
  { name: 'open government home', status: 200, path: (lang) => openGovernmentPath(lang) },
  { name: 'action plan', status: 200, path: (lang) => openGovernmentPath(lang, 'plans', 'AP_CAN04') },
  { name: 'commitment with its history', status: 200, path: (lang) => openGovernmentPath(lang, 'commitments', 'CA0073') },
  { name: 'indicator with its targets', status: 200, path: (lang) => openGovernmentPath(lang, 'indicators', REPORTED_INDICATOR) },
  { name: 'reports due', status: 200, path: (lang) => openGovernmentPath(lang, 'due') },
  { name: 'community events', status: 200, path: (lang) => openGovernmentPath(lang, 'events') },
  { name: 'community event', status: 200, path: (lang) => openGovernmentPath(lang, 'events', 'a11y-forum') },
  { name: 'community events, bad filter', status: 400, path: (lang) => openGovernmentPath(lang, 'events', undefined, { kind: 'party' }) },
  { name: 'charter registry with its map', status: 200, path: (lang) => openGovernmentPath(lang, 'charter') },
  { name: 'charter adoption', status: 200, path: (lang) => openGovernmentPath(lang, 'charter', 'edmonton-2017-03-07') },
  { name: 'declarations', status: 200, path: (lang) => openGovernmentPath(lang, 'declarations') },
  { name: 'learning resources', status: 200, path: (lang) => openGovernmentPath(lang, 'learning', undefined, { language: 'fr' }) },
  { name: 'learning resource', status: 200, path: (lang) => openGovernmentPath(lang, 'learning', 'open-data-101') },
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
    const at = new Date().toISOString();
    await site.catalogue.store.saveCommunity('event', [
      event('a11y-forum', { kind: 'international-forum', title: { en: 'Open government forum', fr: 'Forum du gouvernement ouvert' }, description: { en: 'A **forum**.' }, start: '2030-09-10T14:00:00+02:00', timeZone: 'Europe/Paris', location: { en: 'Paris' }, organizers: ['OGP'], countries: ['FR', 'CA'], url: 'https://example.org/forum' }),
      event('a11y-past', { title: { en: 'Peer learning' }, start: '2019-05-29', status: 'tentative' }),
    ], at);
    await site.catalogue.store.saveCommunity('charter-adoption', [
      adoption('edmonton-2017-03-07', { government: { en: 'Edmonton' }, region: 'CA-AB', date: '2017-03-07', instrument: { en: 'Council motion', fr: 'Résolution du conseil' } }),
      adoption('ontario-2017', { government: { en: 'Ontario', fr: 'Ontario' }, level: 'provincial', region: 'CA-ON', date: '2017-04' }),
    ], at);
    await site.catalogue.store.saveCommunity('declaration', [declaration('ottawa-2019', { title: { en: 'Ottawa declaration', fr: 'Déclaration d’Ottawa' }, signatories: ['Canada', 'France'], url: 'https://example.ca/d' })], at);
    await site.catalogue.store.saveCommunity('learning-resource', [
      resource('open-data-101', { title: { en: 'Open data 101', fr: 'Données ouvertes 101' }, description: { fr: 'Un cours.' }, educationalLevel: 'beginner', audience: ['public servants'], inLanguage: ['en', 'fr-CA'], license: 'OGL-Canada-2.0' }),
    ], at);
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

    for (const [what, path] of [
      ['events with the add form', openGovernmentPath(lang, 'events')],
      ['event with its edit form', openGovernmentPath(lang, 'events', 'a11y-forum')],
    ] as const) {
      it(`${lang}: community ${what}, signed in`, async () => {
        const made = newToken();
        await site.catalogue.store.createToken({ id: made.id, role: 'editor', hash: hashToken(made.token), createdAt: new Date().toISOString() });
        const { page, close } = await openPage(browser, { bypassCSP: true, locale: lang === 'en' ? 'en-CA' : 'fr-CA' });
        try {
          const violations = await shots.step(page, `${lang} signed-in ${what}`, async () => {
            await page.goto(`${site.url}${pagePath(lang, 'signIn')}`);
            await page.fill('#token', made.token);
            await Promise.all([page.waitForURL(`${site.url}${pagePath(lang, 'sources')}`), page.click('main button[type="submit"]')]);
            await page.goto(`${site.url}${path}`);
            expect(await page.locator('form[method="post"] select[name="kind"]').count()).toBe(1);
            return axeViolations(page);
          });
          expect(violations, describeViolations(`signed-in ${what} (${path})`, violations)).toEqual([]);
          // A refused post: the form again with its errors next to the fields.
          const refused = await shots.step(page, `${lang} refused ${what}`, async () => {
            await page.fill('#field-start', 'tomorrow');
            await page.click('form.record-form button[type="submit"]');
            await page.waitForSelector('#field-start-error');
            return axeViolations(page);
          });
          expect(refused, describeViolations(`refused ${what} (${path})`, refused)).toEqual([]);
        } finally {
          await close();
        }
      }, 120_000);
    }
  }
});
