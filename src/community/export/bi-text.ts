// Picking one language out of a BiText for an export, falling back to the other language.
import type { UiLang } from '../../core/langstring.js';
import type { BiText } from '../../core/community/types.js';

export interface PickedBiText {
  text: string;
  /** The language the text is in (the other one when the requested one was missing). */
  lang: UiLang;
}

export function otherLang(lang: UiLang): UiLang {
  return lang === 'en' ? 'fr' : 'en';
}

/** The text in `lang`, else in the other language, else undefined (blank counts as missing). */
export function pickBiText(text: BiText | undefined, lang: UiLang): PickedBiText | undefined {
  for (const l of [lang, otherLang(lang)]) {
    const value = text?.[l];
    if (value !== undefined && value.trim() !== '') return { text: value, lang: l };
  }
  return undefined;
}
