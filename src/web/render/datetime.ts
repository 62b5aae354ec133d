// Instants and durations as each language writes them. Times are in UTC: Canada spans six time
// zones and a harvest's moment must read the same to everyone.
import type { UiLang } from '../../core/langstring.js';

const locale = (lang: UiLang) => (lang === 'fr' ? 'fr-CA' : 'en-CA');

/** "November 27, 2026 at 8:01 a.m. UTC" / « 27 novembre 2026 à 08 h 01 UTC ». */
export function formatDateTime(lang: UiLang, iso: string | Date | undefined): string | undefined {
  if (iso === undefined) return undefined;
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) return typeof iso === 'string' ? iso : undefined;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
}

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
] as const;

/** "6 hours", "1 minute, 12 seconds", "0.4 seconds": the two largest units that are not zero. */
export function formatDuration(lang: UiLang, ms: number): string {
  const unit = (name: string, value: number, digits = 0) =>
    new Intl.NumberFormat(locale(lang), { style: 'unit', unit: name, unitDisplay: 'long', maximumFractionDigits: digits }).format(value);
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 100) return lang === 'fr' ? 'moins d’une seconde' : 'less than a second';
  if (ms < 1_000) return unit('second', ms / 1_000, 1);
  const parts: string[] = [];
  let rest = Math.round(ms / 1_000) * 1_000;
  for (const [name, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push(count > 0 ? unit(name, count) : '');
    if (parts.length === 2) break;
  }
  return parts.filter((p) => p !== '').join(lang === 'fr' ? ' et ' : ', ');
}
