// Text to index terms for one language: words, folded, stop words out, stemmed. Queries and
// records go through the same steps, so that what matches is the same on both sides.
import type { IndexedLang } from '../../store/index-document.js';
import { fold } from './fold.js';
import { stem } from './stem.js';
import { isStopWord } from './stopwords.js';
import { tokenize, type Token } from './tokenize.js';

export interface AnalysedToken extends Token {
  /** The index term, or `undefined` for a stop word. */
  term: string | undefined;
}

/** The term of one word, or `undefined` when it is a stop word. */
export function termOf(word: string, lang: IndexedLang): string | undefined {
  const folded = fold(word);
  if (isStopWord(folded, lang)) return undefined;
  return stem(folded, lang);
}

/** The terms of a text, in order. */
export function analyze(text: string, lang: IndexedLang): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = termOf(token.text, lang);
    if (term !== undefined) terms.push(term);
  }
  return terms;
}

/** Every word of a text with its term, for highlighting. */
export function analyzeTokens(text: string, lang: IndexedLang): AnalysedToken[] {
  return tokenize(text).map((token) => ({ ...token, term: termOf(token.text, lang) }));
}
