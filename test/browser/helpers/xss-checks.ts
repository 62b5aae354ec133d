// What a page must not hold once harvested text is in it: handlers, dangerous links and sources,
// embedded documents, forms or bases from content, and calls of the corpus's marker.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { XSS_MARKER } from './xss-corpus.js';

/** A browser context whose pages record every call of `__xss`, dialog, page error and CSP report. */
export interface XssWatch {
  context: BrowserContext;
  page: Page;
  /** `<n> on <url>` for each call of the marker, in any frame. */
  calls: string[];
  dialogs: string[];
  errors: string[];
  /** Console messages that report a Content Security Policy violation. */
  csp: string[];
  close(): Promise<void>;
}

export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<XssWatch> {
  const context = await browser.newContext({ locale: 'en-CA', ...options });
  context.setDefaultTimeout(30_000);
  const calls: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  const csp: string[] = [];
  await context.exposeBinding(XSS_MARKER, (source, n: unknown) => void calls.push(`${String(n)} on ${source.frame.url()}`));
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) csp.push(`${message.text()} (${page.url()})`);
  });
  return { context, page, calls, dialogs, errors, csp, close: () => context.close() };
}

/** Everything in the page's DOM (shadow roots aside) that content could use to run script or
 * leave the site: each as `TAG attr=value`. Written as an expression: the tests compile without
 * the DOM's types. */
export function dangerousMarkup(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const found = [];
    const origin = location.origin;
    const sameOrigin = (value) => { try { const url = new URL(value, location.href); return /^https?:$/.test(url.protocol) && url.origin === origin; } catch { return false; } };
    const show = (element, name, value) => found.push(element.tagName + ' ' + name + '=' + String(value).slice(0, 100));
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      // The site has no style element (its CSP allows only its own style sheet).
      if (['iframe', 'frame', 'object', 'embed', 'base', 'applet', 'portal', 'style'].includes(tag)) show(element, '<element>', '');
      if (tag === 'meta' && element.hasAttribute('http-equiv')) show(element, 'http-equiv', element.getAttribute('http-equiv'));
      if (tag === 'script' && element.type !== 'application/ld+json' && !(element.src && sameOrigin(element.src))) show(element, '<script>', element.textContent);
      if (tag === 'script' && element.type === 'application/ld+json') { try { JSON.parse(element.textContent); } catch (error) { show(element, 'JSON-LD', String(error)); } }
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value;
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\\u0000-\\u0020]/g, ''))?.[1]?.toLowerCase();
        if (name.startsWith('on') || name === 'srcdoc' || name === 'formaction' || name.endsWith(':href') || name === 'xlink:href') show(element, name, value);
        else if (name === 'href' && !(scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto')) show(element, name, value);
        else if ((name === 'src' || name === 'action' || name === 'data' || name === 'poster' || name === 'background') && !sameOrigin(value)) show(element, name, value);
        else if (name === 'style' && /javascript:|expression\\s*\\(|url\\s*\\(/i.test(value)) show(element, name, value);
      }
    }
    return found;
  })()`);
}

/** Problems of one visited page: marker calls, dialogs, dangerous markup, a navigation elsewhere. */
export async function pageProblems(watch: XssWatch, url: string): Promise<string[]> {
  const problems = (await dangerousMarkup(watch.page)).map((f) => `markup: ${f}`);
  if (watch.page.url() !== url) problems.push(`navigated to ${watch.page.url()}`);
  return problems;
}
