// CKAN writes instants in UTC without a zone and with microseconds: `2023-04-13T13:06:26.874270`.

const DAY_MS = 86_400_000;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` of epoch milliseconds (civil-from-days arithmetic: the generator formats
 * millions of dates, and `Date#toISOString` is the slow part). */
export function isoDate(ms: number): string {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Formats epoch milliseconds (plus 0–999 extra microseconds) as CKAN does. */
export function ckanTimestamp(ms: number, micros = 0): string {
  const inDay = ((ms % DAY_MS) + DAY_MS) % DAY_MS;
  const h = Math.floor(inDay / 3_600_000);
  const m = Math.floor((inDay % 3_600_000) / 60_000);
  const s = Math.floor((inDay % 60_000) / 1000);
  return `${isoDate(ms)}T${pad2(h)}:${pad2(m)}:${pad2(s)}.${pad3(inDay % 1000)}${pad3(micros % 1000)}`;
}

/** Epoch milliseconds of a CKAN or ISO 8601 instant; a stamp without a zone is UTC. */
export function parseInstant(text: string): number {
  const trimmed = text.trim();
  const hasZone = /(?:Z|[+-]\d\d:?\d\d)$/i.test(trimmed);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  // Date.parse keeps only milliseconds; longer fractions are cut so that it accepts them.
  const normalized = trimmed.replace(/(\.\d{3})\d+/, '$1');
  return Date.parse(hasZone || dateOnly ? normalized : `${normalized}Z`);
}
