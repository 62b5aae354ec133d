// Harvested text in the page language when the record has it, otherwise in the language it has,
// marked with `lang` so that it is read out correctly.
import { baseLanguage, pickText, type LangString, type PickedText, type UiLang } from '../../core/langstring.js';
import { html, type SafeHtml } from '../html.js';

/** ` lang="fr"` when the tag is a known language other than the page's, else nothing. */
export function langAttribute(pageLang: UiLang, tag: string): SafeHtml | '' {
  const base = baseLanguage(tag);
  // `und` (unknown) and malformed tags say nothing useful to a screen reader.
  if (base === pageLang || base === 'und' || !/^[a-z]{2,3}$/.test(base)) return '';
  return html` lang="${base}"`;
}

export interface ShownText extends PickedText {
  /** ` lang="…"` for the element holding the text. */
  attr: SafeHtml | '';
}

/** The text of a language string to show on a page in `lang`, with its `lang` attribute. */
export function shownText(value: LangString | undefined, lang: UiLang): ShownText | undefined {
  const picked = pickText(value, lang);
  return picked ? { ...picked, attr: langAttribute(lang, picked.tag) } : undefined;
}
