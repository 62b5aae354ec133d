// Harvest progress: a live bar per source (records/s) on a terminal, plain log lines otherwise.
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { UiLang } from '../core/langstring.js';
import type { JobReport } from '../harvest/report.js';
import type { JobProgress } from '../harvest/run-job.js';
import { STATUS_LABELS, t } from './messages.js';
import { stripControlsLine } from './strip-controls.js';

export interface ProgressView {
  start(sourceId: string): void;
  progress(p: JobProgress): void;
  end(report: JobReport): void;
  log(line: string): void;
  stop(): void;
}

interface Timing {
  startedAt: number;
  lastLog: number;
}

function rate(seen: number, startedAt: number): number {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? Math.round(seen / seconds) : 0;
}

export function endLine(lang: UiLang, r: JobReport): string[] {
  const seconds = r.finishedAt ? ((Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1000).toFixed(1) : '?';
  const lines = [
    t(lang, 'jobEnd', {
      source: r.sourceId,
      status: STATUS_LABELS[r.status]?.[lang] ?? r.status,
      seconds,
      seen: r.counts.seen,
      added: r.counts.added,
      updated: r.counts.updated,
      unchanged: r.counts.unchanged,
      withdrawn: r.counts.withdrawn,
      skipped: r.counts.skippedByLicence + r.counts.skippedByFilter,
      failed: r.counts.failed,
      clusters: r.clusters ? t(lang, 'jobClusters', { total: r.clusters.total, formed: r.clusters.formed }) : '',
      job: r.id,
    }),
  ];
  // An error or flag may quote what the portal sent.
  if (r.error) lines.push(t(lang, 'jobError', { source: r.sourceId, error: stripControlsLine(r.error) }));
  if (r.flagged) lines.push(t(lang, 'jobFlagged', { source: r.sourceId, reason: stripControlsLine(r.flagged) }));
  return lines;
}

/** Plain lines on stderr, at most one progress line per source every 2 seconds. */
export function logProgress(lang: UiLang, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): ProgressView {
  const timings = new Map<string, Timing>();
  return {
    start(sourceId) {
      timings.set(sourceId, { startedAt: Date.now(), lastLog: Date.now() });
      write(t(lang, 'jobStart', { source: sourceId }));
    },
    progress(p) {
      const timing = timings.get(p.sourceId);
      if (!timing || Date.now() - timing.lastLog < 2000) return;
      timing.lastLog = Date.now();
      write(t(lang, 'jobProgress', { source: p.sourceId, seen: p.seen, total: p.total ?? '', rate: rate(p.seen, timing.startedAt) }));
    },
    end(report) {
      for (const line of endLine(lang, report)) write(line);
    },
    log: write,
    stop() {},
  };
}

/** A live bar per source on a terminal. */
export function barProgress(lang: UiLang): ProgressView {
  const multi = new MultiBar(
    {
      format: `{source} [{bar}] {value}/{total} · {rate} ${lang === 'fr' ? 'fiches/s' : 'records/s'} · {status}`,
      barsize: 24,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
  const bars = new Map<string, { bar: SingleBar; startedAt: number }>();
  // Lines logged while bars are drawn may be lost when they stop: printed after them instead.
  const pending: string[] = [];
  let stopped = false;
  return {
    start(sourceId) {
      bars.set(sourceId, { bar: multi.create(0, 0, { source: sourceId.padEnd(18), rate: 0, status: STATUS_LABELS.running![lang] }), startedAt: Date.now() });
    },
    progress(p) {
      const entry = bars.get(p.sourceId);
      if (!entry) return;
      if (p.total !== undefined) entry.bar.setTotal(Math.max(p.total, p.seen));
      entry.bar.update(p.seen, { rate: rate(p.seen, entry.startedAt) });
    },
    end(report) {
      const entry = bars.get(report.sourceId);
      if (entry) {
        entry.bar.setTotal(Math.max(report.counts.seen, 1));
        entry.bar.update(report.counts.seen, { status: STATUS_LABELS[report.status]?.[lang] ?? report.status });
      }
      pending.push(...endLine(lang, report));
    },
    log(line) {
      if (stopped || bars.size === 0) process.stderr.write(`${line}\n`);
      else pending.push(line);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      multi.stop();
      for (const line of pending.splice(0)) process.stderr.write(`${line}\n`);
    },
  };
}
