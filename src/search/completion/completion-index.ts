// Prefix completion over the titles and keywords of the datasets search shows, ranked by how many
// datasets use each phrase. Kept in memory beside the search columns and updated from the same
// change feed; each word start of a phrase is listed under its first two letters, so that a
// prefix scans one short list.
import type { StoredFacts } from '../../store/sqlite/facts-codec.js';
import { completionKey, phrasesOf, type CompletionLang, type Phrase } from './phrases.js';

export type { CompletionLang } from './phrases.js';

export const MAX_COMPLETIONS = 10;

export interface CompletionRequest {
  /** What has been typed: a word start matches, case and accents ignored. */
  q: string;
  lang: CompletionLang;
  /** 1 to 10 (default 10). */
  limit?: number;
}

export interface Completion {
  /** The phrase as a dataset writes it (a title's case is preferred to a keyword's). */
  text: string;
  /** Datasets using it. */
  count: number;
}

/** The first two characters of a word as one number (a one-letter word: its letter and a space). */
function bucketOf(key: string, offset: number): number {
  const second = offset + 1 < key.length ? key.charCodeAt(offset + 1) : 32;
  return key.charCodeAt(offset) * 0x10000 + second;
}

class LangCompletions {
  /** Phrase key → phrase, and each keyword's writing → phrase. */
  private readonly ids = new Map<string, number>();
  private readonly byKeyword = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly texts: string[] = [];
  private readonly fromTitle: boolean[] = [];
  private counts = new Int32Array(1024);
  /** First two letters of a word (`bucketOf`) → [phrase, offset of the word, phrase, offset, …]. */
  private readonly buckets = new Map<number, number[]>();
  /** The phrases each document counts for. */
  private readonly docs = new Map<number, number[]>();
  private seen = new Int32Array(1024);
  private stamp = 0;

  set(doc: number, phrases: readonly Phrase[]): void {
    for (const id of this.docs.get(doc) ?? []) this.counts[id]!--;
    const ids: number[] = [];
    for (const phrase of phrases) {
      const id = this.intern(phrase);
      if (id < 0 || ids.includes(id)) continue;
      ids.push(id);
      this.counts[id]!++;
    }
    if (ids.length > 0) this.docs.set(doc, ids);
    else this.docs.delete(doc);
  }

  complete(prefix: string, limit: number): Completion[] {
    const stamp = ++this.stamp;
    const top: number[] = [];
    const scan = (list: readonly number[]) => {
      for (let i = 0; i < list.length; i += 2) {
        const id = list[i]!;
        if (this.seen[id] === stamp || this.counts[id]! <= 0 || !this.keys[id]!.startsWith(prefix, list[i + 1])) continue;
        this.seen[id] = stamp;
        if (top.length === limit && !this.before(id, top[limit - 1]!, prefix)) continue;
        let at = top.length === limit ? limit - 1 : top.length;
        while (at > 0 && this.before(id, top[at - 1]!, prefix)) {
          top[at] = top[at - 1]!;
          at--;
        }
        top[at] = id;
      }
    };
    if (prefix.length >= 2) scan(this.buckets.get(bucketOf(prefix, 0)) ?? []);
    else {
      // One letter: every bucket of words starting with it.
      const first = prefix.charCodeAt(0);
      for (const [bucket, list] of this.buckets) if (Math.floor(bucket / 0x10000) === first) scan(list);
    }
    return top.map((id) => ({ text: this.texts[id]!, count: this.counts[id]! }));
  }

  /** More datasets first; then a phrase that starts with the prefix, the shorter, then by key. */
  private before(a: number, b: number, prefix: string): boolean {
    const ca = this.counts[a]!;
    const cb = this.counts[b]!;
    if (ca !== cb) return ca > cb;
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    const sa = ka.startsWith(prefix);
    if (sa !== kb.startsWith(prefix)) return sa;
    if (ka.length !== kb.length) return ka.length < kb.length;
    return ka < kb;
  }

  private intern({ text, title }: Phrase): number {
    // The same keyword recurs across thousands of datasets: its writing finds its phrase directly
    // (titles, nearly all distinct, are not worth remembering so).
    let id = title ? undefined : this.byKeyword.get(text);
    if (id === undefined) {
      const key = completionKey(text);
      if (key === '') return -1;
      id = this.ids.get(key) ?? this.add(key, text, title);
      if (!title) this.byKeyword.set(text, id);
    }
    // A phrase no dataset used any more takes the writing of the one that uses it again.
    if (this.counts[id] === 0 || (title && !this.fromTitle[id])) {
      this.texts[id] = text;
      this.fromTitle[id] = title;
    }
    return id;
  }

  /** A new phrase, listed under each of its word starts. */
  private add(key: string, text: string, title: boolean): number {
    const id = this.keys.length;
    this.ids.set(key, id);
    this.keys.push(key);
    this.texts.push(text);
    this.fromTitle.push(title);
    if (id >= this.counts.length) {
      const counts = new Int32Array(this.counts.length * 2);
      counts.set(this.counts);
      this.counts = counts;
      this.seen = new Int32Array(counts.length);
      this.stamp = 0;
    }
    for (let offset = 0; offset < key.length; offset = key.indexOf(' ', offset) + 1 || key.length) {
      const bucket = bucketOf(key, offset);
      let list = this.buckets.get(bucket);
      if (!list) this.buckets.set(bucket, (list = []));
      list.push(id, offset);
    }
    return id;
  }
}

export class CompletionIndex {
  private readonly langs: Record<CompletionLang, LangCompletions> = { en: new LangCompletions(), fr: new LangCompletions() };

  /** A document's new state: the facts of a record search shows, or undefined (withdrawn, or a
   * copy another source's record stands for). */
  apply(doc: number, facts: StoredFacts | undefined): void {
    for (const lang of ['en', 'fr'] as const) this.langs[lang].set(doc, facts ? phrasesOf(facts, lang) : []);
  }

  /** At most `limit` phrases of `lang` with a word starting with `prefix` (case and accents ignored). */
  complete(prefix: string, lang: CompletionLang, limit = MAX_COMPLETIONS): Completion[] {
    const key = completionKey(prefix);
    if (key === '' || limit <= 0) return [];
    return this.langs[lang].complete(key, Math.min(limit, MAX_COMPLETIONS));
  }
}
