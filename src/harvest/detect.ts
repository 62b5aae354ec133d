// Onboarding: what kind of portal answers at a URL, and the sources.yaml entry to harvest it.
import type { Jurisdiction } from '../core/dataset.js';
import { regionCode } from '../core/jurisdictions.js';
import type { HttpClient, HttpRequestOptions, HttpStream } from '../sources/http.js';
import { HttpError } from '../sources/http.js';
import type { Detection } from '../sources/kind.js';
import type { PrimaryLanguage } from '../sources/settings.js';
import { KINDS } from './kinds.js';

export interface Attempt {
  kind: string;
  /** Each request the probe made and what came of it (`HTTP 404`, `not JSON`, `ECONNREFUSED`). */
  requests: Array<{ url: string; outcome: string }>;
  error?: string;
}

export interface DetectReport {
  url: string;
  /** Every kind that recognized the URL, the preferred first. */
  found: Detection[];
  tried: Attempt[];
}

/** Wraps a client to note every request a probe makes. */
function noting(http: HttpClient, requests: Attempt['requests']): HttpClient {
  const note = async <T>(url: string, call: () => Promise<T>, ok: (value: T) => string): Promise<T> => {
    try {
      const value = await call();
      requests.push({ url, outcome: ok(value) });
      return value;
    } catch (error) {
      requests.push({ url, outcome: error instanceof HttpError && error.status ? `HTTP ${error.status}` : (error as Error).message.replace(/^GET \S+ failed(?: after \d+ attempts)?: /, '') });
      throw error;
    }
  };
  return {
    get: (url: string, options?: HttpRequestOptions) => note(url, () => http.get(url, options), (r) => `HTTP ${r.status} ${r.headers['content-type'] ?? ''}`.trim()),
    stream: (url: string, options?: HttpRequestOptions) => note(url, () => http.stream(url, options), (r: HttpStream) => `HTTP ${r.status} ${r.headers['content-type'] ?? ''}`.trim()),
  };
}

export async function detectSource(url: string, http: HttpClient, signal?: AbortSignal): Promise<DetectReport> {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    throw new HttpError(`not a valid http(s) URL: ${url}`, url);
  }
  const found: Detection[] = [];
  const tried: Attempt[] = [];
  for (const kind of KINDS) {
    const attempt: Attempt = { kind: kind.kind, requests: [] };
    tried.push(attempt);
    try {
      const detection = await kind.detect(url, noting(http, attempt.requests), signal);
      if (detection) found.push(detection);
    } catch (error) {
      attempt.error = (error as Error).message;
    }
  }
  return { url, found, tried };
}

// Canadian governments' web addresses, for a first guess of the jurisdiction (to be checked).
const FEDERAL_HOSTS = /(^|\.)(canada\.ca|gc\.ca|geo\.ca)$/i;
const REGION_HINTS: Array<[RegExp, string]> = [
  [/alberta|\.ab\.ca$/i, 'Alberta'],
  [/gov\.bc\.ca|\.bc\.ca$|britishcolumbia/i, 'British Columbia'],
  [/gov\.mb\.ca|manitoba/i, 'Manitoba'],
  [/gnb\.ca|snb\.ca|newbrunswick/i, 'New Brunswick'],
  [/gov\.nl\.ca|newfoundland/i, 'Newfoundland and Labrador'],
  [/novascotia|\.ns\.ca$/i, 'Nova Scotia'],
  [/ontario|\.on\.ca$/i, 'Ontario'],
  [/princeedwardisland|gov\.pe\.ca/i, 'Prince Edward Island'],
  [/quebec|gouv\.qc\.ca|\.qc\.ca$/i, 'Quebec'],
  [/saskatchewan|gov\.sk\.ca/i, 'Saskatchewan'],
  [/gov\.nt\.ca|\.nt\.ca$/i, 'Northwest Territories'],
  [/gov\.nu\.ca|nunavut/i, 'Nunavut'],
  [/yukon|gov\.yk\.ca/i, 'Yukon'],
];
const TERRITORIES = new Set(['CA-NT', 'CA-NU', 'CA-YT']);
const CITY_HOSTS = /(^|[.-])(city|ville|town|municipal|regional|region|county|district|cityof)([.-]|$)/i;

export interface JurisdictionGuess {
  jurisdiction: Jurisdiction;
  /** Whether the guess rests on the host name alone and must be checked. */
  certain: boolean;
}

/** A first guess of a portal's jurisdiction from its host name. */
export function guessJurisdiction(url: string): JurisdictionGuess {
  const host = new URL(url).hostname;
  if (FEDERAL_HOSTS.test(host)) return { jurisdiction: { level: 'federal', code: 'CA' }, certain: false };
  const region = REGION_HINTS.find(([pattern]) => pattern.test(host));
  const code = region ? regionCode(region[1]) : undefined;
  if (code && !CITY_HOSTS.test(host)) {
    return { jurisdiction: { level: TERRITORIES.has(code) ? 'territorial' : 'provincial', code }, certain: false };
  }
  return { jurisdiction: { level: 'municipal', code: code ?? 'CA' }, certain: false };
}

export function suggestedLanguage(languages: string[] | undefined): PrimaryLanguage {
  const set = new Set(languages ?? []);
  if (set.has('en') && set.has('fr')) return 'bilingual';
  if (set.has('fr')) return 'fr';
  return 'en';
}

// Words that mark a French title ("Données ouvertes | Open Data"); accents alone do not (Québec).
const FRENCH_MARKS = /(^|[\s(’'])(données|ouvertes?|gouvernement|ville|de|des|du|la|le|les|et|portail|géoportail|simulation)(?=$|[\s),.])/i;

/** A portal's title as names in both languages: a bilingual title ("Open Data | Données
 * ouvertes", "Données Québec / Québec Data") is split, the French half recognized; otherwise the
 * same title in both. */
export function bilingualName(title: string): { en: string; fr: string } {
  const parts = title.split(/\s+[|/–—]\s+|\s+-\s+/).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    const aFrench = FRENCH_MARKS.test(a);
    const bFrench = FRENCH_MARKS.test(b);
    if (aFrench !== bFrench) return aFrench ? { en: b, fr: a } : { en: a, fr: b };
  }
  return { en: title, fr: title };
}

/** The sources.yaml entry for a detected portal, as plain data (guesses to be checked). */
export function suggestedEntry(detection: Detection, allowPrivateNetwork: boolean): Record<string, unknown> {
  const name = bilingualName(detection.title ?? new URL(detection.url).hostname);
  return {
    id: suggestedId({ ...detection, title: name.en }),
    name,
    type: detection.kind,
    url: detection.url,
    jurisdiction: guessJurisdiction(detection.url).jurisdiction,
    primaryLanguage: suggestedLanguage(detection.languages),
    ...(detection.options ? { options: detection.options } : {}),
    schedule: { incremental: '6h', full: '7d' },
    ...(allowPrivateNetwork ? { allowPrivateNetwork: true } : {}),
  };
}

/** A source id from a portal's title or host: lower case, dashes, at most 63 characters. */
export function suggestedId(detection: Detection): string {
  const base = detection.title ?? new URL(detection.url).hostname.replace(/^(www|data|open|opendata|donnees)\./, '');
  const slug = base
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(slug) ? slug : `portal-${slug || 'new'}`;
}
