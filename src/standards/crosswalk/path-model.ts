// How the crosswalk names and edits the fields of a kind's raw record. The default reads plain
// JSON; CKAN, CSW and DCAT records have shapes of their own (see `path-models.ts`).
import { isRecord, jsonName, type Loc } from './locations.js';

/** A field present in a raw record. */
export interface Leaf {
  /** The name shown in the crosswalk (`resources[].url`, `extras[dcat_issued]`). */
  name: string;
  /** Where the value is (a string, number or boolean). */
  loc: Loc;
  /** What to remove to take the field out (the value itself, or the entry that holds it). */
  unit: Loc;
}

export interface PathModel {
  /** Every field of a raw record. */
  leaves(raw: unknown): Leaf[];
  /** The name of a location the mapping read, or undefined when it names nothing to show
   * (structure, such as an XML element's `children`). */
  nameOf(raw: unknown, loc: Loc): string | undefined;
  /** Values to try at a field the mapping read but the record does not have, in order. */
  probes: readonly unknown[];
  /** Whether reads of absent fields say something: false where the mapping finds fields by
   * comparing names inside the record (XML children), which a read cannot show. */
  tracesAbsent: boolean;
}

export const JSON_PROBES: readonly unknown[] = [
  'Probe text 2001-02-03',
  '2001-02-03T04:05:06Z',
  'https://probe.example/probe.csv',
  'probe@example.org',
  ['probe'],
  [{ name: 'probe', url: 'https://probe.example/probe.csv', format: 'CSV' }],
  1_000_000_000_000,
  { en: 'Probe', fr: 'Sonde' },
  true,
];

/** Every string, number or boolean of a JSON value, with its location. */
export function jsonLeaves(value: unknown, loc: Loc = [], out: Loc[] = []): Loc[] {
  if (Array.isArray(value)) value.forEach((v, i) => jsonLeaves(v, [...loc, i], out));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) jsonLeaves(v, [...loc, k], out);
  else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out.push(loc);
  return out;
}

export const JSON_MODEL: PathModel = {
  leaves: (raw) => jsonLeaves(raw).map((loc) => ({ name: jsonName(loc), loc, unit: loc })),
  nameOf: (_raw, loc) => jsonName(loc),
  probes: JSON_PROBES,
  tracesAbsent: true,
};
