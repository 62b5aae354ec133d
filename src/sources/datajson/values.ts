// Reading loosely typed JSON values: text that may be a number, lists that may be one string.

/** Trimmed text of a string or number; `undefined` when absent or blank. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The text items of a list, or of one string (split at commas and semicolons when `split`). */
export function textList(value: unknown, split = false): string[] {
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const item of value) {
      const t = text(item);
      if (t !== undefined) out.push(t);
    }
    return out;
  }
  const t = text(value);
  if (t === undefined) return [];
  return split ? t.split(/\s*[,;]\s*/).filter((part) => part !== '') : [t];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a value is, for problem reports: `an array`, `null`, `a string`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** An http(s) URL, trimmed; `undefined` for anything else. */
export function httpUrl(value: unknown): string | undefined {
  const t = text(value);
  return t !== undefined && /^https?:\/\/\S/i.test(t) ? t : undefined;
}

/** A lower-case slug of a name (`Manitoba Maps` → `manitoba-maps`), for publisher ids. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? name.trim().toLowerCase() : slug.slice(0, 100).replace(/-+$/, '');
}
