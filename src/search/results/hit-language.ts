// Without a language in the request, a hit is shown in the language its text matched: the one
// whose text holds more of the query's terms (English on a tie). Texts are read title first and
// the reading stops once every term is found, which is most often in the title.
import type { DatasetRecord } from '../../core/dataset.js';
import type { UiLang } from '../../core/langstring.js';
import { analyze } from '../analysis/analyze.js';
import { listsFor, textsFor } from '../document/texts.js';

function matchedTerms(record: DatasetRecord, lang: UiLang, terms: ReadonlySet<string>): number {
  if (terms.size === 0) return 0;
  const found = new Set<string>();
  const groups = [textsFor(record.title, lang), listsFor(record.keywords, lang), textsFor(record.description, lang)];
  for (const texts of groups) {
    for (const text of texts) for (const term of analyze(text, lang)) if (terms.has(term)) found.add(term);
    if (found.size === terms.size) break;
  }
  return found.size;
}

export function matchedLanguage(record: DatasetRecord, terms: Record<UiLang, ReadonlySet<string>>): UiLang {
  const en = matchedTerms(record, 'en', terms.en);
  if (en > 0 && en === terms.en.size) return 'en';
  const fr = matchedTerms(record, 'fr', terms.fr);
  return fr > en ? 'fr' : 'en';
}
