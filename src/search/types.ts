// The search contract the faces (API, CLI, web) use.
import type { JurisdictionLevel } from '../core/dataset.js';
import type { Label, UiLang } from '../core/langstring.js';

/** Filter and facet keys. Values:
 * - `jurisdictionLevel`: `federal`, `provincial`, `territorial`, `municipal`, `regional`, `indigenous`, `international`.
 * - `jurisdiction`: the ISO code (`CA`, `CA-QC`) and, for records of a municipality or region, also
 *   `<code>/<place>` (`CA-QC/Laval`): a record of Laval carries both, so `CA-QC` selects Quebec
 *   and its cities, `CA-QC/Laval` Laval alone.
 * - `publisher`: publisher id; `source`: source id; `format`: format id (`CSV`); `licence`: licence id
 *   (`OGL-Canada-2.0`); `subject`: subject id; `language`: ISO 639-1 code of the data.
 * - `open`: `true` when the licence is known and open, else `false` (unknown licences are not shown open).
 * - `keyword`: a keyword, compared case-insensitively; with `lang`, the facet lists keywords of that language. */
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
  /** Query text: words (all must match), "phrases", -exclusions (also -"phrase"), OR between
   * two terms (uppercase; binds tighter than the implicit AND). Words are matched by stem, accents
   * and case ignored. Empty or punctuation only = everything; exclusions only = everything but
   * them; only stop words ("the", "de la") = QueryError on `q`. An unclosed quote runs to the end;
   * a stray `-` or `OR` is ignored. */
  q?: string;
  /** Values within a key are alternatives (OR); keys combine with AND. */
  filters?: Partial<Record<FilterKey, string[]>>;
  /** Inclusive ISO 8601 date bounds on the record's modified date (a bare `modifiedTo` date
   * includes that whole day). Undated records are left out when either bound is set. */
  modifiedFrom?: string;
  modifiedTo?: string;
  /** Language of the query and of the texts returned. Without it, the query is analysed in both. */
  lang?: UiLang;
  /** `relevance` (default: BM25 with title and keyword boosts; newest first without words),
   * `modified` (newest first, undated last) or `title` (in the UI language, accents ignored). */
  sort?: SortOrder;
  /** 1-based; pages stop at the first 10,000 results. */
  page?: number;
  /** 0 to 100 (default 20); 0 gives counts and facets only. */
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

/** Another source's copy of a hit's dataset. */
export interface OtherCopy {
  /** Its dataset id (`GET /api/v1/datasets/{id}`). */
  id: string;
  source: string;
  sourceLabel: Label;
  /** Its page on that source's portal. */
  landingPage?: string;
}

export interface SearchHit {
  id: string;
  /** BM25 relevance (higher is better) when sorted by relevance with words to match; otherwise 0. */
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
  /** The same dataset harvested from other sources, the preferred copy first (empty when no
   * other source holds it). A search shows one copy of each dataset: the preferred one when it
   * matches the query and filters, else the next preferred that does. */
  alsoAvailableFrom: OtherCopy[];
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
