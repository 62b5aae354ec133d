// The search contract the faces (API, CLI, web) use.
import type { JurisdictionLevel } from '../core/dataset.js';
import type { Label, UiLang } from '../core/langstring.js';

export const FILTER_KEYS = [
  'jurisdictionLevel',
  'jurisdiction',
  'publisher',
  'source',
  'format',
  'licence',
  'open',
  'subject',
  'keyword',
  'language',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORTS = ['relevance', 'modified', 'title'] as const;
export type SortOrder = (typeof SORTS)[number];

export interface SearchRequest {
  /** Query text: words (all must match), "phrases", -exclusions, OR. Empty = everything. */
  q?: string;
  /** Values within a key are alternatives (OR); keys combine with AND. */
  filters?: Partial<Record<FilterKey, string[]>>;
  /** Inclusive ISO 8601 date bounds on the record's modified date. */
  modifiedFrom?: string;
  modifiedTo?: string;
  /** Language of the query and of the texts returned. Without it, the query is analysed in both. */
  lang?: UiLang;
  sort?: SortOrder;
  /** 1-based. */
  page?: number;
  /** At most 100. */
  size?: number;
}

export interface FacetValue {
  value: string;
  label: Label;
  count: number;
}

export interface HitText {
  text: string;
  /** Language tag the text came from (`fr`, `fr-t-en`...). */
  tag: string;
  machineTranslated: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  title: HitText;
  /** A passage of the description with matches wrapped in `<mark>…</mark>`; the rest is HTML-escaped. */
  snippet: HitText;
  /** True when the text that matched the query (or is shown) is a machine translation. */
  machineTranslated: boolean;
  publisher?: { id: string; label: Label };
  jurisdiction: { level: JurisdictionLevel; code: string; municipality?: string; label: Label };
  source: string;
  licence?: { id: string; label: Label; open: boolean };
  formats: string[];
  subjects: string[];
  modified?: string;
  landingPage?: string;
}

export interface SearchResponse {
  total: number;
  page: number;
  size: number;
  results: SearchHit[];
  facets: Record<string, FacetValue[]>;
}

/** A query the parser could not accept; `field` names the request parameter. `messageFr` is the
 * French text of `message`, shown to French users. */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly messageFr?: string,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}
