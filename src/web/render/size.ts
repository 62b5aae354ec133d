// Sizes in bytes as people read them: "1.6 MB" in English, « 1,6 Mo » in French (octets).
import type { UiLang } from '../../core/langstring.js';

const UNITS: Record<UiLang, readonly string[]> = {
  en: ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB'],
  fr: ['octets', 'ko', 'Mo', 'Go', 'To', 'Po'],
};

// Made once per language and precision: constructing a formatter costs ten times a format.
const FORMATS: Record<UiLang, readonly Intl.NumberFormat[]> = {
  en: [0, 1].map((digits) => new Intl.NumberFormat('en-CA', { maximumFractionDigits: digits })),
  fr: [0, 1].map((digits) => new Intl.NumberFormat('fr-CA', { maximumFractionDigits: digits })),
};

/** Decimal units (1 kB = 1,000 bytes), as file managers and portals show them. */
export function formatBytes(lang: UiLang, bytes: number): string | undefined {
  if (!Number.isFinite(bytes) || bytes < 0) return undefined;
  const units = UNITS[lang];
  let value = bytes;
  let unit = 0;
  const digitsFor = (v: number, u: number) => (u === 0 || v >= 99.95 ? 0 : 1);
  // Move up while the number, as rounded for display, reaches 1000 (999,999 bytes is "1 MB").
  while (unit < units.length - 1 && Number(value.toFixed(digitsFor(value, unit))) >= 1000) {
    value /= 1000;
    unit++;
  }
  const digits = digitsFor(value, unit);
  const number = FORMATS[lang][digits]!.format(value);
  // French counts 0 and 1 in the singular.
  if (unit === 0 && (bytes === 1 || (lang === 'fr' && bytes < 2))) return `${number}\u00a0${lang === 'fr' ? 'octet' : 'byte'}`;
  return `${number}\u00a0${units[unit]}`;
}
