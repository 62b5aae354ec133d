// Update frequencies: ISO 8601 durations (`P1M`, `P0.5W`) plus five special values, as
// open.canada.ca records them. Every way a portal writes a frequency maps onto that.
import type { Label } from './langstring.js';
import {
  DUBLIN_CORE_FREQUENCIES,
  EU_FREQUENCIES,
  FREQUENCY_WORDS,
  PROVINCIAL_FREQUENCY_WORDS,
} from './vocab-data/frequency-words.js';
import { KeyIndex, foldKey, memoize, splitCamelCase } from './vocab-key.js';

export const FREQUENCY_SPECIAL = ['as_needed', 'continual', 'irregular', 'not_planned', 'unknown'] as const;
export type FrequencySpecial = (typeof FREQUENCY_SPECIAL)[number];

const SPECIAL_LABELS: Record<FrequencySpecial, Label> = {
  as_needed: { en: 'As needed', fr: 'Au besoin' },
  continual: { en: 'Continual', fr: 'Continue' },
  irregular: { en: 'Irregular', fr: 'Irrégulière' },
  not_planned: { en: 'Not planned', fr: 'Non planifiée' },
  unknown: { en: 'Unknown', fr: 'Inconnue' },
};

// French labels agree with « fréquence » (feminine).
const DURATION_LABELS: Readonly<Record<string, Label>> = {
  PT1H: { en: 'Hourly', fr: 'Toutes les heures' },
  P1D: { en: 'Daily', fr: 'Quotidienne' },
  'P0.33W': { en: 'Three times a week', fr: 'Trois fois par semaine' },
  'P0.5W': { en: 'Twice a week', fr: 'Deux fois par semaine' },
  P1W: { en: 'Weekly', fr: 'Hebdomadaire' },
  P2W: { en: 'Every two weeks', fr: 'Aux deux semaines' },
  'P0.5M': { en: 'Twice a month', fr: 'Deux fois par mois' },
  P1M: { en: 'Monthly', fr: 'Mensuelle' },
  P2M: { en: 'Every two months', fr: 'Aux deux mois' },
  P3M: { en: 'Quarterly', fr: 'Trimestrielle' },
  P4M: { en: 'Every four months', fr: 'Aux quatre mois' },
  P6M: { en: 'Twice a year', fr: 'Semestrielle' },
  P1Y: { en: 'Annually', fr: 'Annuelle' },
  P2Y: { en: 'Every two years', fr: 'Biennale' },
  P3Y: { en: 'Every three years', fr: 'Triennale' },
  P4Y: { en: 'Every four years', fr: 'Quadriennale' },
  P5Y: { en: 'Every five years', fr: 'Quinquennale' },
  P10Y: { en: 'Every ten years', fr: 'Décennale' },
};

type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'TM' | 'S';
const UNIT_ORDER: readonly Unit[] = ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'];

interface UnitWords {
  en: [string, string];
  fr: [string, string];
  feminine: boolean;
  frPer: string;
}

const UNIT_WORDS: Record<Unit, UnitWords> = {
  Y: { en: ['year', 'years'], fr: ['an', 'ans'], feminine: false, frPer: 'année' },
  M: { en: ['month', 'months'], fr: ['mois', 'mois'], feminine: false, frPer: 'mois' },
  W: { en: ['week', 'weeks'], fr: ['semaine', 'semaines'], feminine: true, frPer: 'semaine' },
  D: { en: ['day', 'days'], fr: ['jour', 'jours'], feminine: false, frPer: 'jour' },
  H: { en: ['hour', 'hours'], fr: ['heure', 'heures'], feminine: true, frPer: 'heure' },
  TM: { en: ['minute', 'minutes'], fr: ['minute', 'minutes'], feminine: true, frPer: 'minute' },
  S: { en: ['second', 'seconds'], fr: ['seconde', 'secondes'], feminine: true, frPer: 'seconde' },
};

type Duration = Partial<Record<Unit, number>>;

const NUM = '(\\d+(?:[.,]\\d+)?)';
const DURATION = new RegExp(`^P(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?$`);

function parseDuration(text: string): Duration | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  if (text.endsWith('T')) return undefined;
  const d: Duration = {};
  let any = false;
  UNIT_ORDER.forEach((unit, i) => {
    const raw = m[i + 1];
    if (raw === undefined) return;
    const value = Number(raw.replace(',', '.'));
    if (!Number.isFinite(value)) return;
    d[unit] = value;
    if (value > 0) any = true;
  });
  return any ? d : undefined;
}

function formatDuration(d: Duration): string {
  let date = 'P';
  let time = '';
  for (const unit of UNIT_ORDER) {
    const value = d[unit];
    if (value === undefined) continue;
    const part = `${String(value)}${unit === 'TM' ? 'M' : unit}`;
    if (unit === 'H' || unit === 'TM' || unit === 'S') time += part;
    else date += part;
  }
  return time === '' ? date : `${date}T${time}`;
}

/** An ISO 8601 duration or repeating interval (`R/P1Y`, `R5/2020-01-01/P1M`), normalized; else undefined. */
function durationOf(text: string): string | undefined {
  const upper = text.toUpperCase().replace(/\s+/g, '');
  if (!upper.startsWith('P') && !upper.startsWith('R')) return undefined;
  const parts = upper.split('/');
  if (upper.startsWith('R') && !/^R\d*$/.test(parts[0] ?? '')) return undefined;
  for (const part of parts) {
    if (!part.startsWith('P')) continue;
    const d = parseDuration(part);
    if (d) return formatDuration(d);
  }
  return undefined;
}

const wordIndex = new KeyIndex<string>();
const wordKey = (text: string): string => foldKey(splitCamelCase(text));
/** Camel-cased codes are found split (`as needed`) and whole (`ASNEEDED`, once upper-cased). */
function addWord(word: string, code: string): void {
  wordIndex.add(wordKey(word), code);
  wordIndex.add(foldKey(word), code);
}
for (const special of FREQUENCY_SPECIAL) addWord(special, special);
for (const [word, code] of Object.entries(PROVINCIAL_FREQUENCY_WORDS)) addWord(word, code);
for (const [word, code] of Object.entries(FREQUENCY_WORDS)) addWord(word, code);
for (const [word, code] of Object.entries(DUBLIN_CORE_FREQUENCIES)) addWord(word, code);
for (const [word, code] of Object.entries(EU_FREQUENCIES)) addWord(word, code);
for (const [code, label] of [...Object.entries(DURATION_LABELS), ...Object.entries(SPECIAL_LABELS)]) {
  addWord(label.en, code);
  addWord(label.fr, code);
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12,
  once: 1, twice: 2, thrice: 3,
};

const UNIT_NAMES: Readonly<Record<string, Unit>> = {
  year: 'Y', years: 'Y', yr: 'Y', yrs: 'Y', annum: 'Y', an: 'Y', ans: 'Y', annee: 'Y', annees: 'Y',
  month: 'M', months: 'M', mois: 'M',
  week: 'W', weeks: 'W', semaine: 'W', semaines: 'W',
  day: 'D', days: 'D', jour: 'D', jours: 'D',
  hour: 'H', hours: 'H', hr: 'H', hrs: 'H', heure: 'H', heures: 'H',
  minute: 'TM', minutes: 'TM', min: 'TM', mins: 'TM',
  second: 'S', seconds: 'S', seconde: 'S', secondes: 'S',
};

function numberOf(word: string | undefined): number | undefined {
  if (word === undefined || word === '') return 1;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** `n` times per unit as the interval between updates. */
function timesPer(n: number, unit: Unit): string | undefined {
  if (n <= 0) return undefined;
  if (n === 1) return formatDuration({ [unit]: 1 });
  if (unit === 'Y' && 12 % n === 0) return formatDuration({ M: 12 / n });
  if (unit === 'Y' && 52 % n === 0) return formatDuration({ W: 52 / n });
  if (unit === 'W' && 7 % n === 0) return formatDuration({ D: 7 / n });
  if (unit === 'D' && 24 % n === 0) return formatDuration({ H: 24 / n });
  if (unit === 'H' && 60 % n === 0) return formatDuration({ TM: 60 / n });
  return formatDuration({ [unit]: round2(1 / n) });
}

const EVERY = /^(?:every|each|tous les|toutes les|aux|chaque|a tous les|a toutes les)(?: (\w+))? (\w+)$/;
const TIMES_PER = /^(\w+)(?: times?| x| fois)? (?:a|an|per|each|par|by) (\w+)$/;

/** `every 3 months`, `tous les 2 ans`, `aux 6 mois`, `3 times a year`, `deux fois par semaine`. */
function phraseFrequency(key: string): string | undefined {
  const every = EVERY.exec(key);
  if (every) {
    const unit = every[2] ? UNIT_NAMES[every[2]] : undefined;
    const n = numberOf(every[1]);
    if (unit && n !== undefined && n > 0) return formatDuration({ [unit]: n });
  }
  const per = TIMES_PER.exec(key);
  if (per) {
    const unit = per[2] ? UNIT_NAMES[per[2]] : undefined;
    const n = numberOf(per[1]);
    if (unit && n !== undefined) return timesPer(n, unit);
  }
  return undefined;
}

const UPDATE_WORDS = /\b(?:updated?|updates|refresh(?:ed)?|mises? a jour|mis a jour|frequency|frequence|release|releases|published)\b/g;

function wordFrequency(text: string): string | undefined {
  const key = wordKey(text);
  if (key === '') return undefined;
  const direct = wordIndex.get(key) ?? phraseFrequency(key);
  if (direct !== undefined) return direct;
  // "Updated monthly", "Mise à jour mensuelle", "Annually (every year)".
  const stripped = key.replace(UPDATE_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if (stripped !== key && stripped !== '') {
    const found = wordIndex.get(stripped) ?? phraseFrequency(stripped);
    if (found !== undefined) return found;
  }
  const paren = text.indexOf('(');
  if (paren > 0) return wordFrequency(text.slice(0, paren));
  return undefined;
}

function iriFrequency(text: string): string | undefined {
  const eu = /\/authority\/frequency\/([A-Za-z0-9_]+)\/?$/.exec(text);
  if (eu?.[1]) return EU_FREQUENCIES[eu[1].toUpperCase()];
  const dc = /purl\.org\/cld\/freq\/([A-Za-z]+)\/?$/.exec(text);
  if (dc?.[1]) return DUBLIN_CORE_FREQUENCIES[dc[1].toLowerCase()];
  const last = /[/#]([^/#]+)\/?$/.exec(text);
  return last?.[1] ? wordFrequency(last[1]) : undefined;
}

const normalizeOne = memoize((text: string): string | undefined => {
  if (/^https?:\/\//i.test(text)) return iriFrequency(text);
  return durationOf(text) ?? wordFrequency(text);
});

/** ISO 8601 durations (`P1M`, `R/P1Y`, `P0.5M`...) pass through normalized; words (English and French: `annual`,
 * `annuel`, `quarterly`, `trimestriel`, `as needed`, `au besoin`, the DCAT/EU frequency IRIs and dublin core
 * `http://purl.org/cld/freq/monthly`...) map to a duration or special value. Unknown → undefined. */
export function normalizeFrequency(text: string | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return normalizeOne(trimmed);
}

export function isFrequencySpecial(code: string): code is FrequencySpecial {
  return (FREQUENCY_SPECIAL as readonly string[]).includes(code);
}

function frNumber(n: number): string {
  return String(n).replace('.', ',');
}

function durationLabel(d: Duration): Label {
  const units = UNIT_ORDER.filter((u) => d[u] !== undefined && d[u] !== 0);
  if (units.length === 1) {
    const unit = units[0] as Unit;
    const n = d[unit] as number;
    const w = UNIT_WORDS[unit];
    const every = w.feminine ? 'Toutes les' : 'Tous les';
    if (n === 1) return { en: `Every ${w.en[0]}`, fr: `${every} ${w.fr[1]}` };
    const times = 1 / n;
    if (n < 1 && Math.abs(times - Math.round(times)) < 0.05) {
      const k = Math.round(times);
      const en = k === 2 ? 'Twice' : k === 3 ? 'Three times' : `${k} times`;
      const fr = k === 2 ? 'Deux fois' : k === 3 ? 'Trois fois' : `${k} fois`;
      return { en: `${en} a ${w.en[0]}`, fr: `${fr} par ${w.frPer}` };
    }
    return {
      en: `Every ${String(n)} ${w.en[n > 1 ? 1 : 0]}`,
      // French takes the plural from 2 on: « 1,5 an », « 3 ans ».
      fr: `${every} ${frNumber(n)} ${w.fr[n >= 2 ? 1 : 0]}`,
    };
  }
  const en = units.map((u) => `${String(d[u])} ${UNIT_WORDS[u].en[(d[u] ?? 0) > 1 ? 1 : 0]}`);
  const fr = units.map((u) => `${frNumber(d[u] ?? 0)} ${UNIT_WORDS[u].fr[(d[u] ?? 0) >= 2 ? 1 : 0]}`);
  const join = (parts: string[], and: string): string =>
    parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1] ?? ''}`;
  return { en: `Every ${join(en, 'and')}`, fr: `Intervalle de ${join(fr, 'et')}` };
}

/** 'P1M' → { en: 'Monthly', fr: 'Mensuelle' }; any duration gets a sensible label; an unknown code labels itself. */
export function frequencyLabel(code: string): Label {
  if (isFrequencySpecial(code)) return SPECIAL_LABELS[code];
  const normalized = normalizeFrequency(code) ?? code;
  if (isFrequencySpecial(normalized)) return SPECIAL_LABELS[normalized];
  const known = DURATION_LABELS[normalized];
  if (known) return known;
  const d = parseDuration(normalized);
  return d ? durationLabel(d) : { en: code, fr: code };
}
