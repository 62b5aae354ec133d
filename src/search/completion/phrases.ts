// The phrases a record offers to completion in each search language: its titles and keywords as
// written (keywords of no known language go to both).
import type { StoredFacts } from '../../store/sqlite/facts-codec.js';
import { fold } from '../analysis/fold.js';

export type CompletionLang = 'en' | 'fr';

export interface Phrase {
  text: string;
  title: boolean;
}

/** The form phrases and prefixes are compared in: folded, other characters made single spaces. */
export function completionKey(text: string): string {
  const folded = fold(text);
  // Most phrases are ASCII once folded: a plain character class is several times faster.
  const separators = /[^\u0000-\u007f]/.test(folded) ? /[^\p{L}\p{N}]+/gu : /[^a-z0-9]+/g;
  return folded.replace(separators, ' ').trim();
}

export function phrasesOf(facts: StoredFacts, lang: CompletionLang): Phrase[] {
  const phrases: Phrase[] = (facts.titles?.[lang] ?? []).map((text) => ({ text, title: true }));
  const keywords = facts.facets.keyword ?? [];
  const langs = facts.langs.keyword ?? '';
  const labels = facts.labels.keyword;
  const letter = lang === 'en' ? 'e' : 'f';
  keywords.forEach((value, i) => {
    const l = langs[i];
    if (l === letter || l === 'u' || l === '-' || l === undefined) phrases.push({ text: labels?.[value]?.[0] ?? value, title: false });
  });
  return phrases;
}
