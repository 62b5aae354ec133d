// The machine-readable progress of `federa harvest --events`: one JSON object per line on stdout,
// read back by the server that runs its harvests in a child process.
import type { JobReport } from '../harvest/report.js';

export type HarvestEvent =
  | { event: 'start'; sourceId: string }
  /** Another run holds the source's harvest lock: no job was started. */
  | { event: 'busy'; sourceId: string }
  /** A job was written to the store (first as running, then as it ended). */
  | { event: 'saved'; report: JobReport }
  | { event: 'end'; report: JobReport };

export function formatEvent(event: HarvestEvent): string {
  return `${JSON.stringify(event)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function asReport(v: unknown): JobReport | undefined {
  if (!isObject(v)) return undefined;
  const strings = ['id', 'sourceId', 'mode', 'status', 'startedAt'].every((key) => typeof v[key] === 'string');
  // The rest of the shape is the child's own JobReport, written by formatEvent.
  return strings && isObject(v.counts) && Array.isArray(v.problems) ? (v as unknown as JobReport) : undefined;
}

/** The event on a line, or undefined for anything else (a stray line is not an event). */
export function parseEvent(line: string): HarvestEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if ((value.event === 'start' || value.event === 'busy') && typeof value.sourceId === 'string') return { event: value.event, sourceId: value.sourceId };
  if (value.event === 'saved' || value.event === 'end') {
    const report = asReport(value.report);
    return report ? { event: value.event, report } : undefined;
  }
  return undefined;
}
