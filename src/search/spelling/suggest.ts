// "Did you mean …?": a query word the index does not know is replaced by the nearest known term
// (edit distance 1 or 2 by length, then the most frequent), shown as a word the catalogue uses.
import type { IndexedLang } from '../../store/index-document.js';
import { analyze } from '../analysis/analyze.js';
import { fold } from '../analysis/fold.js';
import { parseQuery } from '../query/parse.js';
import { editDistance } from './edit-distance.js';

/** What suggestions read from the index. */
export interface TermDictionary {
  /** The terms of `lang` that begin with `initial` (one character), with their document counts. */
  termsStartingWith(initial: string, lang: IndexedLang): ReadonlyMap<string, number>;
  /** A word as the catalogue writes it whose term is `term`, when one is found. */
  surfaceForm(term: string, lang: IndexedLang): string | undefined;
}

export interface Correction {
  /** The word as typed. */
  word: string;
  /** The word suggested instead. */
  suggestion: string;
}

export interface QueryCorrection {
  /** The query with every correction applied. */
  q: string;
  corrections: Correction[];
}

/** A corrected query that finds datasets, with how many. */
export interface SpellingSuggestion extends QueryCorrection {
  total: number;
}

/** Shorter terms tolerate fewer edits: two edits to a four-letter word make another word. */
export function maxEdits(length: number): number {
  return length < 3 ? 0 : length <= 4 ? 1 : 2;
}

interface Candidate {
  term: string;
  distance: number;
  docs: number;
}

// A misspelt word stems badly ("faclities" keeps an ending "facilities" loses): its beginning is
// compared too, the rest taken for an ending of at most this many letters, at the cost of one edit.
const MAX_ENDING = 4;

function beginningDistance(word: string, known: string, max: number): number {
  let best = max + 1;
  for (let cut = 1; cut <= MAX_ENDING && word.length - cut >= 3; cut++) {
    const beginning = word.slice(0, word.length - cut);
    if (Math.abs(beginning.length - known.length) >= max) continue;
    best = Math.min(best, editDistance(beginning, known, max - 1) + 1);
  }
  return best;
}

/** The known term nearest to `term` (fewest edits, then most documents, then alphabetical);
 * `word` is the word as typed, folded, whose beginning may be nearer a known term than its stem is. */
export function nearestTerm(term: string, terms: ReadonlyMap<string, number>, word = term): Candidate | undefined {
  const max = maxEdits(term.length);
  let best: Candidate | undefined;
  for (const [known, docs] of terms) {
    if (docs <= 0 || known === term) continue;
    let distance = Math.abs(known.length - term.length) <= max ? editDistance(term, known, max) : max + 1;
    if (distance > 1 && max > 1) distance = Math.min(distance, beginningDistance(word, known, max));
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && (docs > best.docs || (docs === best.docs && known < best.term)))) {
      best = { term: known, distance, docs };
    }
  }
  return best;
}

function correctWord(word: string, langs: readonly IndexedLang[], dictionary: TermDictionary): string | undefined {
  // Digits are codes and years, not misspellings.
  if (/\d/.test(word)) return undefined;
  let best: (Candidate & { lang: IndexedLang }) | undefined;
  for (const lang of langs) {
    const terms = analyze(word, lang);
    // A stop word, or a word of several terms (covid-19), is left as typed.
    if (terms.length !== 1) return undefined;
    const term = terms[0]!;
    const known = dictionary.termsStartingWith(String.fromCodePoint(term.codePointAt(0)!), lang);
    if ((known.get(term) ?? 0) > 0) return undefined;
    // Only terms with the same first letter are compared: slips rarely fall on the first letter,
    // and one letter's range of the dictionary is read instead of all of it.
    const found = nearestTerm(term, known, fold(word).replace(/[^\p{L}\p{N}]/gu, ''));
    if (found && (!best || found.distance < best.distance || (found.distance === best.distance && found.docs > best.docs))) best = { ...found, lang };
  }
  if (!best) return undefined;
  return dictionary.surfaceForm(best.term, best.lang) ?? best.term;
}

function replaceWord(q: string, word: string, replacement: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return q.replace(new RegExp(`(^|\\s)${escaped}(?=\\s|$)`, 'u'), (_, space: string) => `${space}${replacement}`);
}

/** The query with its unknown words corrected, or undefined when no word needs (or has) a correction.
 * Words to find are corrected; phrases and exclusions are kept as typed. */
export function correctQuery(q: string, langs: readonly IndexedLang[], dictionary: TermDictionary): QueryCorrection | undefined {
  const ast = parseQuery(q);
  const corrections: Correction[] = [];
  let corrected = q;
  const seen = new Set<string>();
  for (const term of ast.required.flat()) {
    if (term.kind !== 'word' || seen.has(term.text)) continue;
    seen.add(term.text);
    const suggestion = correctWord(term.text, langs, dictionary);
    if (suggestion === undefined || fold(suggestion) === fold(term.text)) continue;
    corrections.push({ word: term.text, suggestion });
    corrected = replaceWord(corrected, term.text, suggestion);
  }
  return corrections.length > 0 ? { q: corrected, corrections } : undefined;
}
