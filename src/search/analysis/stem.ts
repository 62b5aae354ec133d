// Snowball stemming, memoized: a catalogue repeats the same few thousand words endlessly, and
// the stemmers are the costliest step of analysis.
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import type { IndexedLang } from '../../store/index-document.js';

const STEMMERS: Record<IndexedLang, (word: string) => string> = { en: english, fr: french };
const MAX_CACHED = 50_000;
const caches: Record<IndexedLang, Map<string, string>> = { en: new Map(), fr: new Map() };

/** The stem of a folded word. Only Latin-letter words are stemmed: digits, codes and other
 * scripts are kept whole. */
export function stem(word: string, lang: IndexedLang): string {
  if (!/^[a-z]+$/.test(word)) return word;
  const cache = caches[lang];
  const known = cache.get(word);
  if (known !== undefined) return known;
  const stemmed = STEMMERS[lang](word) || word;
  if (cache.size >= MAX_CACHED) {
    // Evict the oldest entry (Map keeps insertion order): bounded memory, O(1).
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(word, stemmed);
  return stemmed;
}

export function stemCacheSize(lang: IndexedLang): number {
  return caches[lang].size;
}
