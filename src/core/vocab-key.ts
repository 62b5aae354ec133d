// Lookup keys for the controlled vocabularies: the same word typed by different portals
// ("Économie", "economie", "ECONOMIE ", "économie-entreprises") must land on one key.

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Lower case, accents folded, every run of punctuation and spacing collapsed to one space. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/** `asNeeded` → `as Needed`, so that camel-cased codes fold like the words they stand for. */
export function splitCamelCase(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/** Percent-decodes text that portals sometimes leave encoded (`zip%20`), leaving bad escapes as they are. */
export function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Text without HTML tags and with the common entities decoded (some portals put HTML in licence fields). */
export function stripTags(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `href` targets of the links in an HTML fragment. */
export function hrefs(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) {
    if (match[1]) out.push(match[1]);
  }
  return out;
}

/** A map that fills itself from `compute` and forgets everything once it holds `max` keys.
 * The same few hundred format, licence and frequency strings recur across a harvest. */
export function memoize<R>(compute: (key: string) => R, max = 5000): (key: string) => R {
  const cache = new Map<string, R>();
  return (key: string): R => {
    if (cache.has(key)) return cache.get(key) as R;
    const value = compute(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** Builds a lookup from folded keys; the first entry to claim a key keeps it. */
export class KeyIndex<T> {
  private readonly map = new Map<string, T>();

  add(key: string, value: T): void {
    if (key !== '' && !this.map.has(key)) this.map.set(key, value);
  }

  get(key: string): T | undefined {
    return this.map.get(key);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }
}
