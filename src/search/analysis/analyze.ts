// Text to index terms for one language: words, folded, stop words out, stemmed. Queries and
// records go through the same steps, so that what matches is the same on both sides.
import type { IndexedLang } from '../../store/index-document.js';
import { fold } from './fold.js';
import { stem } from './stem.js';
import { isStopWord } from './stopwords.js';
import { scanWords, tokenize, type Token } from './tokenize.js';

export interface AnalysedToken extends Token {
  /** The index term, or `undefined` for a stop word. */
  term: string | undefined;
}

// Word as written → term ('' for a stop word). Catalogues repeat the same words endlessly, so
// most words cost one map lookup. Bounded: the oldest entries go first.
const MAX_MEMO = 100_000;
const memo: Record<IndexedLang, Map<string, string>> = { en: new Map(), fr: new Map() };

/** The term of one word, or `undefined` when it is a stop word. */
export function termOf(word: string, lang: IndexedLang): string | undefined {
  const cache = memo[lang];
  let term = cache.get(word);
  if (term === undefined) {
    const folded = fold(word);
    term = isStopWord(folded, lang) ? '' : stem(folded, lang);
    if (cache.size >= MAX_MEMO) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(word, term);
  }
  return term === '' ? undefined : term;
}

/** The terms of a text, in order. */
export function analyze(text: string, lang: IndexedLang): string[] {
  const terms: string[] = [];
  scanWords(text, (start, end) => {
    const term = termOf(text.slice(start, end), lang);
    if (term !== undefined) terms.push(term);
  });
  return terms;
}

/** Every word of a text with its term, for highlighting. */
export function analyzeTokens(text: string, lang: IndexedLang): AnalysedToken[] {
  return tokenize(text).map((token) => ({ ...token, term: termOf(token.text, lang) }));
}
