// Debian's chromium driven by playwright-core, with a screenshot after every step and a record of
// what the page did that it should not (dialogs, errors).
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.FEDERA_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumPresent = existsSync(CHROMIUM);
export const MISSING_CHROMIUM = `${CHROMIUM} not found: the browser tests need Debian's chromium (apt-get update && apt-get install -y --no-install-recommends chromium; .ci/run does it), or FEDERA_CHROMIUM=<path>`;

/** Locally a missing browser skips the tests with that message; in CI it fails them. */
export const skipBrowserTests = !chromiumPresent && !process.env.CI;
if (skipBrowserTests) console.warn(`skipped: ${MISSING_CHROMIUM}`);

export const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-artifacts/screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPresent) throw new Error(MISSING_CHROMIUM);
  // --no-sandbox: CI runs as root, where chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** What a page did that a test may forbid. */
export interface PageWatch {
  dialogs: string[];
  errors: string[];
  console: string[];
}

/** A page whose dialogs are dismissed and recorded, with its errors and console messages. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; watch: PageWatch; close(): Promise<void> }> {
  const context = await browser.newContext({ locale: 'en-CA', ...options });
  // Waits are on elements and navigations; 30 s leaves room for a machine busy with other tests.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const watch: PageWatch = { dialogs: [], errors: [], console: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watch.console.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  });
  return { page, watch, close: () => context.close() };
}

/** Numbered screenshots of one test file, taken after every step. */
export class Screenshots {
  private count = 0;
  constructor(private readonly prefix: string) {
    mkdirSync(SCREENSHOTS, { recursive: true });
  }

  async take(page: Page, name: string): Promise<string> {
    this.count += 1;
    const file = resolve(SCREENSHOTS, `${this.prefix}-${String(this.count).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    // An artifact, not a check: a screenshot that times out on a loaded machine is reported, not failed.
    await page.screenshot({ path: file, fullPage: true, timeout: 30_000 }).catch((error: Error) => console.warn(`screenshot ${file}: ${error.message}`));
    return file;
  }

  /** Runs a step, then shoots the page, also when the step failed (named `-failed`). */
  async step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      await this.take(page, name);
      return result;
    } catch (error) {
      await this.take(page, `${name}-failed`);
      throw error;
    }
  }
}

/** The integer in a count text: "1,234 datasets", "1 234 jeux de données", "Québec (56)". */
export function countIn(text: string): number {
  const digits = /(\d[\d\s\u00a0\u202f,]*)\)?\s*$/.exec(text.trim())?.[1] ?? /\d[\d\s\u00a0\u202f,]*/.exec(text)?.[0];
  if (digits === undefined) throw new Error(`no count in "${text}"`);
  return Number(digits.replace(/[^\d]/g, ''));
}
