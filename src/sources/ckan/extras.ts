// CKAN `extras`: free key/value pairs where harvesters and older portals put what the schema
// lacks (frequency, spatial, temporal coverage, contact...), under keys that vary by portal.
import type { CkanPackage } from './types.js';
import { text } from './values.js';

export type Extras = ReadonlyMap<string, unknown>;

const EMPTY: Extras = new Map();

/** Extras by key, keys lower-cased with `-` and spaces read as `_` (`temporal_coverage-from`
 * and `temporal_coverage_from` are the same key on different portals). */
export function readExtras(extras: CkanPackage['extras']): Extras {
  if (!extras) return EMPTY;
  const out = new Map<string, unknown>();
  const put = (key: string, value: unknown): void => {
    const k = extraKey(key);
    if (!out.has(k) && value !== null && value !== undefined && value !== '') out.set(k, value);
  };
  if (Array.isArray(extras)) for (const { key, value } of extras) put(key, value);
  else for (const key of Object.keys(extras)) put(key, extras[key]);
  return out;
}

export function extraKey(key: string): string {
  return key.trim().toLowerCase().replace(/[-\s]+/g, '_');
}

/** The first of the keys that has a value. */
export function extra(extras: Extras, ...keys: string[]): unknown {
  for (const key of keys) {
    const value = extras.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Text of the first of the keys that has text; a JSON list of one string (`["1982"]`, as
 * ckanext-spatial writes some) gives that string. */
export function extraText(extras: Extras, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = extras.get(key);
    const t = unwrapSingle(value);
    if (t !== undefined) return t;
  }
  return undefined;
}

function unwrapSingle(value: unknown): string | undefined {
  const t = text(value);
  if (t === undefined || !t.startsWith('[')) return t;
  try {
    const parsed: unknown = JSON.parse(t);
    if (Array.isArray(parsed)) return parsed.length === 0 ? undefined : text(parsed[0]);
  } catch {
    // not JSON: the text itself
  }
  return t;
}
