// Between a posted record form and the record input the shared validation reads: blank fields are
// left out (optional ones stay absent), lists are split, yes/no become booleans. And back: a stored
// record as the form's values, to edit it.
import type { FieldSpec } from './specs.js';

export type FormValues = Record<string, string>;

function split(kind: FieldSpec['kind'], text: string): string[] {
  const parts = kind === 'lines' ? text.split(/\r?\n/) : text.split(/[\s,;]+/);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) {
    target[head!] = value;
    return;
  }
  const inner = (target[head!] ??= {}) as Record<string, unknown>;
  setPath(inner, rest.join('.'), value);
}

/** The record input of a posted form (only the form's own fields are read). */
export function formInput(fields: readonly FieldSpec[], body: Record<string, string | undefined>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const text = (body[field.name] ?? '').trim();
    // A required bilingual text is sent even when blank, so that "give one language" is reported.
    const parent = field.name.split('.')[0]!;
    if (field.required && field.name.includes('.') && input[parent] === undefined) input[parent] = {};
    if (field.kind === 'lines' || field.kind === 'codes') {
      setPath(input, field.name, split(field.kind, text));
      continue;
    }
    if (text === '') continue;
    if (field.kind === 'boolean') setPath(input, field.name, text === 'yes' ? true : text === 'no' ? false : text);
    else setPath(input, field.name, text);
  }
  return input;
}

function getPath(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), source);
}

/** A record's values as its form shows them. */
export function formValues(fields: readonly FieldSpec[], record: object): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = getPath(record, field.name);
    if (Array.isArray(value)) values[field.name] = value.join(field.kind === 'lines' ? '\n' : ', ');
    else if (typeof value === 'boolean') values[field.name] = value ? 'yes' : 'no';
    else if (typeof value === 'string' || typeof value === 'number') values[field.name] = String(value);
  }
  return values;
}

/** The form field an error's path names (`countries[1]` → `countries`, `title` → `title.en`);
 * undefined when no field of the form holds it (it is then shown above the form only). */
export function fieldOfError(fields: readonly FieldSpec[], path: string): string | undefined {
  const exact = fields.find((f) => f.name === path);
  if (exact) return exact.name;
  const base = path.replace(/\[\d+\].*$/, '');
  const listed = fields.find((f) => f.name === base);
  if (listed) return listed.name;
  return fields.find((f) => f.name.startsWith(`${path}.`))?.name;
}
