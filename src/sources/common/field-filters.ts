// The configured field filters (`filters:` in sources.yaml) for kinds whose API cannot apply
// them (a data.json is one document; Hub filters are options of their own): checked on each
// record's own fields. A dotted path reaches into objects (`publisher.name`); a list matches when
// any of its items does.

function valuesAt(value: unknown, path: readonly string[], out: string[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) valuesAt(item, path, out);
    return;
  }
  if (path.length === 0) {
    if (typeof value === 'string' && value.trim() !== '') out.push(value.trim());
    else if (typeof value === 'number' || typeof value === 'boolean') out.push(String(value));
    return;
  }
  if (typeof value !== 'object') return;
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(value, head)) return;
  valuesAt((value as Record<string, unknown>)[head], rest, out);
}

/** The text values at a dotted path of a record (`accessLevel`, `publisher.name`, `tags`). */
export function fieldValues(record: unknown, field: string): string[] {
  const out: string[] = [];
  valuesAt(record, field.split('.'), out);
  return out;
}

/** Why the record does not pass the filters (`filter: accessLevel is "non-public", not public`),
 * or `undefined` when it does. Values compare case-insensitively. */
export function filterRejection(record: unknown, filters: Record<string, string[]>): string | undefined {
  for (const [field, allowed] of Object.entries(filters)) {
    if (allowed.length === 0) continue;
    const values = fieldValues(record, field);
    const wanted = new Set(allowed.map((a) => a.toLowerCase()));
    if (values.some((v) => wanted.has(v.toLowerCase()))) continue;
    const expected = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`;
    const actual = values.length === 0 ? 'missing' : values.map((v) => `"${v}"`).join(', ');
    return `filter: ${field} is ${actual}, not ${expected}`;
  }
  return undefined;
}
