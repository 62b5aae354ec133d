// The full-text index's terms for spelling suggestions, read a first letter at a time and kept
// until the index changes.
import type { IndexedLang } from '../../store/index-document.js';
import { INDEXED_FIELDS } from '../../store/index-document.js';
import { textColumn, type SqliteSearchPort } from '../../store/sqlite/search-port.js';
import { analyzeTokens } from '../analysis/analyze.js';
import { listsFor, textsFor } from '../document/texts.js';
import { Lru } from '../engine/lru.js';
import type { TermDictionary } from './suggest.js';

const columnsOf = (lang: IndexedLang): string[] => INDEXED_FIELDS.map((field) => textColumn(lang, field));

export class IndexTermDictionary implements TermDictionary {
  // About 40 letters per language cover every Latin-script dictionary range.
  private readonly ranges = new Lru<string, ReadonlyMap<string, number>>(80);

  constructor(private readonly port: SqliteSearchPort) {}

  /** Forgets what was read: the index changed. */
  clear(): void {
    this.ranges.clear();
  }

  termsStartingWith(initial: string, lang: IndexedLang): ReadonlyMap<string, number> {
    const key = `${lang}:${initial}`;
    let terms = this.ranges.get(key);
    if (!terms) {
      const next = String.fromCodePoint(initial.codePointAt(0)! + 1);
      terms = this.port.vocabulary(initial, next, columnsOf(lang));
      this.ranges.set(key, terms);
    }
    return terms;
  }

  surfaceForm(term: string, lang: IndexedLang): string | undefined {
    const doc = this.port.firstMatch(`{${columnsOf(lang).join(' ')}} : "${term.replace(/"/g, '""')}"`);
    if (doc === undefined) return undefined;
    const record = this.port.records([doc]).get(doc);
    if (!record) return undefined;
    const texts = [...textsFor(record.title, lang), ...listsFor(record.keywords, lang), ...textsFor(record.description, lang)];
    for (const text of texts) {
      const token = analyzeTokens(text, lang).find((t) => t.term === term);
      if (token) return token.text.toLocaleLowerCase(lang);
    }
    return undefined;
  }
}
