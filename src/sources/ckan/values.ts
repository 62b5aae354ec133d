// Reading CKAN's loosely typed values: scalars that may be numbers, fluent fields that may be
// objects, JSON strings or plain text, lists that may be comma-separated strings.
import type { LangString, LangStrings } from '../../core/langstring.js';

export type Scalar = string | number | boolean | null | undefined;

/** Trimmed text of a scalar; `undefined` when absent or blank. */
export function text(value: Scalar | unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** CKAN booleans arrive as `true` or `"true"`/`"True"`. */
export function isTrue(value: Scalar | unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

/** A value that may be JSON inside a string (fluent fields, contact information, GeoJSON). */
export function parseEmbeddedJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  const first = trimmed[0];
  if (first !== '{' && first !== '[') return value;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A language tag as a key: trimmed and lower-cased (`fr-t-en`, `en`). */
export function languageKey(key: string): string {
  return key.trim().toLowerCase();
}

/** Text per language from a fluent field; `undefined` when it is not fluent (plain text or
 * absent) or has no text at all. */
export function fluentText(value: unknown): LangString | undefined {
  const parsed = parseEmbeddedJson(value);
  if (!isRecord(parsed)) return undefined;
  let out: LangString | undefined;
  for (const key of Object.keys(parsed)) {
    const t = text(parsed[key]);
    if (t === undefined) continue;
    out ??= {};
    out[languageKey(key)] = t;
  }
  return out;
}

/** Text under a single tag, for fields that carry no language of their own. */
export function untagged(value: unknown, tag: string): LangString | undefined {
  const t = text(value);
  return t === undefined ? undefined : { [tag]: t };
}

/** The items of a list that may be an array or a comma-separated string. */
export function listItems(value: unknown): string[] {
  const parsed = parseEmbeddedJson(value);
  if (Array.isArray(parsed)) {
    const out: string[] = [];
    for (const item of parsed) {
      const t = text(item);
      if (t !== undefined) out.push(t);
    }
    return out;
  }
  const t = text(parsed);
  if (t === undefined) return [];
  return t.split(/\s*[,;]\s*/).filter((part) => part !== '');
}

/** Lists per language from a fluent list (`keywords {en: [...], fr: [...]}`); `undefined` when
 * the value is not per language. */
export function fluentList(value: unknown): LangStrings | undefined {
  const parsed = parseEmbeddedJson(value);
  if (!isRecord(parsed)) return undefined;
  let out: LangStrings | undefined;
  for (const key of Object.keys(parsed)) {
    const items = listItems(parsed[key]);
    if (items.length === 0) continue;
    out ??= {};
    out[languageKey(key)] = items;
  }
  return out;
}

export { numberOf } from '../common/numbers.js';

/** The remote id of a package: its `id`, or its `name` (unique too; `package_show` takes either)
 * for dumps that carry no id. */
export function packageRemoteId(id: unknown, name: unknown): string | undefined {
  return text(id) ?? text(name);
}
