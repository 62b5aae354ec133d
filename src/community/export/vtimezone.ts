// Time zone support for the iCalendar feed without a time zone package: wall-clock times and
// VTIMEZONE components (RFC 5545 §3.6.5) computed from the platform's own IANA data (Intl).

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's canonical IANA name, or undefined when the platform does not know it. */
export function knownTimeZone(timeZone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC. */
  offset: number;
}

/** The local date, time and UTC offset in a zone at an instant. */
export function wallClock(epochMs: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  const offset = /^GMT([+-])(\d{2}):(\d{2})$/.exec(parts.timeZoneName ?? '');
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    offset: offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0,
  };
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Instants (to the minute) where the zone's offset changes in [from, to). */
function transitions(timeZone: string, from: number, to: number): number[] {
  const found: number[] = [];
  let before = wallClock(from, timeZone).offset;
  for (let t = from; t < to; t += DAY) {
    const next = Math.min(t + DAY, to);
    const after = wallClock(next, timeZone).offset;
    if (after === before) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE)) * MINUTE;
      if (wallClock(mid, timeZone).offset === before) lo = mid;
      else hi = mid;
    }
    found.push(hi);
    before = after;
  }
  return found;
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function utcOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

/** `YYYYMMDDTHHMMSS` of an instant seen at a fixed offset. */
function localStamp(epochMs: number, offset: number): string {
  const d = new Date(epochMs + offset * MINUTE);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${start}`, `TZOFFSETFROM:${utcOffset(from)}`, `TZOFFSETTO:${utcOffset(to)}`, `END:${kind}`];
}

const built = new Map<string, string>();
const BUILT_MAX = 256;

/** A VTIMEZONE covering the years `fromYear`..`toYear` (every change of offset in them, each as
 * its own observance: exact for past years, without guessing the rule behind them). */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const key = `${timeZone} ${fromYear} ${toYear}`;
  let component = built.get(key);
  if (component === undefined) {
    // A feed is built per request: the day-by-day scan is kept for the next one (few keys exist).
    if (built.size >= BUILT_MAX) built.clear();
    component = buildVtimezone(timeZone, fromYear, toYear);
    built.set(key, component);
  }
  return component;
}

function buildVtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const initial = wallClock(from, timeZone).offset;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observance('STANDARD', localStamp(from, initial), initial, initial)];
  let offset = initial;
  for (const at of transitions(timeZone, from, to)) {
    const next = wallClock(at, timeZone).offset;
    lines.push(...observance(next > offset ? 'DAYLIGHT' : 'STANDARD', localStamp(at, offset), offset, next));
    offset = next;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
