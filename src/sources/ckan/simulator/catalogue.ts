// What a simulated CKAN portal serves: a catalogue of packages that can be counted, read by
// position or id, listed in CKAN's sort orders and filters, and changed by tests.
import type { CkanOrganization, CkanPackage, JsonObject } from './ckan-types.js';

export const SORT_FIELDS = ['id', 'metadata_modified', 'name'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface SortSpec {
  field: SortField;
  direction: 'asc' | 'desc';
}

/** `field:value` in `fq` (Solr syntax); `negate` for `-field:value`. `*` matches any value.
 * `field:(a OR b)` gives `anyOf`, which then stands for `value`. */
export interface FieldClause {
  field: string;
  value: string;
  negate: boolean;
  anyOf?: readonly string[];
}

export interface PackageFilter {
  /** Inclusive bounds on `metadata_modified`, in epoch milliseconds. */
  modifiedFrom?: number;
  modifiedTo?: number;
  clauses: FieldClause[];
}

export interface Selection {
  total: number;
  /** The packages at positions `start .. start + rows - 1` of the selection. */
  slice(start: number, rows: number): CkanPackage[];
  /** The same packages as JSON, each serialized as soon as it is made: a page of 1,000 generated
   * packages then never sits in memory as objects (which made garbage collection the cost). */
  sliceJson(start: number, rows: number): string[];
  /** The same JSON as UTF-8 bytes, from the catalogue's response cache when it keeps one. */
  sliceBytes(start: number, rows: number): Buffer[];
  /** Only the given top-level fields of each package, as JSON bytes (CKAN's `fl`). */
  sliceFields(start: number, rows: number, fields: readonly string[]): Buffer[];
}

export interface Catalogue {
  /** Changes with every mutation, so that cached listings can tell they are stale. */
  readonly version: number;
  /** Number of live packages. */
  count(): number;
  /** The live package at a position of the catalogue's own order (creation order). */
  at(position: number): CkanPackage | undefined;
  /** By id or by name, as `package_show` finds them. */
  get(idOrName: string): CkanPackage | undefined;
  /** Names of all live packages, sorted, as `package_list` gives them. */
  names(): string[];
  organizations(): CkanOrganization[];
  select(filter: PackageFilter, sort: SortSpec): Selection;

  /** Removes a package; false when there is none with that id or name. */
  remove(idOrName: string): boolean;
  /** Changes a package and its `metadata_modified`: with `patch`, those top-level fields;
   * without, its description gains a revision note. Undefined when there is no such package. */
  update(idOrName: string, patch?: JsonObject): CkanPackage | undefined;
  /** Adds a package (a generated catalogue makes one up when none is given). */
  add(pkg?: CkanPackage): CkanPackage;
}

export const NO_FILTER: PackageFilter = { clauses: [] };
