// A passage of a description for a result: plain text (Markdown and HTML reduced), the passage
// with the most query terms, the matched words in <mark>…</mark> and everything else escaped.
import { descriptionToText } from '../../core/text.js';
import type { IndexedLang } from '../../store/index-document.js';
import { analyzeTokens, type AnalysedToken } from '../analysis/analyze.js';
import { escapeHtml } from './escape.js';

export const SNIPPET_LENGTH = 240;
// Context shown before the first match of a passage.
const LEAD = 60;
// Descriptions longer than this are cut before analysis: a snippet is a glimpse, not a search.
const MAX_ANALYSED = 20_000;

export function plainDescription(text: string): string {
  return descriptionToText(text).replace(/\s+/g, ' ').trim();
}

function bestWindow(tokens: AnalysedToken[], marked: boolean[], textLength: number, length: number): [number, number] {
  let bestStart = 0;
  let bestHits = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!marked[i]) continue;
    const start = Math.max(0, tokens[i]!.start - LEAD);
    let hits = 0;
    for (let j = i; j < tokens.length && tokens[j]!.end <= start + length; j++) if (marked[j]) hits++;
    if (hits > bestHits) {
      bestHits = hits;
      bestStart = start;
    }
  }
  // Start on a word, end on a word.
  let start = bestStart;
  if (start > 0) start = tokens.find((t) => t.start >= start)?.start ?? start;
  let end = Math.min(textLength, start + length);
  if (end < textLength) {
    const last = [...tokens].reverse().find((t) => t.end <= end && t.start >= start);
    if (last) end = last.end;
  }
  return [start, end];
}

/** The snippet of `text` for the query terms of `lang` (analysed terms). */
export function snippet(text: string, lang: IndexedLang, terms: ReadonlySet<string>, length = SNIPPET_LENGTH): string {
  const plain = plainDescription(text);
  const analysed = plain.length > MAX_ANALYSED ? plain.slice(0, MAX_ANALYSED) : plain;
  const tokens = analyzeTokens(analysed, lang);
  const marked = tokens.map((t) => t.term !== undefined && terms.has(t.term));
  const [start, end] = bestWindow(tokens, marked, plain.length, length);
  let out = start > 0 ? '…' : '';
  let at = start;
  tokens.forEach((token, i) => {
    if (!marked[i] || token.start < start || token.end > end) return;
    out += `${escapeHtml(plain.slice(at, token.start))}<mark>${escapeHtml(plain.slice(token.start, token.end))}</mark>`;
    at = token.end;
  });
  out += escapeHtml(plain.slice(at, end));
  if (end < plain.length) out += '…';
  return out;
}
