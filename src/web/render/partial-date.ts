// A date as precise as its source says: "2017", "March 2017", "March 7, 2017" (and in French).
import type { UiLang } from '../../core/langstring.js';
import { partialDateWindow } from '../../community/dates.js';
import { formatDate } from '../i18n/messages.js';

const MONTHS: Record<UiLang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-CA', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
};

/** The words of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date; anything else as it was written. */
export function formatPartialDate(lang: UiLang, date: string): string {
  if (!partialDateWindow(date)) return date;
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return MONTHS[lang].format(new Date(`${date}-15T12:00:00Z`));
  return formatDate(lang, date) ?? date;
}
