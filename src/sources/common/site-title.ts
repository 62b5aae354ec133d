// A portal's name from its home page (`<title>`, or `og:site_name` when set), for detection:
// DCAT-US catalogues and the Hub API do not name the site.
import { Parser } from 'htmlparser2';
import type { HttpClient } from '../http.js';

/** The title of an HTML page; `undefined` when it has none. */
export function htmlTitle(html: string): string | undefined {
  let title = '';
  let inTitle = false;
  let done = false;
  let siteName: string | undefined;
  // An icon's <svg><title> is not the page's.
  let svg = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'svg') svg++;
        if (name === 'title' && !done && svg === 0) inTitle = true;
        if (name === 'meta' && attributes['property'] === 'og:site_name' && attributes['content']) siteName ??= attributes['content'];
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag(name) {
        if (name === 'svg') svg = Math.max(0, svg - 1);
        if (name === 'title' && inTitle) {
          inTitle = false;
          done = true;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(0, 200_000));
  parser.end();
  const best = (siteName ?? title).replace(/\s+/g, ' ').trim();
  return best === '' ? undefined : best;
}

/** The home page title of a site, or `undefined` when it cannot be read. */
export async function siteTitle(http: HttpClient, origin: string, signal?: AbortSignal): Promise<string | undefined> {
  try {
    const response = await http.get(`${origin}/`, { accept: 'text/html', ...(signal ? { signal } : {}) });
    const type = response.headers['content-type'] ?? '';
    if (type !== '' && !/html/i.test(type)) return undefined;
    return htmlTitle(response.body);
  } catch {
    return undefined;
  }
}
