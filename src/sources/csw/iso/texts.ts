// Texts in every language a record gives: the main `gco:CharacterString` (or `gmx:Anchor`) in the
// record's language, and `gmd:PT_FreeText/gmd:textGroup/gmd:LocalisedCharacterString[@locale]`
// translations. The machine-translation conventions of federated records apply: a French
// placeholder `Translation of …` is no French, a text ending in the Amazon Translate notice is
// machine-translated (`fr-t-en`) and loses the notice.
import type { LangString, LangStrings } from '../../../core/langstring.js';
import { reconcileLangString, reconcileLangStrings } from '../../../core/machine-translation.js';
import { cleanParagraphs, collapseWhitespace, htmlToText } from '../../../core/text.js';
import { allAt, attr, ownText, type XmlElement } from '../xml/tree.js';
import { localeTag, type TextLanguages } from './language.js';
import { propertyText } from './values.js';

/** Every text of a property by language tag, before cleaning; the main text wins over a
 * translation that claims the same language. */
export function rawLangString(property: XmlElement | undefined, languages: TextLanguages): LangString {
  const out: LangString = {};
  if (property === undefined) return out;
  const main = propertyText(property);
  if (main !== undefined) out[languages.main] = main;
  for (const localised of allAt(property, 'gmd:PT_FreeText', 'gmd:textGroup', 'gmd:LocalisedCharacterString')) {
    const text = ownText(localised);
    if (text === undefined) continue;
    const tag = localeTag(attr(localised, 'locale'), languages);
    if (out[tag] === undefined) out[tag] = text;
  }
  return out;
}

function cleaned(value: LangString, clean: (text: string) => string): LangString {
  const out: LangString = {};
  for (const tag of Object.keys(value)) {
    const text = value[tag];
    if (text === undefined) continue;
    const c = clean(text);
    if (c !== '') out[tag] = c;
  }
  return out;
}

/** A property's texts, with the machine-translation conventions applied, then cleaned. */
export function langStringOf(property: XmlElement | undefined, languages: TextLanguages, clean: (text: string) => string): LangString {
  return cleaned(reconcileLangString(rawLangString(property, languages)), clean);
}

export const oneLine = collapseWhitespace;

const HTML = /<\/?(?:p|br|div|span|a|ul|ol|li|strong|em|b|i|h[1-6]|table)\b[^>]*>/i;

/** Abstracts are plain text with paragraphs; some catalogues put HTML in them. */
export function paragraphs(text: string): string {
  return HTML.test(text) ? htmlToText(text) : cleanParagraphs(text);
}

export function isEmpty(value: LangString | LangStrings): boolean {
  for (const key in value) if (value[key] !== undefined) return false;
  return true;
}

/** Lists per language from several language strings (keywords), cleaned, repeats removed
 * (case-insensitively), order kept. */
export function listsOf(values: LangString[]): LangStrings {
  const lists: LangStrings = {};
  for (const value of values) {
    for (const tag of Object.keys(value)) {
      const text = value[tag];
      if (text !== undefined) (lists[tag] ??= []).push(text);
    }
  }
  const reconciled = reconcileLangStrings(lists);
  const out: LangStrings = {};
  for (const tag of Object.keys(reconciled)) {
    const seen = new Set<string>();
    for (const item of reconciled[tag] ?? []) {
      const c = collapseWhitespace(item);
      const key = c.toLocaleLowerCase();
      if (c === '' || seen.has(key)) continue;
      seen.add(key);
      (out[tag] ??= []).push(c);
    }
  }
  return out;
}
