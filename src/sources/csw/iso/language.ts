// Which language each text of a record is in. The main text (`gco:CharacterString`) is in the
// record's own language (`gmd:language`: `eng; CAN`, `fre`, `en`); translations name a locale
// (`#fra`, `#FR`, `#locale-fr`) declared by a `gmd:locale/gmd:PT_Locale` (or meaning a language
// by itself). French-first HNAP records exist: nothing assumes English is the main language.
import { normalizeLanguage } from '../../../core/languages.js';
import { allAt, attr, child, type XmlElement } from '../xml/tree.js';
import { codeOf, propertyText } from './values.js';

export interface TextLanguages {
  /** The tag of the main text: the record's language, or the source's untagged language. */
  main: string;
  /** PT_Locale id (lower-cased, without `#`) → language tag. */
  locales: Map<string, string>;
  /** For a locale the record does not declare. */
  untagged: string;
}

/** ISO 639-1 code of a language value (`eng; CAN`, `fre`, `fr-CA`, `French; Français`). */
export function languageCode(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const first = text.split(/[;,]/)[0]?.trim() ?? '';
  return normalizeLanguage(first) ?? normalizeLanguage(first.split(/[\s_]/)[0] ?? '');
}

/** The language of a `gmd:language` property (text or `gmd:LanguageCode`). */
export function languageOf(property: XmlElement | undefined): string | undefined {
  if (property === undefined) return undefined;
  const code = child(property, 'gmd:LanguageCode');
  if (code !== undefined) {
    const { value, text } = codeOf(property);
    return languageCode(value) ?? languageCode(text);
  }
  return languageCode(propertyText(property));
}

export function textLanguages(record: XmlElement, untagged: string): TextLanguages {
  const locales = new Map<string, string>();
  for (const locale of allAt(record, 'gmd:locale', 'gmd:PT_Locale')) {
    const id = attr(locale, 'id');
    const lang = languageOf(child(locale, 'gmd:languageCode'));
    if (id !== undefined && lang !== undefined) locales.set(id.toLowerCase(), lang);
  }
  const main = languageOf(child(record, 'gmd:language')) ?? untagged;
  return { main, locales, untagged };
}

/** The tag of a `LocalisedCharacterString@locale` reference. */
export function localeTag(reference: string | undefined, languages: TextLanguages): string {
  if (reference === undefined) return languages.untagged;
  const id = reference.trim().replace(/^#/, '').toLowerCase();
  return languages.locales.get(id) ?? languageCode(id.replace(/^locale[-_]?/, '')) ?? languages.untagged;
}
