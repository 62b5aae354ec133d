// Titles, descriptions and keywords as language strings. Fluent fields (`title_translated`,
// `keywords {en, fr}`) say their languages; plain CKAN fields do not, and take the source's
// primary language (`und` for a bilingual portal, where either is possible).
import type { LangString, LangStrings } from '../../core/langstring.js';
import { reconcileLangString, reconcileLangStrings } from '../../core/machine-translation.js';
import type { PrimaryLanguage } from '../settings.js';
import { collapseWhitespace, descriptionToText } from '../../core/text.js';
import { fluentList, fluentText, listItems, untagged } from './values.js';

export { untaggedLanguage } from '../common/lang.js';

function cleaned(value: LangString, clean: (text: string) => string): LangString {
  const out: LangString = {};
  for (const tag of Object.keys(value)) {
    const t = value[tag];
    if (t === undefined) continue;
    const c = clean(t);
    if (c !== '') out[tag] = c;
  }
  return out;
}

function isEmpty(value: LangString | LangStrings): boolean {
  for (const key in value) if (value[key] !== undefined) return false;
  return true;
}

/** A language string from a fluent field, or else from a plain one under `untaggedTag`, with
 * machine-translation conventions applied before cleaning (the notice is Markdown). */
export function langText(fluent: unknown, plain: unknown, untaggedTag: string, clean: (text: string) => string): LangString {
  const fromFluent = fluentText(fluent);
  if (fromFluent) {
    const out = cleaned(reconcileLangString(fromFluent), clean);
    if (!isEmpty(out)) return out;
  }
  // A plain field may itself hold fluent JSON (some portals serialize fluent fields).
  const source = fluentText(plain) ?? untagged(plain, untaggedTag);
  return source ? cleaned(reconcileLangString(source), clean) : {};
}

export const titleText = collapseWhitespace;
export const descriptionText = descriptionToText;

/** Keywords per language: fluent lists first (`keywords`, `tags_translated`), else the tags. */
export function keywordLists(candidates: unknown[], tagNames: string[], untaggedTag: string): LangStrings {
  for (const candidate of candidates) {
    const lists = fluentList(candidate);
    if (lists) {
      const out = dedupeLists(reconcileLangStrings(lists));
      if (!isEmpty(out)) return out;
    } else {
      const items = listItems(candidate);
      if (items.length > 0) return dedupeLists(reconcileLangStrings({ [untaggedTag]: items }));
    }
  }
  return tagNames.length > 0 ? dedupeLists(reconcileLangStrings({ [untaggedTag]: tagNames })) : {};
}

/** Whitespace cleaned, blanks and case-insensitive repeats removed, order kept. */
function dedupeLists(value: LangStrings): LangStrings {
  const out: LangStrings = {};
  for (const tag of Object.keys(value)) {
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const item of value[tag] ?? []) {
      const c = collapseWhitespace(item);
      const key = c.toLocaleLowerCase();
      if (c === '' || seen.has(key)) continue;
      seen.add(key);
      kept.push(c);
    }
    if (kept.length > 0) out[tag] = kept;
  }
  return out;
}
