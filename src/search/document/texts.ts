// Which texts of a record go to which language's columns: its human and machine-translated
// versions (`fr` and `fr-t-en` to French), and text of unknown or other languages to both.
import { baseLanguage, type LangString, type LangStrings } from '../../core/langstring.js';
import { INDEXED_LANGS, type IndexedLang } from '../../store/index-document.js';

function belongsTo(tag: string, lang: IndexedLang): boolean {
  const base = baseLanguage(tag);
  return base === lang || !(INDEXED_LANGS as readonly string[]).includes(base);
}

export function textsFor(value: LangString | undefined, lang: IndexedLang): string[] {
  if (!value) return [];
  const texts: string[] = [];
  for (const [tag, text] of Object.entries(value)) {
    if (text !== undefined && text.trim() !== '' && belongsTo(tag, lang)) texts.push(text);
  }
  return texts;
}

export function listsFor(value: LangStrings | undefined, lang: IndexedLang): string[] {
  if (!value) return [];
  const items: string[] = [];
  for (const [tag, list] of Object.entries(value)) {
    if (list && belongsTo(tag, lang)) items.push(...list);
  }
  return items;
}
