// `lang` on harvested text written in another language than the page (a French title shown on
// the English page because the record has no English one), so that it is read out correctly.
import { baseLanguage, type UiLang } from '../../../core/langstring.js';
import { html, type SafeHtml } from '../../html.js';

/** ` lang="fr"` when the text's tag is a known language other than the page's, else nothing. */
export function langAttribute(pageLang: UiLang, tag: string): SafeHtml | '' {
  const base = baseLanguage(tag);
  // `und` (unknown) and malformed tags say nothing useful to a screen reader.
  if (base === pageLang || base === 'und' || !/^[a-z]{2,3}$/.test(base)) return '';
  return html` lang="${base}"`;
}
