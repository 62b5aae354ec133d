// Reading Socrata's loosely typed values: text that may be a number or null, lists with gaps.

/** Trimmed text of a string or number; `undefined` when absent or blank. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The text items of a list (blanks and non-text dropped). */
export function textItems(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    const t = text(item);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** A lower-case slug of a name (`Department of Health` → `department-of-health`), for publisher ids. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? name.trim().toLowerCase() : slug.slice(0, 100).replace(/-+$/, '');
}

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

export function isHostName(value: string): boolean {
  return HOST.test(value);
}
