// Fields beyond the core CKAN ones: ckanext-scheming portals put them at the top level of the
// package (`update_frequency`, `geographic_coverage`), older portals and harvesters in `extras`
// (`[{key, value}]`), under keys that vary by portal. Both are looked up alike.
import type { CkanPackage } from './types.js';
import { text } from './values.js';

export interface Extras {
  /** The value under a snake_case key: the package's own field first, then its extra. */
  get(key: string): unknown;
}

const present = (value: unknown): boolean => value !== null && value !== undefined && value !== '';

/** Extras keyed lower-case with `-` and spaces read as `_` (`temporal_coverage-from` and
 * `temporal_coverage_from` are the same key on different portals), behind the package's own
 * top-level fields. */
export function readExtras(extras: CkanPackage['extras'], raw: Record<string, unknown> = {}): Extras {
  const map = new Map<string, unknown>();
  const put = (key: string, value: unknown): void => {
    const k = extraKey(key);
    if (!map.has(k) && present(value)) map.set(k, value);
  };
  if (Array.isArray(extras)) for (const { key, value } of extras) put(key, value);
  else if (extras) for (const key of Object.keys(extras)) put(key, extras[key]);
  return {
    get(key: string): unknown {
      const own = Object.hasOwn(raw, key) ? raw[key] : undefined;
      return present(own) ? own : map.get(key);
    },
  };
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
