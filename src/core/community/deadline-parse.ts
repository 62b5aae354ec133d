// Reads the deadlines real trackers write ("2023-12", "By June 2024", "D'ici l'hiver 2025",
// "Fall 2027", "2024-25", "Ongoing") into one structured Deadline, keeping the words.
//
// Windows chosen (Northern-hemisphere meteorological seasons, whole months):
//   spring YEAR = 1 March - 31 May; summer = 1 June - 31 August; fall/autumn = 1 September -
//   30 November; winter YEAR = 1 December of YEAR-1 - end of February of YEAR (the winter that
//   ends in YEAR: "By winter 2025" comes before "By summer 2025" in the 6th plan).
//   early YEAR = 1 January - 30 April (precision season); mid YEAR = 1 May - 31 August (season);
//   end of / late YEAR = the whole year (precision year, due 31 December).
//   Fiscal year "2024-25" / "2024-2025" = 1 April 2024 - 31 March 2025 (precision year).
//   Quarters are calendar quarters (Q1 = January - March).
// A text naming several dates gives the latest one (a year that contains a more precise date
// named beside it yields to that date). No date but a recurrence word ("Ongoing", "Annually",
// "En cours") gives `ongoing`; anything else is `unknown`, its text kept.
import type { Deadline, DeadlinePrecision } from './deadline.js';
import type { BiText } from './types.js';

interface Mention {
  precision: Exclude<DeadlinePrecision, 'ongoing' | 'unknown'>;
  from: string;
  due: string;
  at: number;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, janvier: 1, february: 2, feb: 2, fevrier: 2, march: 3, mar: 3, mars: 3,
  april: 4, apr: 4, avril: 4, may: 5, mai: 5, june: 6, jun: 6, juin: 6, july: 7, jul: 7, juillet: 7,
  august: 8, aug: 8, aout: 8, september: 9, sept: 9, sep: 9, septembre: 9, october: 10, oct: 10,
  octobre: 10, november: 11, nov: 11, novembre: 11, december: 12, dec: 12, decembre: 12,
};
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const SEASONS: Record<string, 'spring' | 'summer' | 'fall' | 'winter'> = {
  spring: 'spring', printemps: 'spring', summer: 'summer', ete: 'summer', fall: 'fall', autumn: 'fall',
  automne: 'fall', winter: 'winter', hiver: 'winter',
};

const ONGOING = /\b(ongoing|continuous(ly)?|on-going|annually|annual|biannually|semi-annually|monthly|quarterly|yearly|every year|en cours|permanent|continu|continue|chaque annee|chaque mois|annuellement|mensuellement|trimestriellement|deux fois par annee)\b/;

const pad = (n: number): string => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthEnd = (y: number, m: number): string => day(y, m, lastDay(y, m));

function seasonWindow(season: 'spring' | 'summer' | 'fall' | 'winter', y: number): [string, string] {
  switch (season) {
    case 'spring':
      return [day(y, 3, 1), monthEnd(y, 5)];
    case 'summer':
      return [day(y, 6, 1), monthEnd(y, 8)];
    case 'fall':
      return [day(y, 9, 1), monthEnd(y, 11)];
    case 'winter':
      return [day(y - 1, 12, 1), monthEnd(y, 2)];
  }
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

type Reader = (match: RegExpExecArray) => Omit<Mention, 'at'> | undefined;

// Most specific first: each match masks its span so that later patterns do not read it again.
const READERS: [RegExp, Reader][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? { precision: 'day', from: day(y, mo, d), due: day(y, mo, d) } : undefined;
  }],
  [/\b(\d{4})[-/](\d{2}|\d{4})\b/g, (m) => {
    const y = Number(m[1]);
    const second = Number(m[2]);
    const fiscal = m[2]!.length === 4 ? second === y + 1 : second === (y + 1) % 100;
    if (m[2]!.length === 2 && second >= 1 && second <= 12 && !(fiscal && /fiscal|exercice/.test(m.input))) {
      return { precision: 'month', from: day(y, second, 1), due: monthEnd(y, second) };
    }
    return fiscal ? { precision: 'year', from: day(y, 4, 1), due: day(y + 1, 3, 31) } : undefined;
  }],
  [new RegExp(`\\b(${MONTH_WORDS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'), (m) => {
    const [mo, d, y] = [MONTHS[m[1]!]!, Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? { precision: 'day', from: day(y, mo, d), due: day(y, mo, d) } : undefined;
  }],
  [new RegExp(`\\b(\\d{1,2})(?:er)?\\s+(${MONTH_WORDS})\\.?\\s+(\\d{4})\\b`, 'g'), (m) => {
    const [d, mo, y] = [Number(m[1]), MONTHS[m[2]!]!, Number(m[3])];
    return validDay(y, mo, d) ? { precision: 'day', from: day(y, mo, d), due: day(y, mo, d) } : undefined;
  }],
  [new RegExp(`\\b(${MONTH_WORDS})\\.?,?\\s+(?:de\\s+|of\\s+)?(\\d{4})\\b`, 'g'), (m) => {
    const [mo, y] = [MONTHS[m[1]!]!, Number(m[2])];
    return { precision: 'month', from: day(y, mo, 1), due: monthEnd(y, mo) };
  }],
  [/\b(?:q([1-4])\s*[-/]?\s*(\d{4})|(\d{4})\s*[-/]?\s*q([1-4]))\b/g, (m) => {
    const q = Number(m[1] ?? m[4]);
    const y = Number(m[2] ?? m[3]);
    return { precision: 'quarter', from: day(y, q * 3 - 2, 1), due: monthEnd(y, q * 3) };
  }],
  [/\b(spring|printemps|summer|ete|fall|autumn|automne|winter|hiver)\s+(?:of\s+|de\s+)?(\d{4})\b/g, (m) => {
    const [from, due] = seasonWindow(SEASONS[m[1]!]!, Number(m[2]));
    return { precision: 'season', from, due };
  }],
  [/\b(early|beginning of|start of|debut de|debut|mid|mid-|milieu de)\s*(\d{4})\b/g, (m) => {
    const y = Number(m[2]);
    return m[1]!.startsWith('mi')
      ? { precision: 'season', from: day(y, 5, 1), due: monthEnd(y, 8) }
      : { precision: 'season', from: day(y, 1, 1), due: monthEnd(y, 4) };
  }],
  [/\b((?:19|20)\d{2})\b/g, (m) => {
    const y = Number(m[1]);
    return { precision: 'year', from: day(y, 1, 1), due: day(y, 12, 31) };
  }],
];

/** Lower case, accents and typographic hyphens and apostrophes made plain. */
function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

function mentions(text: string): Mention[] {
  let work = normalize(text);
  const found: Mention[] = [];
  for (const [pattern, read] of READERS) {
    pattern.lastIndex = 0;
    const spans: [number, number][] = [];
    for (let m = pattern.exec(work); m; m = pattern.exec(work)) {
      const mention = read(m);
      if (mention) {
        found.push({ ...mention, at: m.index });
        spans.push([m.index, m.index + m[0].length]);
      }
    }
    for (const [start, end] of spans) work = work.slice(0, start) + ' '.repeat(end - start) + work.slice(end);
  }
  return found;
}

/** The deadline one text states, or undefined when it names no date and no recurrence. */
function readOne(text: string): Omit<Deadline, 'text'> | undefined {
  const all = mentions(text);
  // A window that contains another named date is the context of that date, not the deadline.
  const precise = all.filter((a) => !all.some((b) => b !== a && a.from <= b.from && b.due <= a.due && (a.from !== b.from || a.due !== b.due)));
  const latest = precise.sort((a, b) => (a.due === b.due ? a.at - b.at : a.due < b.due ? -1 : 1)).at(-1);
  if (latest) return { precision: latest.precision, from: latest.from, due: latest.due };
  return ONGOING.test(normalize(text)) ? { precision: 'ongoing' } : undefined;
}

/** A `due_date` column (`2023-12`, `2019-05-29`, `2023`) read on its own. */
function readDueDate(dueDate: string): Omit<Deadline, 'text'> | undefined {
  const trimmed = dueDate.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? { precision: 'day', from: day(y, mo, d), due: day(y, mo, d) } : undefined;
  }
  m = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? { precision: 'month', from: day(y, mo, 1), due: monthEnd(y, mo) } : undefined;
  }
  m = /^(\d{4})$/.exec(trimmed);
  return m ? { precision: 'year', from: day(Number(m[1]), 1, 1), due: day(Number(m[1]), 12, 31) } : undefined;
}

/** Reads a deadline: a valid `dueDate` wins, then the English text, then the French one. */
export function parseDeadline(text: BiText, dueDate?: string): Deadline {
  const kept: BiText = {};
  if (text.en?.trim()) kept.en = text.en.trim();
  if (text.fr?.trim()) kept.fr = text.fr.trim();
  const read =
    (dueDate === undefined ? undefined : readDueDate(dueDate)) ??
    (kept.en === undefined ? undefined : readOne(kept.en)) ??
    (kept.fr === undefined ? undefined : readOne(kept.fr));
  if (!read) return { precision: 'unknown', text: kept };
  return { ...read, text: kept };
}
