// A harvested text as shown on the dataset page: the text with `lang` when it is not in the page
// language, a notice saying so, and a badge when a machine translated it.
import { baseLanguage, type UiLang } from '../../../core/langstring.js';
import { languageLabel } from '../../../core/languages.js';
import { html, type SafeHtml } from '../../html.js';
import type { ShownText } from '../../render/lang.js';
import { datasetText } from '../dataset.messages.js';

/** "This text is only available in French." for a fallback, nothing otherwise. */
export function fallbackNotice(lang: UiLang, shown: ShownText | undefined): SafeHtml | '' {
  if (!shown?.fallback) return '';
  const t = datasetText(lang);
  const base = baseLanguage(shown.tag);
  const name = languageLabel(base)[lang];
  const known = base !== 'und' && name !== base;
  const text = known ? t('onlyIn', { language: lang === 'fr' ? name.toLocaleLowerCase('fr-CA') : name }) : t('notInPageLanguage');
  return html`<p class="notice fallback-notice">${text}</p>`;
}

/** A "Machine-translated" badge whose title explains it. */
export function machineTranslatedBadge(lang: UiLang, shown: ShownText | undefined): SafeHtml | '' {
  if (!shown?.machineTranslated) return '';
  const t = datasetText(lang);
  return html`<p class="text-flags"><span class="badge badge-mt">${t('machineTranslated')}</span> <span class="muted">${t('machineTranslatedNote')}</span></p>`;
}
