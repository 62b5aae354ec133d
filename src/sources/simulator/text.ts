// Template filling and slugs. Templates are compiled once (split at their `{slot}`s) because
// the generator fills hundreds of thousands of them per second.
import { capitalize } from './vocabulary/french.js';

export type Slots = Readonly<Record<string, string>>;

interface Compiled {
  /** Literal text around the slots: `parts.length === slots.length + 1`. */
  parts: string[];
  slots: string[];
}

const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  const parts: string[] = [];
  const slots: string[] = [];
  let rest = template;
  for (;;) {
    const open = rest.indexOf('{');
    const close = open < 0 ? -1 : rest.indexOf('}', open);
    if (close < 0) break;
    parts.push(rest.slice(0, open));
    slots.push(rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
  parts.push(rest);
  return { parts, slots };
}

function slotValue(slots: Slots, name: string): string {
  const value = slots[name];
  if (value !== undefined) return value;
  // `{OrgThe}` is `{orgThe}` at the start of a sentence.
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const base = slots[lower];
  if (base !== undefined && lower !== name) return capitalize(base);
  throw new Error(`template slot {${name}} has no value`);
}

/** Fills `{slot}`s; a capitalized slot name capitalizes the value of its lower-case twin. */
export function fill(template: string, slots: Slots): string {
  let c = compiled.get(template);
  if (!c) {
    c = compile(template);
    compiled.set(template, c);
  }
  let out = c.parts[0] ?? '';
  for (let i = 0; i < c.slots.length; i++) out += slotValue(slots, c.slots[i] ?? '') + (c.parts[i + 1] ?? '');
  return out;
}

/** A CKAN-style URL name: lower-case ASCII letters, digits and hyphens. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-+$/, '');
}
