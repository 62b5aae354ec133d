// Onboarding: a few records of a source, fetched and mapped as a harvest would, written nowhere.
import type { MappedRecord } from '../sources/source.js';
import type { SourceConfig } from './config.js';
import { createSource } from './create-source.js';
import type { HttpClient } from '../sources/http.js';
import type { JobProblem } from './report.js';

export type PreviewOutcome =
  | { kind: 'record'; remoteId: string; record: MappedRecord; admitted: boolean; reason?: string }
  | { kind: 'skip'; remoteId: string; reason: string }
  | { kind: 'problem'; remoteId?: string; reason: string };

export interface PreviewResult {
  sourceId: string;
  /** What the portal announced for its whole listing, when it did. */
  total?: number;
  outcomes: PreviewOutcome[];
  /** Problems of the listing itself (a page that could not be read ends the preview). */
  problems: JobProblem[];
}

export async function previewSource(config: SourceConfig, http: HttpClient, options: { limit: number; pageSize?: number; signal?: AbortSignal }): Promise<PreviewResult> {
  const source = createSource(config, http, Math.max(1, Math.min(options.pageSize ?? options.limit, 1000)));
  const gate = new Set(config.licenceGate);
  const result: PreviewResult = { sourceId: config.id, outcomes: [], problems: [] };
  try {
    for await (const page of source.list(options.signal ? { signal: options.signal } : {})) {
      if (page.total !== undefined) result.total = page.total;
      for (const p of page.problems) {
        if (result.outcomes.length >= options.limit) break;
        result.outcomes.push({ kind: 'problem', ...(p.remoteId !== undefined ? { remoteId: p.remoteId } : {}), reason: p.reason });
      }
      for (const item of page.items) {
        if (result.outcomes.length >= options.limit) break;
        let mapped;
        try {
          mapped = source.map(item);
        } catch (error) {
          mapped = { kind: 'problem' as const, reason: `mapping failed: ${(error as Error).message}` };
        }
        if (mapped.kind === 'record') {
          const licence = mapped.record.licence?.id;
          const admitted = gate.size === 0 || (licence !== undefined && gate.has(licence));
          result.outcomes.push({
            kind: 'record',
            remoteId: item.remoteId,
            record: mapped.record,
            admitted,
            ...(admitted ? {} : { reason: `licence ${licence ?? 'unknown'} is outside the licence gate (${[...gate].join(', ')})` }),
          });
        } else result.outcomes.push({ remoteId: item.remoteId, ...mapped });
      }
      if (result.outcomes.length >= options.limit) break;
    }
  } catch (error) {
    result.problems.push({ sourceId: config.id, reason: (error as Error).message });
  }
  return result;
}
