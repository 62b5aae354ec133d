// The XSS corpus (issue 5): every payload planted in every field kind of a harvested portal runs
// nothing on any page, in either language, nor in the API's JSON opened in the browser, nor in
// the CLI's text. The pages' CSP is bypassed for the checks, so that what is tested is the
// escaping and sanitizing; one pass with the CSP on looks for violations it had to block.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetId } from '../../src/core/ids.js';
import type { UiLang } from '../../src/core/langstring.js';
import { markdownToSafeHtml, plainTextToHtml, renderRichText, sanitizeDescriptionHtml } from '../../src/web/render/rich-text.js';
import { pagePath } from '../../src/web/urls.js';
import { launchBrowser, skipBrowserTests } from './helpers/browser.js';
import { dangerousMarkup, pageProblems, watchedPage, type XssWatch } from './helpers/xss-checks.js';
import { TERMINAL_PAYLOADS, XSS_CORPUS } from './helpers/xss-corpus.js';
import { BROKEN_SAMPLE, CORPUS_WORD, corpusRemoteId, TERMINAL_WORD, XSS_SOURCE } from './helpers/xss-portal.js';
import { startXssSite, type XssSite } from './helpers/xss-site.js';

const LANGS: readonly UiLang[] = ['en', 'fr'];
const datasetOf = (p: (typeof XSS_CORPUS)[number]) => datasetId(XSS_SOURCE, corpusRemoteId(p));
// C0 controls but tab and newline, DEL and C1 controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe.skipIf(skipBrowserTests)('the XSS corpus, harvested and served, runs nothing', () => {
  let site: XssSite;
  let browser: Browser;
  let jobId: string;

  beforeAll(async () => {
    site = await startXssSite();
    browser = await launchBrowser();
    const jobs = (await (await fetch(`${site.url}/api/v1/sources`)).json()) as { results: Array<{ id: string; lastJob?: { id: string } }> };
    jobId = jobs.results.find((s) => s.id === XSS_SOURCE)!.lastJob!.id;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Visits each path, collecting every problem with the path it was found on. */
  async function visit(watch: XssWatch, paths: readonly string[], expectStatus = 200, onPage?: (path: string) => Promise<string[]>): Promise<string[]> {
    const problems: string[] = [];
    for (const path of paths) {
      const url = `${site.url}${path}`;
      const response = await watch.page.goto(url, { waitUntil: 'load' });
      if (response?.status() !== expectStatus) problems.push(`${path}: status ${response?.status()}`);
      for (const p of await pageProblems(watch, url)) problems.push(`${path}: ${p}`);
      for (const p of (await onPage?.(path)) ?? []) problems.push(`${path}: ${p}`);
    }
    return problems;
  }

  /** Everything that went wrong on a watched page: problems found, marker calls, dialogs, errors. */
  function report(watch: XssWatch, problems: string[]): string[] {
    return [...problems, ...watch.calls.map((c) => `__xss(${c})`), ...watch.dialogs.map((d) => `dialog ${d}`), ...watch.errors.map((e) => `error ${e}`)];
  }

  function expectClean(watch: XssWatch, problems: string[]): void {
    expect(report(watch, problems)).toEqual([]);
  }

  it('holds at least 60 distinct payloads, each calling its own marker', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(XSS_CORPUS.map((p) => p.text)).size).toBe(XSS_CORPUS.length);
    expect(new Set(XSS_CORPUS.map((p) => p.n)).size).toBe(XSS_CORPUS.length);
  });

  it('the checks catch every payload rendered raw: it runs, or leaves markup they flag (they can fail)', async () => {
    const watch = await watchedPage(browser);
    try {
      const caught: string[] = [];
      const missed: string[] = [];
      for (const p of XSS_CORPUS) {
        const before = watch.calls.length;
        // Each alone: an unclosed <script> or <style> would swallow the payloads after it.
        await watch.page.setContent(`<!doctype html><html><head><title>t</title></head><body>${p.text}</body></html>`);
        await watch.page.waitForTimeout(20);
        const ran = watch.calls.slice(before).some((c) => c.startsWith(`${p.n} on`));
        const markup = await dangerousMarkup(watch.page);
        (ran || markup.length > 0 ? caught : missed).push(`${p.id} ${p.family}`);
      }
      // Inert as the page's HTML, meant for other contexts where the pages are checked instead:
      // Markdown (the description renderer), bare strings (URL fields), attribute and script
      // breakouts (an attribute, a JSON-LD block), a tag split for a filter to join, and the
      // mXSS that needs a sanitizer's output parsed again.
      const inertAsHtml = /^(markdown|bare|template literal|JSON breakout|line separator|attribute injection|script tag, split|math mglyph|form mXSS)/;
      expect(missed.filter((m) => !inertAsHtml.test(m.slice(4)))).toEqual([]);
      expect(new Set(watch.calls.map((c) => c.split(' ')[0])).size).toBeGreaterThanOrEqual(30);
      expect(caught.length).toBeGreaterThanOrEqual(60);
    } finally {
      await watch.close();
    }
  }, 240_000);

  it('the description renderer’s output for each payload, parsed by Chromium, runs nothing and links nowhere unsafe', async () => {
    const watch = await watchedPage(browser);
    try {
      const problems: string[] = [];
      const renderers = { rich: renderRichText, html: sanitizeDescriptionHtml, markdown: markdownToSafeHtml, text: plainTextToHtml };
      for (const p of XSS_CORPUS) {
        // The renderers' HTML in a page of the site's shape (the parser's context matters to mXSS).
        const blocks = Object.entries(renderers).map(([name, render]) => `<div class="description" data-renderer="${name}">${render(p.text).value}</div>`);
        await watch.page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main>${blocks.join('')}</main></body></html>`);
        problems.push(...(await dangerousMarkup(watch.page)).map((m) => `${p.id}: ${m}`));
        // Each block closed where it was opened: no payload reached outside its description.
        const blockCount = await watch.page.locator('main > div.description').count();
        if (blockCount !== blocks.length) problems.push(`${p.id}: ${blockCount} description blocks at the top of main, not ${blocks.length}`);
      }
      await watch.page.waitForTimeout(100);
      expect(report(watch, problems)).toEqual([]);
    } finally {
      await watch.close();
    }
  }, 120_000);

  it('the corpus was harvested by the CLI with its payloads as the portal gave them', async () => {
    expect(site.harvest.code, site.harvest.stderr).toBe(0);
    const all = (await (await fetch(`${site.url}/api/v1/datasets?q=${CORPUS_WORD}&size=0`)).json()) as { total: number };
    expect(all.total).toBe(XSS_CORPUS.length);
    const one = XSS_CORPUS.find((p) => p.family === 'javascript: link')!;
    const record = (await (await fetch(`${site.url}/api/v1/datasets/${encodeURIComponent(datasetOf(one))}`)).json()) as {
      title: Record<string, string>;
      distributions: Array<{ url: string }>;
    };
    expect(Object.values(record.title).join()).toContain(one.text);
    expect(record.distributions.map((d) => d.url)).toContain(one.text);
  });

  for (const lang of LANGS) {
    it(`${lang}: home, search and facets, corpus dataset pages, sources, job and error pages`, async ({ expect }) => {
      const watch = await watchedPage(browser, { bypassCSP: true, locale: lang === 'en' ? 'en-CA' : 'fr-CA' });
      try {
        const listing = [1, 2, 3, 4, 5].map((page) => pagePath(lang, 'search', undefined, { q: CORPUS_WORD, page: String(page) }));
        const facets = BROKEN_SAMPLE.slice(0, 6).map((p) => pagePath(lang, 'search', undefined, { q: CORPUS_WORD, publisher: `org-${p.id}`, keyword: p.text }));
        const paths = [
          pagePath(lang, 'home'),
          ...listing,
          ...facets,
          pagePath(lang, 'search', undefined, { source: XSS_SOURCE, sort: 'title' }),
          pagePath(lang, 'sources', XSS_SOURCE),
          pagePath(lang, 'job', jobId),
        ];
        const problems = await visit(watch, paths);
        // Each corpus dataset page in one language, the first ones in both (the two differ only in
        // the site's own words), to keep the test within its time on a busy machine. Each shows its
        // payload as text: the checks saw the content, not an empty page.
        const shown = XSS_CORPUS.filter((_, i) => i < 8 || i % 2 === LANGS.indexOf(lang));
        const datasetPaths = new Map(shown.map((p) => [pagePath(lang, 'dataset', datasetOf(p)), p]));
        problems.push(
          ...(await visit(watch, [...datasetPaths.keys()], 200, async (path) => {
            const heading = await watch.page.locator('h1').first().textContent();
            const title = datasetPaths.get(path)!.text.replace(/\s+/g, ' ').trim();
            return heading?.includes(title) ? [] : [`the heading "${heading}" lacks the payload "${title}"`];
          })),
        );
        // The source's name (an operator's text) carries a payload too, shown as text.
        problems.push(
          ...(await visit(watch, [pagePath(lang, 'sources')], 200, async () => {
            const name = XSS_CORPUS[lang === 'en' ? 0 : 8]!.text;
            return ((await watch.page.locator('main').textContent()) ?? '').includes(name) ? [] : [`the source's name "${name}" is not shown`];
          })),
        );
        const missing = BROKEN_SAMPLE.slice(0, 4).map((p) => `/${lang}/${encodeURIComponent(p.text).slice(0, 200)}`);
        problems.push(...(await visit(watch, missing, 404)));
        const refused = BROKEN_SAMPLE.slice(4, 8).map((p) => pagePath(lang, 'search', undefined, { q: p.text, page: p.text, modifiedFrom: p.text, sort: p.text }));
        problems.push(...(await visit(watch, refused, 400)));
        expect(report(watch, problems)).toEqual([]);
      } finally {
        await watch.close();
      }
    }, 240_000);

    it(`${lang}: a search for every other payload, as the query and as filters`, async ({ expect }) => {
      const watch = await watchedPage(browser, { bypassCSP: true, locale: lang === 'en' ? 'en-CA' : 'fr-CA' });
      try {
        // Half the payloads in each language: each is searched once, the pages' text differs only in its messages.
        const half = XSS_CORPUS.filter((_, i) => i % 2 === LANGS.indexOf(lang));
        const paths = half.map((p) => pagePath(lang, 'search', undefined, { q: p.text, keyword: p.text, publisher: p.text }));
        const problems = await visit(watch, paths);
        expect(report(watch, problems)).toEqual([]);
      } finally {
        await watch.close();
      }
    }, 240_000);
  }

  it('the autocomplete dropdown shows payloads typed or harvested as text', async () => {
    const watch = await watchedPage(browser, { bypassCSP: true });
    try {
      await watch.page.goto(`${site.url}${pagePath('en', 'search')}`);
      const box = watch.page.locator('main input[name="q"]');
      const problems: string[] = [];
      let shown = 0;
      for (const typed of [CORPUS_WORD.slice(0, 6), 'Publisher', '<script', '<img', 'javascript', ...XSS_CORPUS.slice(0, 6).map((p) => p.text.slice(0, 12))]) {
        await box.fill('');
        await box.pressSequentially(typed, { delay: 5 });
        // The dropdown answers after its delay; when nothing matches it stays closed.
        await watch.page.waitForTimeout(400);
        shown += await watch.page.locator('[role="option"]').count();
        problems.push(...(await dangerousMarkup(watch.page)).map((m) => `${typed}: ${m}`));
      }
      expect(shown).toBeGreaterThan(0);
      expectClean(watch, problems);
    } finally {
      await watch.close();
    }
  }, 120_000);

  it('the JSON API opened in the browser is text, not a page', async () => {
    const watch = await watchedPage(browser);
    try {
      const sample = XSS_CORPUS.filter((_, i) => i % 16 === 0);
      const paths = [
        `/api/v1/datasets?q=${CORPUS_WORD}&size=100`,
        `/api/v1/sources`,
        ...sample.map((p) => `/api/v1/datasets/${encodeURIComponent(datasetOf(p))}`),
        ...sample.map((p) => `/api/v1/suggest?q=${encodeURIComponent(p.text)}&lang=en`),
        ...sample.map((p) => `/api/v1/datasets?q=${encodeURIComponent(p.text)}`),
      ];
      const problems: string[] = [];
      for (const path of paths) {
        const response = await watch.page.goto(`${site.url}${path}`);
        const type = response?.headers()['content-type'] ?? '';
        if (!type.startsWith('application/json')) problems.push(`${path}: content-type ${type}`);
        if (response?.headers()['x-content-type-options'] !== 'nosniff') problems.push(`${path}: no nosniff`);
        const elements = await watch.page.evaluate<number>(`document.querySelectorAll('body *:not(pre):not(div)').length`);
        if (elements > 0) problems.push(`${path}: ${elements} element(s) beside the text`);
        problems.push(...(await dangerousMarkup(watch.page)).map((m) => `${path}: ${m}`));
      }
      expectClean(watch, problems);
    } finally {
      await watch.close();
    }
  }, 120_000);

  it('with the CSP on, no page had inline code for it to block', async () => {
    const watch = await watchedPage(browser);
    try {
      const paths = LANGS.flatMap((lang, l) => [
        pagePath(lang, 'search', undefined, { q: CORPUS_WORD, page: String(l + 2) }),
        ...XSS_CORPUS.filter((_, i) => i % 20 === l).map((p) => pagePath(lang, 'dataset', datasetOf(p))),
        pagePath(lang, 'job', jobId),
      ]);
      const problems = await visit(watch, paths);
      expectClean(watch, problems);
      expect(watch.csp).toEqual([]);
    } finally {
      await watch.close();
    }
  }, 180_000);

  it('the CLI prints harvested text without terminal control sequences', async () => {
    const outputs = await Promise.all([
      site.cli(['search', TERMINAL_WORD, '--size', '50']),
      site.cli(['search', CORPUS_WORD, '--size', '100', '--lang', 'fr']),
      site.cli(['jobs', 'list']),
      site.cli(['jobs', 'show', jobId], { FEDERA_LANG: 'fr' }),
      site.cli(['search', TERMINAL_WORD, '--json']),
    ]);
    const json = outputs.pop()!;
    expect(CONTROL.exec(site.harvest.stderr)?.[0], site.harvest.stderr.slice(0, 400)).toBeUndefined();
    for (const output of outputs) {
      expect(output.code, output.stderr).toBe(0);
      expect(CONTROL.exec(output.stdout)?.[0], output.stdout.slice(0, 400)).toBeUndefined();
      expect(CONTROL.exec(output.stderr)?.[0], output.stderr.slice(0, 400)).toBeUndefined();
    }
    // The records are listed, their text kept around what was removed.
    expect(outputs[0]!.stdout.match(new RegExp(`${TERMINAL_WORD} \\d`, 'g'))?.length).toBe(TERMINAL_PAYLOADS.length);
    expect(outputs[3]!.stdout).toContain('broken');
    // JSON output keeps the data as it is: escaped by JSON, not stripped.
    expect(CONTROL.test(json.stdout)).toBe(false);
    expect(json.stdout).toContain('\\u001b');
  }, 120_000);
});
