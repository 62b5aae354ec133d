// What the search layer makes of a record for indexing. The store cannot import `search`, so it
// is given a `DocumentBuilder` and keeps the index in step with every write.
import type { DatasetRecord } from '../core/dataset.js';
import type { Label } from '../core/langstring.js';

export const INDEXED_LANGS = ['en', 'fr'] as const;
export type IndexedLang = (typeof INDEXED_LANGS)[number];

export const INDEXED_FIELDS = ['title', 'keywords', 'description'] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];

/** Analysed terms of one language, space-separated, in text order (phrases rely on it). */
export type IndexedText = Record<IndexedField, string>;

export interface IndexedFacetValue {
  value: string;
  /** A label that only the record knows (publisher names, municipalities, keywords). */
  label?: Label;
  /** For values written in a language (keywords): `en`, `fr` or `und`. */
  lang?: string;
}

/** What search keeps in memory per record: facet values and sort keys. */
export interface IndexFacts {
  facets: Record<string, IndexedFacetValue[]>;
  /** Accent-folded, lower-cased titles for sorting in each UI language. */
  titleSort: Record<IndexedLang, string>;
  /** The titles as written, by the language whose searches find them (for completion). */
  titles?: Record<IndexedLang, string[]>;
  /** Epoch milliseconds of the record's modified date, when known. */
  modified?: number;
}

export interface IndexDocument extends IndexFacts {
  text: Record<IndexedLang, IndexedText>;
}

export type DocumentBuilder = (record: DatasetRecord) => IndexDocument;
