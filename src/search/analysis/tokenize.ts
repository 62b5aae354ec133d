// Words of any script (letters, digits and their combining marks), with their place in the
// text for highlighting. Elided articles and pronouns (`l'eau`, `d'accidents`, `qu'il`) and
// the English possessive (`Canada's`) are not words of their own.
//
// A hand-written scanner rather than a Unicode regex: analysis runs over every text of every
// record harvested, and this is several times faster on the mostly-ASCII text of catalogues.

export interface Token {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc, 0x2018, 0x60, 0xb4]);
// French elisions: the letter(s) before the apostrophe stand for a whole stop word.
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
/** Longer "words" are identifiers or garbage, not something anyone types. */
export const MAX_WORD_LENGTH = 64;

// ASCII letters and digits, by code.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Length in UTF-16 units of the word character at `i`, or 0 when it is not one. */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code]!;
  const point = text.codePointAt(i)!;
  const char = String.fromCodePoint(point);
  return WORD_CHAR.test(char) ? char.length : 0;
}

function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Calls `word(start, end)` for every word of the text, in order. */
export function scanWords(text: string, word: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = i < length ? wordCharLength(text, i) : 0;
    }
    const end = i;
    if (end - start > MAX_WORD_LENGTH) continue;
    const after = text.charCodeAt(end);
    if (APOSTROPHES.has(after) && end - start <= 6 && isLetterAt(text, end + 1) && ELIDED.has(text.slice(start, end).toLowerCase())) continue;
    if (end - start === 1 && APOSTROPHES.has(text.charCodeAt(start - 1)) && isLetterAt(text, start - 2) && (text[start] === 's' || text[start] === 'S')) continue;
    word(start, end);
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end) => tokens.push({ text: text.slice(start, end), start, end }));
  return tokens;
}
