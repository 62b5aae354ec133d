// Field schemas shared by the community record schemas: each refusal carries its English message
// and, in `params.fr`, its French one (read back by `issues.ts`).
import { z } from 'zod';
import { CANADIAN_REGIONS } from '../../core/jurisdictions.js';
import { partialDateWindow } from '../dates.js';

/** Longest accepted lengths, so one record cannot fill the store. */
export const LIMITS = {
  id: 200,
  code: 40,
  name: 500,
  text: 20_000,
  url: 2_000,
  listItems: 200,
} as const;

// Quoted input is cut, so that an error message never echoes a whole hostile value.
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

type Check<T> = (value: T) => boolean;

/** A custom rule with its message in both languages. */
export function rule<S extends z.ZodType>(schema: S, ok: Check<z.output<S>>, en: (v: z.output<S>) => string, fr: (v: z.output<S>) => string): S {
  return schema.superRefine((value, ctx) => {
    if (!ok(value)) ctx.addIssue({ code: 'custom', message: en(value), params: { fr: fr(value) } });
  }) as unknown as S;
}

export const text = (max: number = LIMITS.text) => z.string().trim().max(max);
export const name = () => z.string().trim().min(1).max(LIMITS.name);
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems).default([]);

/** Text in English and/or French; empty languages are dropped. */
export function biText(max: number = LIMITS.text) {
  return z
    .strictObject({ en: text(max).optional(), fr: text(max).optional() })
    .transform((value) => ({ ...(value.en ? { en: value.en } : {}), ...(value.fr ? { fr: value.fr } : {}) }));
}

/** A BiText with at least one language. */
export function requiredBiText(max: number = LIMITS.name) {
  return rule(biText(max), (v) => Boolean(v.en || v.fr), () => 'give the text in English, French or both', () => 'donner le texte en anglais, en français ou les deux');
}

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const httpUrl = () =>
  rule(z.string().trim().max(LIMITS.url), isHttpUrl, (v) => `"${quote(v)}" is not an http(s) URL`, (v) => `« ${quote(v)} » n’est pas une URL http(s)`);

export const partialDate = () =>
  rule(
    z.string().trim().max(10),
    (v) => partialDateWindow(v) !== undefined,
    (v) => `"${quote(v)}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`,
    (v) => `« ${quote(v)} » n’est pas une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ`,
  );

export const day = () =>
  rule(
    z.string().trim().max(10),
    (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && partialDateWindow(v) !== undefined,
    (v) => `"${quote(v)}" is not a date written YYYY-MM-DD`,
    (v) => `« ${quote(v)} » n’est pas une date écrite AAAA-MM-JJ`,
  );

export const month = () =>
  rule(
    z.string().trim().max(7),
    (v) => /^\d{4}-\d{2}$/.test(v) && partialDateWindow(v) !== undefined,
    (v) => `"${quote(v)}" is not a month written YYYY-MM`,
    (v) => `« ${quote(v)} » n’est pas un mois écrit AAAA-MM`,
  );

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An ISO 8601 date-time with its offset, or a bare date (an all-day event). */
export function isDateTimeOrDay(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return partialDateWindow(value) !== undefined;
  const match = DATE_TIME.exec(value);
  return match !== null && partialDateWindow(match[1]!) !== undefined && !Number.isNaN(Date.parse(value));
}

export const dateTimeOrDay = () =>
  rule(
    z.string().trim().max(40),
    isDateTimeOrDay,
    (v) => `"${quote(v)}" is not an ISO 8601 date-time with an offset (2019-05-29T09:00:00-04:00) nor a date (2019-05-29)`,
    (v) => `« ${quote(v)} » n’est ni une date-heure ISO 8601 avec décalage (2019-05-29T09:00:00-04:00) ni une date (2019-05-29)`,
  );

/** An IANA zone the runtime knows (`America/Toronto`, `UTC`); offsets such as `+05:00` are not zones. */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZone = () =>
  rule(z.string().trim().max(64), isTimeZone, (v) => `"${quote(v)}" is not an IANA time zone (America/Toronto)`, (v) => `« ${quote(v)} » n’est pas un fuseau horaire IANA (America/Toronto)`);

const DURATION = /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:[.,]\d+)?S)?)?$/;

export const duration = () =>
  rule(z.string().trim().max(40), (v) => DURATION.test(v), (v) => `"${quote(v)}" is not an ISO 8601 duration (PT2H, P3D)`, (v) => `« ${quote(v)} » n’est pas une durée ISO 8601 (PT2H, P3D)`);

export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

export const languageTag = () =>
  rule(z.string().trim().max(35), isLanguageTag, (v) => `"${quote(v)}" is not a BCP 47 language tag (en, fr-CA)`, (v) => `« ${quote(v)} » n’est pas une étiquette de langue BCP 47 (en, fr-CA)`);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** An ISO 3166-1 alpha-2 country code the runtime knows (`CA`). */
export function isCountry(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && regionNames.of(value) !== undefined;
}

/** A country (`CA`) or a subdivision (`CA-ON`); Canada's subdivisions are checked against the list. */
export function isRegion(value: string): boolean {
  const match = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/.exec(value);
  if (!match || !isCountry(match[1]!)) return false;
  if (match[2] === undefined || match[1] !== 'CA') return true;
  return CANADIAN_REGIONS.some((r) => r.code === value);
}

export const country = () =>
  rule(
    z.string().trim().toUpperCase().max(2),
    isCountry,
    (v) => `"${quote(v)}" is not an ISO 3166-1 alpha-2 country code (CA)`,
    (v) => `« ${quote(v)} » n’est pas un code de pays ISO 3166-1 alpha-2 (CA)`,
  );

export const region = () =>
  rule(
    z.string().trim().toUpperCase().max(6),
    isRegion,
    (v) => `"${quote(v)}" is not an ISO 3166 code (CA, CA-ON)`,
    (v) => `« ${quote(v)} » n’est pas un code ISO 3166 (CA, CA-ON)`,
  );

/** Record ids and codes: printable, no spaces, no slashes (they appear in URLs). */
export const identifier = (max: number = LIMITS.id) =>
  rule(
    z.string().trim().min(1).max(max),
    (v) => /^[A-Za-z0-9][A-Za-z0-9_.:@-]*$/.test(v),
    (v) => `"${quote(v)}" is not an id (letters, digits and _ . : @ - only)`,
    (v) => `« ${quote(v)} » n’est pas un identifiant (lettres, chiffres et _ . : @ - seulement)`,
  );

export const planRef = () =>
  rule(z.string().trim().max(40), (v) => /^AP_[A-Z0-9]+$/.test(v), (v) => `"${quote(v)}" is not an action plan id (AP_CAN04)`, (v) => `« ${quote(v)} » n’est pas un identifiant de plan d’action (AP_CAN04)`);
