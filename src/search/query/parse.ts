// The query language people type: words (all must match), "phrases", -exclusions (also
// -"phrase"), and OR between two terms (uppercase; it binds tighter than the implicit AND).
// Leniency: an unclosed quote runs to the end, a `-` not followed by a term is ignored, an OR
// without a term on both sides is ignored, and so is an OR next to an exclusion.
import { QueryError } from '../types.js';

export type QueryTerm = { kind: 'word'; text: string } | { kind: 'phrase'; text: string };

export interface QueryAst {
  /** Every group must match; a group matches when any of its terms does. */
  required: QueryTerm[][];
  /** No record matching one of these is returned. */
  excluded: QueryTerm[];
}

type Lexeme = { kind: 'or' } | { kind: 'term'; term: QueryTerm; negated: boolean };

export const MAX_QUERY_LENGTH = 1000;
export const MAX_QUERY_TERMS = 32;

export function parseQuery(q: string): QueryAst {
  if (q.length > MAX_QUERY_LENGTH) {
    throw new QueryError(
      `q is too long (${q.length} characters, at most ${MAX_QUERY_LENGTH})`,
      'q',
      `q est trop long (${q.length} caractères, au plus ${MAX_QUERY_LENGTH})`,
    );
  }
  const ast: QueryAst = { required: [], excluded: [] };
  let lastWasPositive = false;
  let pendingOr = false;
  for (const lexeme of lex(q)) {
    if (lexeme.kind === 'or') {
      pendingOr = lastWasPositive;
      continue;
    }
    if (lexeme.negated) {
      ast.excluded.push(lexeme.term);
      lastWasPositive = false;
      pendingOr = false;
      continue;
    }
    const last = ast.required[ast.required.length - 1];
    if (pendingOr && last) last.push(lexeme.term);
    else ast.required.push([lexeme.term]);
    lastWasPositive = true;
    pendingOr = false;
  }
  const count = ast.required.reduce((n, g) => n + g.length, 0) + ast.excluded.length;
  if (count > MAX_QUERY_TERMS) {
    throw new QueryError(
      `q has too many terms (${count}, at most ${MAX_QUERY_TERMS})`,
      'q',
      `q a trop de termes (${count}, au plus ${MAX_QUERY_TERMS})`,
    );
  }
  return ast;
}

function* lex(q: string): Generator<Lexeme> {
  let i = 0;
  while (i < q.length) {
    const char = q[i]!;
    if (/\s/u.test(char)) {
      i++;
      continue;
    }
    let negated = false;
    if (char === '-') {
      negated = true;
      i++;
      if (i >= q.length || /\s/u.test(q[i]!)) continue; // a stray dash
    }
    if (q[i] === '"') {
      const close = q.indexOf('"', i + 1);
      const end = close === -1 ? q.length : close;
      const text = q.slice(i + 1, end);
      i = end + 1;
      if (text.trim() !== '') yield { kind: 'term', term: { kind: 'phrase', text }, negated };
      continue;
    }
    let end = i;
    while (end < q.length && !/\s/u.test(q[end]!) && q[end] !== '"') end++;
    const text = q.slice(i, end);
    i = end;
    if (text === 'OR' && !negated) yield { kind: 'or' };
    else yield { kind: 'term', term: { kind: 'word', text }, negated };
  }
}
