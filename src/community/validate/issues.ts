// Turns zod's refusals into errors naming each bad field in English and French, the shape of the
// progress rules' errors (`{ field, en, fr }`).
import { z } from 'zod';
import type { ProgressRuleError } from '../progress/rules.js';

export type FieldError = ProgressRuleError;

const frenchErrors = z.locales.fr().localeError;

/** `targets[0].count.of`, `title.en`; `(record)` for the whole input. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(record)';
}

function frenchOf(issue: z.core.$ZodIssue, fallback: z.core.$ZodIssue | undefined): string {
  const params = issue.code === 'custom' ? issue.params : undefined;
  if (params && typeof params.fr === 'string') return params.fr;
  return fallback?.message ?? issue.message;
}

/** Each issue as a field error, the first one only per field; an unknown key is named as its own field. */
export function fieldErrors(english: z.ZodError, french: z.ZodError | undefined): FieldError[] {
  const all = english.issues.flatMap((issue, n) => {
    const fr = frenchOf(issue, french?.issues[n]);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const field = fieldPath([...issue.path, key]);
        return { field, en: `${field}: unknown field`, fr: `${field} : champ inconnu` };
      });
    }
    const field = fieldPath(issue.path);
    return [{ field, en: `${field}: ${issue.message}`, fr: `${field} : ${fr}` }];
  });
  // A value too long and malformed would otherwise be reported twice.
  const seen = new Set<string>();
  return all.filter((error) => !seen.has(error.field) && seen.add(error.field));
}

/** Parses `input`; on failure parses again with French messages so every error has both. */
export function parseBilingual<S extends z.ZodType>(schema: S, input: unknown): { value: z.output<S> } | { errors: FieldError[] } {
  const english = schema.safeParse(input);
  if (english.success) return { value: english.data };
  const french = schema.safeParse(input, { error: frenchErrors });
  return { errors: fieldErrors(english.error, french.success ? undefined : french.error) };
}
