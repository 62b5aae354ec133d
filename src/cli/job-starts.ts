// Tells the server the id of a job it just started: the harvester names a job when it first saves
// it, so the sink is watched for that first save (a Proxy: every other method passes through),
// in this process or, through `saved`, as a harvest child process reports it.
import type { JobReport } from '../harvest/report.js';
import type { HarvestSink } from '../harvest/sink.js';

export interface JobStarts<T extends HarvestSink> {
  sink: T;
  /** Resolves with the id of the next job of `sourceId` that is saved. */
  next(sourceId: string): Promise<string>;
  /** Says a job was saved (elsewhere than through `sink`). */
  saved(report: Pick<JobReport, 'id' | 'sourceId'>): void;
}

/** `sink` with `after` called once each job save has succeeded. */
export function afterSaveJob<T extends HarvestSink>(sink: T, after: (report: JobReport) => void): T {
  const saveJob = async (report: JobReport): Promise<void> => {
    await sink.saveJob(report);
    after(report);
  };
  return new Proxy(sink, {
    get(target, property) {
      if (property === 'saveJob') return saveJob;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export function watchJobStarts<T extends HarvestSink>(sink: T): JobStarts<T> {
  const waiting = new Map<string, ((id: string) => void)[]>();
  const saved = (report: Pick<JobReport, 'id' | 'sourceId'>): void => {
    const resolvers = waiting.get(report.sourceId);
    waiting.delete(report.sourceId);
    resolvers?.forEach((resolve) => resolve(report.id));
  };
  return {
    sink: afterSaveJob(sink, saved),
    next: (sourceId) => new Promise((resolve) => waiting.set(sourceId, [...(waiting.get(sourceId) ?? []), resolve])),
    saved,
  };
}
