// What a jurisdiction's mapping file says, once read and checked: how its own CSV becomes rows of
// a standard.
import type { JurisdictionLevel } from '../../core/dataset.js';

export interface MappingJurisdiction {
  /** Written in the merged table's `jurisdiction` column: `CA-ON-toronto`, `CA-QC`. */
  code: string;
  level: JurisdictionLevel;
  name: { en: string; fr: string };
}

export interface NumberFormat {
  /** Decimal mark, `.` by default. */
  decimal: string;
  /** Thousands separator, none by default; a space also stands for no-break spaces. */
  group: string;
  /** False: text around the number (`$`, `%`, ` CAD`) is dropped, as Table Schema's bareNumber. */
  bare: boolean;
  /** Unit conversion (square feet to square metres: 0.09290304), then rounding to `decimals`. */
  multiply?: number;
  decimals?: number;
}

/** Where one standard field's value comes from and how it is reshaped, in this order: source,
 * ifEmpty, trim, extract, case, codes, then one of date, number, point. */
export interface ColumnRule {
  source: { column: string } | { concat: string[]; separator: string } | { value: string };
  /** Written as `field: COLUMN`: messages then name the key `columns.field`. */
  shorthand?: true;
  /** Written when the source is blank. */
  ifEmpty?: string;
  trim: boolean;
  /** Regular expression: its first group (or whole match) is kept. */
  extract?: RegExp;
  case?: 'upper' | 'lower';
  /** Source value → standard code. */
  codes?: Map<string, string>;
  /** Written for a value the codes do not list (else it is reported and written as given). */
  default?: string;
  /** `iso` or a pattern such as `DD/MM/YYYY HH:mm`. */
  date?: string;
  number?: NumberFormat;
  /** From a WKT `POINT(x y)` cell: its latitude, longitude, or a Table Schema geopoint. */
  point?: 'lat' | 'lon' | 'geopoint';
}

export interface Mapping {
  /** The mapping file's name, for messages. */
  file: string;
  /** The mapping file's path, or empty when given as text. */
  path: string;
  standard: string;
  jurisdiction: MappingJurisdiction;
  /** Absolute path or http(s) URL. */
  source: string;
  /** Declared, else detected from the file's start as the validator does (UTF-8 with or without a BOM, else Windows-1252). */
  encoding?: 'utf-8' | 'windows-1252';
  /** Declared, else detected from the file's first lines (`,` `;` tab `|`). */
  delimiter?: string;
  /** Lines before the header (titles, notes) to skip. */
  skipLines: number;
  /** Standard field name → rule, in the file's order. */
  columns: Map<string, ColumnRule>;
}
