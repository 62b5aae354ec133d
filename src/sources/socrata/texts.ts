// Titles, descriptions and keywords as language strings. Socrata fields carry no language: they
// take the source's primary language (`und` on a bilingual portal). Where a site keeps the other
// language in fields of its own (a "Title (French)" metadata field), the asset's own text is
// the other language.
import type { LangString, LangStrings } from '../../core/langstring.js';
import { collapseWhitespace } from '../../core/text.js';

/** The main text with the site's per-language alternatives, each cleaned; blanks dropped. */
export function withAlternatives(main: string | undefined, english: string | undefined, french: string | undefined, untaggedTag: string, clean: (t: string) => string): LangString {
  const out: LangString = {};
  const en = english === undefined ? '' : clean(english);
  const fr = french === undefined ? '' : clean(french);
  if (en !== '') out['en'] = en;
  if (fr !== '') out['fr'] = fr;
  const own = main === undefined ? '' : clean(main);
  if (own === '' || own === en || own === fr) return out;
  const tag = out['fr'] !== undefined && out['en'] === undefined ? 'en' : out['en'] !== undefined && out['fr'] === undefined ? 'fr' : untaggedTag;
  if (out[tag] === undefined) out[tag] = own;
  return out;
}

/** Keywords under one tag: whitespace cleaned, blanks and case-insensitive repeats removed. */
export function keywordList(values: readonly string[], untaggedTag: string): LangStrings {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values) {
    const c = collapseWhitespace(value);
    const key = c.toLocaleLowerCase();
    if (c === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(c);
  }
  return kept.length > 0 ? { [untaggedTag]: kept } : {};
}
