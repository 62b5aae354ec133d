// Stop words are kept out of the index and of queries: they match nearly every record, cost the
// most to score, and mean nothing alone.
import { stopwords as english } from '@orama/stopwords/english';
import { stopwords as french } from '@orama/stopwords/french';
import type { IndexedLang } from '../../store/index-document.js';
import { fold } from './fold.js';

// The list has no "a"; elided forms with an apostrophe never reach it (the tokenizer splits them).
const EXTRA: Record<IndexedLang, string[]> = { en: ['a'], fr: ['jusqu', 'lorsqu', 'puisqu', 'quoiqu'] };

function folded(words: readonly string[], extra: string[]): ReadonlySet<string> {
  return new Set([...words, ...extra].map((w) => fold(w.trim())).filter((w) => w !== '' && !/['’]/.test(w)));
}

export const STOP_WORDS: Record<IndexedLang, ReadonlySet<string>> = {
  en: folded(english, EXTRA.en),
  fr: folded(french, EXTRA.fr),
};

/** Whether a folded word is a stop word of the language. */
export function isStopWord(word: string, lang: IndexedLang): boolean {
  return STOP_WORDS[lang].has(word);
}
