// Bilingual interface text. Each page keeps its own table (`pages/<page>.messages.ts`) built with
// `messages()`, so that every key exists in both languages by type.
import type { UiLang } from '../../core/langstring.js';

export type Params = Record<string, string | number>;
export type Text = string | ((params: Params) => string);
export type MessageTable = Record<string, { en: Text; fr: Text }>;

export type Translate<T extends MessageTable> = (key: keyof T & string, params?: Params) => string;

export function messages<T extends MessageTable>(table: T): (lang: UiLang) => Translate<T> {
  return (lang) => (key, params = {}) => {
    const text = table[key]![lang];
    return typeof text === 'function' ? text(params) : text;
  };
}

// Formatters are made once: constructing one costs ten times a format, and a search page
// formats hundreds of facet counts.
const NUMBERS: Record<UiLang, Intl.NumberFormat> = { en: new Intl.NumberFormat('en-CA'), fr: new Intl.NumberFormat('fr-CA') };
const DAY = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } as const;
const DATES: Record<UiLang, Intl.DateTimeFormat> = { en: new Intl.DateTimeFormat('en-CA', DAY), fr: new Intl.DateTimeFormat('fr-CA', DAY) };

/** Numbers as each language writes them (1,234 / 1 234). */
export function formatNumber(lang: UiLang, value: number): string {
  return NUMBERS[lang].format(value);
}

/** A date (or instant) as a day, in the page language: "November 27, 2026" / « 27 novembre 2026 ». */
export function formatDate(lang: UiLang, iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return DATES[lang].format(date);
}
