// Checks on the live DOM, evaluated in the page (written as expressions: the tests compile
// without the DOM's types).
import type { Page } from 'playwright-core';

/** Attributes that would run script: `on*` handlers, `srcdoc`, and script, vbscript or data URLs
 * in links, sources and actions (data URLs allowed as image sources). Each as `TAG attr=value`. */
export function scriptAttributes(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];
    const found = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '');
        const scheme = /^([a-z]+):/i.exec(value)?.[1]?.toLowerCase();
        const image = element.tagName === 'IMG' && name === 'src';
        if (name.startsWith('on') || name === 'srcdoc' || (urlAttributes.includes(name) && (scheme === 'javascript' || scheme === 'vbscript' || (scheme === 'data' && !image))))
          found.push(element.tagName + ' ' + name + '=' + attribute.value.slice(0, 80));
      }
    }
    return found;
  })()`);
}

/** Script elements other than the site's own files and JSON-LD data blocks. */
export function foreignScripts(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => [...document.querySelectorAll('script')]
    .filter((s) => s.type !== 'application/ld+json' && !(s.src && new URL(s.src).origin === location.origin && new URL(s.src).pathname.startsWith('/assets/')))
    .map((s) => s.outerHTML.slice(0, 120)))()`);
}

/** The JSON-LD blocks of the page, parsed (a block that does not parse throws). */
export function jsonLd(page: Page): Promise<unknown[]> {
  return page.evaluate<unknown[]>(`[...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent))`);
}

/** How far the page is wider than the viewport, in CSS pixels (0 = no horizontal scroll). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate<number>(`Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth`);
}

/** Whether a script set the marker the hostile records' payloads set. */
export function pwned(page: Page, marker: string): Promise<string | null> {
  return page.evaluate<string | null>(`window[${JSON.stringify(marker)}] ?? null`);
}
