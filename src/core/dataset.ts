// The common core every source maps onto.
import type { Label, LangString, LangStrings } from './langstring.js';

export const JURISDICTION_LEVELS = [
  'federal',
  'provincial',
  'territorial',
  'municipal',
  'regional',
  'indigenous',
  'international',
] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

export interface Jurisdiction {
  level: JurisdictionLevel;
  /** ISO 3166 country or subdivision code: `CA`, `CA-AB`, `CA-QC`. */
  code: string;
  /** The municipality or region's name, for municipal and regional records. */
  municipality?: string;
}

export interface Publisher {
  /** Stable id, e.g. the CKAN organization name, prefixed by nothing. */
  id: string;
  name: LangString;
}

export interface Provenance {
  sourceId: string;
  remoteId: string;
  /** The record's page on the remote portal. */
  landingPage?: string;
  /** ISO 8601 instant of the harvest that last wrote this record. */
  harvestedAt: string;
  /** The source's own last-modified stamp for the record (ISO 8601). */
  modifiedAtSource?: string;
  /** SHA-256 (hex) of the raw record with the mapping it was made with; equal hashes are not rewritten. */
  contentHash: string;
  /** Fingerprint of the mapping version and source settings the record was mapped with. */
  mappedWith?: string;
  /** The remote record as received, kept for reprocessing. */
  raw: unknown;
}

export interface LicenceRef {
  /** Vocabulary id (`OGL-Canada-2.0`, `CC-BY-4.0`...) when recognized. */
  id?: string;
  /** What the source said, when it was not recognized or for reference. */
  original?: string;
  url?: string;
}

export interface ContactPoint {
  name?: LangString;
  email?: string;
  url?: string;
}

export interface TemporalCoverage {
  start?: string;
  end?: string;
}

export interface SpatialCoverage {
  /** [west, south, east, north] in WGS 84 degrees. */
  bbox?: [number, number, number, number];
  /** Place names (`Canada`, `Alberta`). */
  places?: string[];
}

export type AccessRights = 'public' | 'restricted' | 'non-public';

export interface Distribution {
  id: string;
  title: LangString;
  description?: LangString;
  url: string;
  /** Normalized format code from `core/formats` (`CSV`, `JSON`...), or the source's text upper-cased. */
  format?: string;
  mediaType?: string;
  /** Bytes. */
  size?: number;
  /** ISO 639-1 codes. */
  languages: string[];
  /** `dataset`, `api`, `guide`, `web_app`... (open.canada.ca resource types). */
  resourceType?: string;
  modified?: string;
  /** Standards or schemas the file follows (`dct:conformsTo`): URLs or names as the source gives them. */
  conformsTo?: string[];
}

export interface DatasetRecord {
  /** `<sourceId>:<remoteId>`, hashed when too long (see `core/ids`). */
  id: string;
  provenance: Provenance;
  title: LangString;
  description: LangString;
  keywords: LangStrings;
  publisher?: Publisher;
  jurisdiction: Jurisdiction;
  /** Codes of the 19 Government of Canada subjects (`core/subjects`). */
  subjects: string[];
  licence?: LicenceRef;
  /** ISO 8601 duration (`P1M`) or `as_needed | continual | irregular | not_planned | unknown`. */
  frequency?: string;
  issued?: string;
  modified?: string;
  temporal?: TemporalCoverage;
  spatial?: SpatialCoverage;
  contactPoint?: ContactPoint;
  /** ISO 639-1 codes of the data's languages. */
  languages: string[];
  accessRights?: AccessRights;
  /** Standards the dataset follows (`dct:conformsTo`): URLs or names as the source gives them. */
  conformsTo?: string[];
  distributions: Distribution[];
}

/** A vocabulary entry: a code with bilingual labels. */
export interface VocabEntry {
  id: string;
  label: Label;
}
