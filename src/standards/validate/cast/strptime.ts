// Python strptime-like patterns (`%d/%m/%Y`) for date, time and datetime fields.

export interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC, when the text says. */
  offset?: number;
  /** The day of the year (%j), which then stands for the month and the day. */
  yday?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = '(?:mon|tue|wed|thu|fri|sat|sun)';
const DAY_NAMES = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

type Setter = (p: Parts, text: string) => boolean;

const DIRECTIVES: Record<string, [string, Setter | undefined]> = {
  Y: ['(\\d{4})', (p, t) => ((p.year = Number(t)), true)],
  y: ['(\\d{2})', (p, t) => ((p.year = Number(t) + (Number(t) < 69 ? 2000 : 1900)), true)],
  m: ['(\\d{1,2})', (p, t) => ((p.month = Number(t)), true)],
  d: ['(\\d{1,2})', (p, t) => ((p.day = Number(t)), true)],
  H: ['(\\d{1,2})', (p, t) => ((p.hour = Number(t)), true)],
  I: ['(\\d{1,2})', (p, t) => ((p.hour = Number(t) % 12), Number(t) >= 1 && Number(t) <= 12)],
  p: ['(am|pm)', (p, t) => ((p.hour += t.toLowerCase() === 'pm' ? 12 : 0), true)],
  M: ['(\\d{1,2})', (p, t) => ((p.minute = Number(t)), true)],
  S: ['(\\d{1,2})', (p, t) => ((p.second = Number(t)), true)],
  f: ['(\\d{1,6})', (p, t) => ((p.ms = Number(t.padEnd(6, '0')) / 1000), true)],
  z: ['(Z|[+-]\\d{2}:?\\d{2})', (p, t) => ((p.offset = offsetMinutes(t)), true)],
  b: [`(${MONTHS.join('|')})`, (p, t) => ((p.month = MONTHS.indexOf(t.toLowerCase()) + 1), true)],
  B: [`(${MONTH_NAMES.join('|')})`, (p, t) => ((p.month = MONTH_NAMES.indexOf(t.toLowerCase()) + 1), true)],
  j: ['(\\d{1,3})', (p, t) => ((p.yday = Number(t)), true)],
  a: [DAYS, undefined],
  A: [DAY_NAMES, undefined],
  Z: ['[A-Za-z]{1,5}', undefined],
  '%': ['%', undefined],
};
DIRECTIVES.h = DIRECTIVES.b!;

export function offsetMinutes(text: string): number {
  if (text === 'Z') return 0;
  const digits = text.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits[0] === '-' ? -minutes : minutes;
}

/** A parser for one pattern, or undefined when it uses a directive Federa does not know. */
export function compilePattern(pattern: string): ((text: string) => Parts | undefined) | undefined {
  let source = '^';
  const setters: Setter[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c !== '%') {
      source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      continue;
    }
    const directive = DIRECTIVES[pattern[++i] ?? ''];
    if (!directive) return undefined;
    source += directive[0];
    if (directive[1]) setters.push(directive[1]);
  }
  const re = new RegExp(`${source}$`, 'i');
  return (text) => {
    const m = re.exec(text);
    if (!m) return undefined;
    const parts: Parts = { year: 1900, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 };
    for (let k = 0; k < setters.length; k++) if (!setters[k]!(parts, m[k + 1]!)) return undefined;
    return parts;
  };
}
