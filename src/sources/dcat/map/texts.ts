// Language-tagged literals as language strings. `"Titre"@fr-CA` is `fr`; a machine translation
// tagged the RFC 6497 way (`@fr-t-en`) keeps its transform; untagged text takes the source's
// primary language (`und` on a bilingual source). The machine-translation conventions (notice,
// placeholders) apply as for every kind.
import type { LangString, LangStrings } from '../../../core/langstring.js';
import { reconcileLangString, reconcileLangStrings } from '../../../core/machine-translation.js';
import { collapseWhitespace } from '../../../core/text.js';
import type { RawLiteral } from '../raw.js';

/** `fr-CA` → `fr`, `EN` → `en`, `fr-t-en` and `fr-CA-t-en-CA` → `fr-t-en`, none → `untaggedTag`. */
export function languageTag(language: string | undefined, untaggedTag: string): string {
  if (language === undefined || language.trim() === '') return untaggedTag;
  const lower = language.trim().toLowerCase();
  const [main = '', transform] = lower.split('-t-');
  const base = main.split('-')[0] ?? '';
  if (base === '') return untaggedTag;
  const source = transform?.split('-')[0];
  return source !== undefined && source !== '' ? `${base}-t-${source}` : base;
}

/** One text per language: the first of each (values come sorted), cleaned. */
export function langStringOf(literals: readonly RawLiteral[], untaggedTag: string, clean: (text: string) => string): LangString {
  const raw: LangString = {};
  for (const literal of literals) {
    const tag = languageTag(literal['@language'], untaggedTag);
    if (raw[tag] === undefined && literal['@value'].trim() !== '') raw[tag] = literal['@value'];
  }
  const out: LangString = {};
  const reconciled = reconcileLangString(raw);
  for (const tag of Object.keys(reconciled)) {
    const text = reconciled[tag];
    if (text === undefined) continue;
    const cleaned = clean(text);
    if (cleaned !== '') out[tag] = cleaned;
  }
  return out;
}

/** Keywords per language, whitespace cleaned, case-insensitive repeats removed. */
export function keywordListsOf(literals: readonly RawLiteral[], untaggedTag: string): LangStrings {
  const lists: LangStrings = {};
  for (const literal of literals) {
    const tag = languageTag(literal['@language'], untaggedTag);
    (lists[tag] ??= []).push(literal['@value']);
  }
  const reconciled = reconcileLangStrings(lists);
  const out: LangStrings = {};
  for (const tag of Object.keys(reconciled)) {
    const seen = new Set<string>();
    const kept: string[] = [];
    for (const item of reconciled[tag] ?? []) {
      const cleaned = collapseWhitespace(item);
      const key = cleaned.toLocaleLowerCase();
      if (cleaned === '' || seen.has(key)) continue;
      seen.add(key);
      kept.push(cleaned);
    }
    if (kept.length > 0) out[tag] = kept;
  }
  return out;
}

export function isEmpty(value: LangString): boolean {
  return Object.keys(value).length === 0;
}
