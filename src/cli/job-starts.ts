// Tells the server the id of a job it just started: the harvester names a job when it first saves
// it, so the sink is watched for that first save (a Proxy: every other method passes through).
import type { JobReport } from '../harvest/report.js';
import type { HarvestSink } from '../harvest/sink.js';

export interface JobStarts<T extends HarvestSink> {
  sink: T;
  /** Resolves with the id of the next job of `sourceId` that is saved. */
  next(sourceId: string): Promise<string>;
}

export function watchJobStarts<T extends HarvestSink>(sink: T): JobStarts<T> {
  const waiting = new Map<string, ((id: string) => void)[]>();
  const saveJob = async (report: JobReport): Promise<void> => {
    await sink.saveJob(report);
    const resolvers = waiting.get(report.sourceId);
    waiting.delete(report.sourceId);
    resolvers?.forEach((resolve) => resolve(report.id));
  };
  const proxy = new Proxy(sink, {
    get(target, property) {
      if (property === 'saveJob') return saveJob;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    sink: proxy,
    next: (sourceId) => new Promise((resolve) => waiting.set(sourceId, [...(waiting.get(sourceId) ?? []), resolve])),
  };
}
