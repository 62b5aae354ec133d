// A different value of the same type and shape, for fields whose removal changes nothing because
// a fallback holds the same value: the mapping's output then moves only if it reads the field.

const DAY_MS = 86_400_000;

/** `direction` 1 moves numbers and dates later, -1 earlier: a mapping that keeps the latest (or
 * earliest) of several stamps shows only one of the two. */
export function perturb(value: unknown, direction: 1 | -1 = -1): unknown {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') {
    // Epoch milliseconds (Hub dates) move by a year; coordinates and counts by a little.
    if (Math.abs(value) > 1e11) return value + direction * 400 * DAY_MS;
    return Number.isInteger(value) ? value + direction : value + direction * 0.25;
  }
  if (typeof value !== 'string') return value;
  const date = /^(\d{4})(-\d{2}-\d{2}.*)$/.exec(value);
  if (date) return `${Number(date[1]) + direction}${date[2]}`;
  if (/^\d+$/.test(value)) return String(Math.max(0, Number(value) + direction));
  if (/^[^\s@]+@[^\s@]+$/.test(value)) return `z${value}`;
  if (/^mailto:/i.test(value)) return value.replace(/^mailto:/i, 'mailto:z');
  return `${value}z`;
}
