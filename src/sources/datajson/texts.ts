// Titles, descriptions and keywords. DCAT-US text carries no language: it takes the source's
// primary language, or the dataset's own `language` when a bilingual portal's record names
// exactly one of English and French. Descriptions are HTML on ArcGIS Hub, Markdown or plain
// elsewhere; both become plain text with paragraphs.
import type { LangString, LangStrings } from '../../core/langstring.js';
import { collapseWhitespace, descriptionToText, htmlToText } from '../../core/text.js';
import { untaggedLanguage } from '../common/lang.js';
import type { PrimaryLanguage } from '../settings.js';

/** The tag of a record's untagged text. */
export function textTag(primary: PrimaryLanguage, languages: readonly string[]): string {
  if (primary !== 'bilingual') return primary;
  const official = languages.filter((code) => code === 'en' || code === 'fr');
  return official.length === 1 && official[0] !== undefined ? official[0] : untaggedLanguage(primary);
}

const MARKUP = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
// Tags left in the text once the markup is removed: the HTML was escaped once more.
const ESCAPED_HTML = /<\/?(?:p|br|div|span|a|ul|ol|li|strong|em|b|i|h[1-6]|table|font)\b[^>]*>/i;

/** A title on one line, entities and stray tags removed. */
export function titleText(value: string): string {
  return collapseWhitespace(MARKUP.test(value) ? htmlToText(value) : value);
}

/** A description as plain text with paragraphs, whatever its markup. */
export function descriptionText(value: string): string {
  const once = descriptionToText(value);
  return ESCAPED_HTML.test(once) ? htmlToText(once) : once;
}

export function langText(value: string | undefined, tag: string, clean: (t: string) => string): LangString {
  if (value === undefined) return {};
  const cleaned = clean(value);
  return cleaned === '' ? {} : { [tag]: cleaned };
}

/** Keywords cleaned, blanks and case-insensitive repeats removed, order kept. */
export function keywordList(words: readonly string[], tag: string): LangStrings {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const word of words) {
    const w = titleText(word);
    const key = w.toLocaleLowerCase();
    if (w === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(w);
  }
  return kept.length === 0 ? {} : { [tag]: kept };
}
