// Text that says nothing of its language takes the source's primary language; a bilingual
// portal's untagged text could be either, so it is `und`.
import type { LangString } from '../../core/langstring.js';
import type { PrimaryLanguage } from '../settings.js';

export function untaggedLanguage(primary: PrimaryLanguage): string {
  return primary === 'bilingual' ? 'und' : primary;
}

/** A language string of one untagged text, cleaned; empty when the text is. */
export function untaggedText(text: string | undefined, primary: PrimaryLanguage, clean: (t: string) => string = (t) => t.trim()): LangString {
  const cleaned = text === undefined ? '' : clean(text);
  return cleaned === '' ? {} : { [untaggedLanguage(primary)]: cleaned };
}
