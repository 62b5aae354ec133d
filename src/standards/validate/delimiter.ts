// Which delimiter a CSV uses, guessed from its first lines.

export const DELIMITERS = [',', ';', '\t', '|'] as const;
const SAMPLE_LINES = 20;

/** Counts of each candidate per record over the first lines, quotes respected (a quoted
 * newline stays inside its record). */
function countsPerRecord(text: string): number[][] {
  const records: number[][] = [];
  let counts = DELIMITERS.map(() => 0);
  let quoted = false;
  for (let i = 0; i < text.length && records.length < SAMPLE_LINES; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      records.push(counts);
      counts = DELIMITERS.map(() => 0);
    } else {
      const k = (DELIMITERS as readonly string[]).indexOf(c);
      if (k >= 0) counts[k]!++;
    }
  }
  // A last record cut by the end of the sample is left out: it may be incomplete.
  if (records.length === 0) records.push(counts);
  return records;
}

/** The candidate found the same number of times (at least once) on the most records, the
 * header's count breaking ties; `,` when none appears. */
export function detectDelimiter(start: string): string {
  const records = countsPerRecord(start);
  let best: string = ',';
  let bestScore = 0;
  DELIMITERS.forEach((d, k) => {
    const headerCount = records[0]![k]!;
    if (headerCount === 0) return;
    const consistent = records.filter((r) => r[k] === headerCount).length;
    const score = consistent * 1000 + headerCount;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  });
  return best;
}
