// A parsed query made into FTS5 expressions over the analysed columns of each language: the
// query is analysed like the records (folded, stemmed, stop words out), a word that analyses to
// several terms (`covid-19`, `Île-du-Prince-Édouard`) becomes a phrase.
import { INDEXED_FIELDS, type IndexedLang } from '../../store/index-document.js';
import { textColumn } from '../../store/sqlite/search-port.js';
import { analyze } from '../analysis/analyze.js';
import { QueryError } from '../types.js';
import type { QueryAst, QueryTerm } from './parse.js';

export interface LanguageQuery {
  /** FTS5 expression of what must match (with the exclusions), or undefined when nothing is searched. */
  match?: string;
  /** FTS5 expression of the exclusions alone. */
  excluded?: string;
  /** Terms to highlight. */
  terms: ReadonlySet<string>;
}

export type CompiledQuery =
  | { kind: 'all' }
  /** Only exclusions: everything except what `excluded` matches. */
  | { kind: 'exclude'; excluded: string; perLang: Partial<Record<IndexedLang, LanguageQuery>> }
  | { kind: 'match'; match: string; perLang: Partial<Record<IndexedLang, LanguageQuery>> };

function ftsTerm(terms: string[]): string {
  // Terms hold only letters and digits; quoting keeps FTS5 from reading them as operators.
  return `"${terms.join(' ')}"`;
}

function compileTerm(term: QueryTerm, lang: IndexedLang, highlight: Set<string>): string | undefined {
  const terms = analyze(term.text, lang);
  if (terms.length === 0) return undefined;
  for (const t of terms) highlight.add(t);
  return ftsTerm(terms);
}

function columns(lang: IndexedLang): string {
  return `{${INDEXED_FIELDS.map((f) => textColumn(lang, f)).join(' ')}}`;
}

function compileLanguage(ast: QueryAst, lang: IndexedLang): LanguageQuery {
  const terms = new Set<string>();
  const groups: string[] = [];
  for (const group of ast.required) {
    const alternatives = group.map((t) => compileTerm(t, lang, terms)).filter((t): t is string => t !== undefined);
    if (alternatives.length === 1) groups.push(alternatives[0]!);
    else if (alternatives.length > 1) groups.push(`(${alternatives.join(' OR ')})`);
  }
  const ignored = new Set<string>();
  const excludedTerms = ast.excluded.map((t) => compileTerm(t, lang, ignored)).filter((t): t is string => t !== undefined);
  const excluded = excludedTerms.length > 0 ? `${columns(lang)} : (${excludedTerms.join(' OR ')})` : undefined;
  if (groups.length === 0) return { terms, ...(excluded ? { excluded } : {}) };
  const positive = `${columns(lang)} : (${groups.join(' AND ')})`;
  return { terms, match: excluded ? `(${positive} NOT ${excluded})` : positive, ...(excluded ? { excluded } : {}) };
}

/** Compiles for the given languages: a record matches when it matches in any of them. */
export function compileQuery(ast: QueryAst, langs: readonly IndexedLang[]): CompiledQuery {
  if (ast.required.length === 0 && ast.excluded.length === 0) return { kind: 'all' };
  const perLang: Partial<Record<IndexedLang, LanguageQuery>> = {};
  for (const lang of langs) perLang[lang] = compileLanguage(ast, lang);
  const queries = Object.values(perLang);
  const matches = queries.map((q) => q.match).filter((m): m is string => m !== undefined);
  if (matches.length > 0) return { kind: 'match', match: matches.map((m) => `(${m})`).join(' OR '), perLang };
  const excluded = queries.map((q) => q.excluded).filter((m): m is string => m !== undefined);
  if (excluded.length > 0) return { kind: 'exclude', excluded: excluded.join(' OR '), perLang };
  const words = [...ast.required.flat(), ...ast.excluded].map((t) => t.text);
  if (words.some((w) => /[\p{L}\p{N}]/u.test(w))) {
    throw new QueryError(
      `q has only common words that are not searched (${words.join(' ')}); add a more specific word`,
      'q',
      `q ne contient que des mots courants qui ne sont pas cherchés (${words.join(' ')}); ajoutez un mot plus précis`,
    );
  }
  // Only punctuation: nothing to search for, so nothing narrows the catalogue.
  return { kind: 'all' };
}
