// Records as real portals write them break their own schemas one field at a time (a title sent
// as an object, a licence as a list): such a field is left out and named in a note, and the rest
// of the record is mapped. Only a record that cannot be identified fails.
import type { z } from 'zod';

export interface TolerantParse<T> {
  value: T;
  /** `license: expected text, a number or a boolean` for each field left out. */
  ignored: string[];
}

/** Parses an object with a schema whose fields are all optional, leaving out each top-level field
 * that does not fit. `undefined` when the value is not an object at all. */
export function parseLeniently<S extends z.ZodObject>(schema: S, raw: Record<string, unknown>): TolerantParse<z.infer<S>> | undefined {
  const first = schema.safeParse(raw);
  if (first.success) return { value: first.data, ignored: [] };
  const bad = new Map<string, string>();
  for (const issue of first.error.issues) {
    const key = issue.path[0];
    if (typeof key !== 'string') return undefined;
    if (!bad.has(key)) bad.set(key, issue.message);
  }
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) if (!bad.has(key)) kept[key] = raw[key];
  const second = schema.safeParse(kept);
  if (!second.success) return undefined;
  return { value: second.data, ignored: [...bad].map(([key, message]) => `${key}: ${message}`) };
}
