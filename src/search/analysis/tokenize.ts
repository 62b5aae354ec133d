// Words of any script (letters, digits and their combining marks), with their place in the
// text for highlighting. Elided articles and pronouns (`l'eau`, `d'accidents`, `qu'il`) and
// the English possessive (`Canada's`) are not words of their own.

export interface Token {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘', '`', '´']);
// French elisions: the letter(s) before the apostrophe stand for a whole stop word.
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
/** Longer "words" are identifiers or garbage, not something anyone types. */
export const MAX_WORD_LENGTH = 64;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (word.length > MAX_WORD_LENGTH) continue;
    const before = text[start - 1];
    const after = text[end];
    if (after !== undefined && APOSTROPHES.has(after) && isLetter(text[end + 1]) && ELIDED.has(word.toLowerCase())) continue;
    if (before !== undefined && APOSTROPHES.has(before) && isLetter(text[start - 2]) && word.toLowerCase() === 's') continue;
    tokens.push({ text: word, start, end });
  }
  return tokens;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}
