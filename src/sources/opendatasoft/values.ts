// Reading the Explore API's loosely typed values.

/** Trimmed text of a string or number; `undefined` when absent or blank. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The words of a list, or of a comma- or semicolon-separated text. */
export function words(value: unknown): string[] {
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const item of value) {
      const t = text(item);
      if (t !== undefined) out.push(t);
    }
    return out;
  }
  const t = text(value);
  return t === undefined ? [] : t.split(/\s*[,;]\s*/).filter((w) => w !== '');
}

/** A lower-case slug of a name (`City of Vancouver` → `city-of-vancouver`), for publisher ids. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? name.trim().toLowerCase() : slug.slice(0, 100).replace(/-+$/, '');
}

export function isHttpUrl(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\/\S+$/i.test(value);
}
