// Without a language in the request, a hit is shown in the language its text matched: the one
// whose text holds more of the query's terms (English on a tie).
import type { DatasetRecord } from '../../core/dataset.js';
import type { UiLang } from '../../core/langstring.js';
import { analyze } from '../analysis/analyze.js';
import { listsFor, textsFor } from '../document/texts.js';

function matchedTerms(record: DatasetRecord, lang: UiLang, terms: ReadonlySet<string>): number {
  if (terms.size === 0) return 0;
  const found = new Set<string>();
  const texts = [...textsFor(record.title, lang), ...listsFor(record.keywords, lang), ...textsFor(record.description, lang)];
  for (const text of texts) for (const term of analyze(text, lang)) if (terms.has(term)) found.add(term);
  return found.size;
}

export function matchedLanguage(record: DatasetRecord, terms: Record<UiLang, ReadonlySet<string>>): UiLang {
  const en = matchedTerms(record, 'en', terms.en);
  const fr = matchedTerms(record, 'fr', terms.fr);
  return fr > en ? 'fr' : 'en';
}
