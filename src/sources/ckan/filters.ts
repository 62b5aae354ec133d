// The configured field filters (`type: [opendata]`), checked on every record: pushing them to
// Solr saves bandwidth, but a portal may ignore or not index a field, and dumps bypass Solr.
import { extraKey, type Extras } from './extras.js';
import { text } from './values.js';

function valuesOf(raw: Record<string, unknown>, extras: Extras, field: string): string[] {
  const direct = field in raw ? raw[field] : extras.get(extraKey(field));
  const items = Array.isArray(direct) ? direct : [direct];
  const out: string[] = [];
  for (const item of items) {
    const t = text(item);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** Why the record does not pass the filters (`filter: type is "publication", not opendata`),
 * or `undefined` when it does. Values compare case-insensitively. */
export function filterRejection(raw: Record<string, unknown>, extras: Extras, filters: Record<string, string[]>): string | undefined {
  for (const [field, allowed] of Object.entries(filters)) {
    if (allowed.length === 0) continue;
    const values = valuesOf(raw, extras, field);
    const wanted = new Set(allowed.map((a) => a.toLowerCase()));
    if (values.some((v) => wanted.has(v.toLowerCase()))) continue;
    const expected = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`;
    const actual = values.length === 0 ? 'missing' : values.length === 1 ? `"${values[0]}"` : values.map((v) => `"${v}"`).join(', ');
    return `filter: ${field} is ${actual}, not ${expected}`;
  }
  return undefined;
}
