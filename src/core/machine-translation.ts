// Machine translation in records converted for federation (open.canada.ca's provincial and
// geospatial feeds). Two conventions show up in the text itself, whatever the portal kind:
// - a placeholder `Translation of <the English text>` stands where the French is still missing:
//   it is English, not French, so it is dropped;
// - the notice `** Cet élément de métadonnées provenant d’une tierce partie a été traduit à
//   l'aide d'un outil de traduction automatisée (Amazon Translate).**` ends a text that a machine
//   translated: the notice is removed (it must not reach titles, snippets or the index) and the
//   text is tagged `fr-t-en` (RFC 6497: French transformed from English).
import { baseLanguage, type LangString, type LangStrings } from './langstring.js';

const APOSTROPHE = "['’ʼ]";
// The French notice and its English counterpart, with or without the tool's name, whatever the
// apostrophes, spacing and the asterisks around it.
const FRENCH_NOTICE = new RegExp(
  `\\s*(?:\\*\\*\\s*)?Cet élément de métadonnées provenant d${APOSTROPHE}une tierce partie a été traduit à l${APOSTROPHE}aide d${APOSTROPHE}un outil de traduction automatisée(?:\\s*\\([^)]*\\))?\\s*\\.?\\s*(?:\\*\\*)?\\s*`,
  'giu',
);
const ENGLISH_NOTICE = new RegExp(
  `\\s*(?:\\*\\*\\s*)?This third[- ]party metadata element (?:has been|was) translated using an automated translation tool(?:\\s*\\([^)]*\\))?\\s*\\.?\\s*(?:\\*\\*)?\\s*`,
  'giu',
);
const PLACEHOLDER = /^\s*Translation of\s/i;

export interface NoticeScan {
  /** The text without the notice, trimmed. */
  text: string;
  /** The language the notice is written in (that of the translation), when there was one. */
  noticeLang?: 'fr' | 'en';
}

/** Removes a machine-translation notice from a text and says which one it was. */
export function stripMachineTranslationNotice(text: string): NoticeScan {
  // Cheap test first: the scan runs on every text of every record.
  if (!text.includes('traduction automatisée') && !text.includes('automated translation')) return { text };
  const withoutFrench = text.replace(FRENCH_NOTICE, ' ');
  if (withoutFrench !== text) return { text: withoutFrench.trim(), noticeLang: 'fr' };
  const withoutEnglish = text.replace(ENGLISH_NOTICE, ' ');
  if (withoutEnglish !== text) return { text: withoutEnglish.trim(), noticeLang: 'en' };
  return { text };
}

/** Whether a text tagged with a language other than English is an untranslated placeholder
 * (`Translation of …`): English waiting for a translation, not a text in that language. */
export function isTranslationPlaceholder(tag: string, text: string): boolean {
  return baseLanguage(tag) !== 'en' && PLACEHOLDER.test(text);
}

/** The tag of a text machine-translated into `lang` from the other official language. */
export function machineTranslatedTag(lang: 'fr' | 'en'): string {
  return lang === 'fr' ? 'fr-t-en' : 'en-t-fr';
}

/** Applies both conventions to one tagged text: `undefined` for a placeholder (or a text that
 * was only a notice); otherwise the text without its notice and the tag it deserves. */
export function reconcileTranslation(tag: string, text: string): { tag: string; text: string } | undefined {
  const scan = stripMachineTranslationNotice(text);
  if (scan.text === '' || isTranslationPlaceholder(tag, scan.text)) return undefined;
  if (scan.noticeLang === undefined || tag.includes('-t-')) return { tag, text: scan.text };
  // A notice in the other language than the tag's is not evidence about this text.
  if (baseLanguage(tag) !== scan.noticeLang && baseLanguage(tag) !== 'und') return { tag, text: scan.text };
  return { tag: machineTranslatedTag(scan.noticeLang), text: scan.text };
}

/** `reconcileTranslation` over a language string. A human text is never replaced by a
 * machine one that claims the same tag. */
export function reconcileLangString(value: LangString): LangString {
  const out: LangString = {};
  for (const tag of Object.keys(value)) {
    const text = value[tag];
    if (text === undefined) continue;
    const result = reconcileTranslation(tag, text);
    if (result === undefined || out[result.tag] !== undefined) continue;
    out[result.tag] = result.text;
  }
  return out;
}

/** `reconcileTranslation` over keyword lists: placeholder keywords are dropped one by one, and a
 * list whose keywords carry the notice is retagged as a whole. */
export function reconcileLangStrings(value: LangStrings): LangStrings {
  const out: LangStrings = {};
  for (const tag of Object.keys(value)) {
    const items = value[tag];
    if (items === undefined) continue;
    let target = tag;
    const kept: string[] = [];
    for (const item of items) {
      const result = reconcileTranslation(tag, item);
      if (result === undefined) continue;
      if (result.tag !== tag) target = result.tag;
      kept.push(result.text);
    }
    if (kept.length === 0) continue;
    out[target] = [...(out[target] ?? []), ...kept];
  }
  return out;
}
