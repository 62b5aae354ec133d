// The constraints of a field compiled once: each check gets a cast value and says the rule it
// breaks (`maximum is 100`), or nothing.
import type { TableField } from '../table-schema.js';
import { INVALID, type Caster, type CellValue } from './cast/index.js';

export type ConstraintCheck = (value: CellValue, cell: string) => string | undefined;

/** One text for a value, the same for equal values: enum, categories and keys compare these. */
export function valueKey(value: CellValue): string {
  return typeof value === 'object' ? JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) : String(value);
}

/** Characters, not UTF-16 units: a letter outside the BMP counts once. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

function lengthOf(value: CellValue, cell: string): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'object') return Object.keys(value).length;
  return codePoints(typeof value === 'string' ? value : cell);
}

/** A bound given in the schema as a value of the field's type (a date as text, a number). */
function bound(raw: number | string, cast: Caster): number | undefined {
  if (typeof raw === 'number') return raw;
  const v = cast(raw);
  return typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined;
}

/** The allowed values of `categories` (strings, numbers or {value, label}). */
function categoryValues(field: TableField): Array<string | number> | undefined {
  return field.categories?.map((c) => (typeof c === 'object' ? c.value : c));
}

export function compileConstraints(field: TableField, cast: Caster): ConstraintCheck[] {
  const c = field.constraints ?? {};
  const checks: ConstraintCheck[] = [];
  if (c.minLength !== undefined) {
    const min = c.minLength;
    checks.push((v, cell) => (lengthOf(v, cell) < min ? `minLength is ${min}` : undefined));
  }
  if (c.maxLength !== undefined) {
    const max = c.maxLength;
    // A string of at most `max` UTF-16 units has at most `max` characters: the count is skipped.
    checks.push((v, cell) => (typeof v === 'string' && v.length <= max ? undefined : lengthOf(v, cell) > max ? `maxLength is ${max}` : undefined));
  }
  const ordered: Array<[keyof typeof c, (v: number, b: number) => boolean]> = [
    ['minimum', (v, b) => v < b],
    ['maximum', (v, b) => v > b],
    ['exclusiveMinimum', (v, b) => v <= b],
    ['exclusiveMaximum', (v, b) => v >= b],
  ];
  for (const [name, breaks] of ordered) {
    const raw = c[name] as number | string | undefined;
    if (raw === undefined) continue;
    const b = bound(raw, cast);
    if (b === undefined) continue; // checkSchema let it through as text of another format: nothing to compare
    const note = `${name} is ${raw}`;
    checks.push((v) => ((typeof v === 'number' || typeof v === 'bigint') && breaks(Number(v), b) ? note : undefined));
  }
  if (c.pattern !== undefined) {
    const re = new RegExp(`^(?:${c.pattern})$`, 'u');
    const note = `pattern is ${c.pattern}`;
    checks.push((_v, cell) => (re.test(cell) ? undefined : note));
  }
  const allowed = (name: string, list: ReadonlyArray<string | number | boolean>) => {
    const keys = new Set<string>();
    for (const item of list) {
      const v = typeof item === 'string' ? cast(item) : item;
      if (v !== INVALID) keys.add(valueKey(v));
    }
    const note = `${name} is ${JSON.stringify(list)}`;
    checks.push((v) => (keys.has(valueKey(v)) ? undefined : note));
  };
  if (c.enum !== undefined) allowed('enum', c.enum);
  const categories = categoryValues(field);
  if (categories !== undefined) allowed('categories', categories);
  return checks;
}
