// Language strings: text keyed by BCP-47 tag. `fr-t-en` is French machine-translated from
// English (RFC 6497 transform extension), as open.canada.ca marks it.

export type UiLang = 'en' | 'fr';
export const UI_LANGS: readonly UiLang[] = ['en', 'fr'];

/** Text per language tag, e.g. `{ en: 'Roads', 'fr-t-en': 'Routes' }`. `und` = language unknown. */
export type LangString = Partial<Record<string, string>>;
/** Lists per language tag (keywords). */
export type LangStrings = Partial<Record<string, string[]>>;

export interface PickedText {
  text: string;
  tag: string;
  /** The language of `text` (`fr` for `fr-t-en`), or `und`. */
  lang: string;
  machineTranslated: boolean;
  /** True when the text is not in the requested language (a fallback). */
  fallback: boolean;
}

/** The base language of a tag: `fr-t-en` → `fr`, `en-CA` → `en`, `und` → `und`. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? 'und';
}

export function isMachineTranslatedTag(tag: string): boolean {
  return /-t-/i.test(tag);
}

function other(lang: UiLang): UiLang {
  return lang === 'en' ? 'fr' : 'en';
}

/** Tags in the order they are preferred for a UI language: human text first, then machine
 * translation, then unknown language, then the other language. */
export function preferenceOrder(lang: UiLang): string[] {
  const o = other(lang);
  return [lang, `${lang}-t-${o}`, 'und', o, `${o}-t-${lang}`];
}

function tagsByPreference(tags: string[], lang: UiLang): string[] {
  const order = preferenceOrder(lang);
  const rank = (tag: string): number => {
    const i = order.indexOf(tag.toLowerCase());
    if (i >= 0) return i;
    const base = baseLanguage(tag);
    if (base === lang) return isMachineTranslatedTag(tag) ? 1.5 : 0.5;
    if (base === other(lang)) return isMachineTranslatedTag(tag) ? 4.5 : 3.5;
    return 10;
  };
  return [...tags].sort((a, b) => rank(a) - rank(b));
}

/** The text to show for a UI language, with where it came from. */
export function pickText(value: LangString | undefined, lang: UiLang): PickedText | undefined {
  if (!value) return undefined;
  const tags = Object.keys(value).filter((t) => (value[t] ?? '').trim() !== '');
  for (const tag of tagsByPreference(tags, lang)) {
    const text = value[tag];
    if (text === undefined) continue;
    const base = baseLanguage(tag);
    return { text, tag, lang: base, machineTranslated: isMachineTranslatedTag(tag), fallback: base !== lang };
  }
  return undefined;
}

/** Keywords for a UI language, with the same preference as `pickText`. */
export function pickList(value: LangStrings | undefined, lang: UiLang): { items: string[]; tag: string; machineTranslated: boolean } | undefined {
  if (!value) return undefined;
  const tags = Object.keys(value).filter((t) => (value[t]?.length ?? 0) > 0);
  const tag = tagsByPreference(tags, lang)[0];
  if (tag === undefined) return undefined;
  return { items: value[tag] ?? [], tag, machineTranslated: isMachineTranslatedTag(tag) };
}

/** All texts of a language string written in `lang` (human or machine-translated). */
export function textsIn(value: LangString | undefined, lang: string): string[] {
  if (!value) return [];
  return Object.entries(value)
    .filter(([tag, text]) => baseLanguage(tag) === lang && text !== undefined && text.trim() !== '')
    .map(([, text]) => text as string);
}

/** Whether the text shown for `lang` would be a machine translation. */
export function isMachineTranslated(value: LangString | undefined, lang: UiLang): boolean {
  return pickText(value, lang)?.machineTranslated ?? false;
}

/** A bilingual label, as every vocabulary entry and facet value carries. */
export interface Label {
  en: string;
  fr: string;
}
