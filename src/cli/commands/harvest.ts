import type { UiLang } from '../../core/langstring.js';
import { harvest } from '../../harvest/harvester.js';
import { describeOwner } from '../../harvest/lock.js';
import { t } from '../messages.js';
import { barProgress, logProgress } from '../progress.js';
import { openDatabase, readConfig, UsageError, type GlobalOptions } from '../context.js';
import { formatEvent, type HarvestEvent } from '../harvest-events.js';
import { afterSaveJob } from '../job-starts.js';

export interface HarvestCommandOptions extends GlobalOptions {
  source?: string[];
  full?: boolean;
  /** Job events as JSON lines on stdout (for `federa serve`, which runs harvests in a child). */
  events?: boolean;
}

/** Exit codes when a signal stopped the harvest: 128 + the signal's number, as shells do. */
export const SIGNAL_EXIT_CODES: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };

/** Default time a running job has, after a signal, to reach its page boundary before what is in flight is aborted. */
const STOP_GRACE_MS = 10_000;

function stopGraceMs(): number {
  const text = process.env.FEDERA_STOP_GRACE_MS;
  if (text === undefined || text === '') return STOP_GRACE_MS;
  if (!/^\d+$/.test(text)) throw new UsageError(`FEDERA_STOP_GRACE_MS="${text}": expected a whole number of milliseconds / nombre entier de millisecondes attendu`);
  return Number(text);
}

/** Returns the exit code: 1 when any source failed or another run held it, 130/143 when stopped by SIGINT/SIGTERM. */
export async function harvestCommand(options: HarvestCommandOptions, lang: UiLang): Promise<number> {
  const config = readConfig(options);
  const graceMs = stopGraceMs();
  const catalogue = openDatabase(options);
  const emit = (event: HarvestEvent) => {
    if (options.events) process.stdout.write(formatEvent(event));
  };
  const view = process.stderr.isTTY && !process.env.CI ? barProgress(lang) : logProgress(lang);
  // The first signal stops at the next page boundary; after the grace period, or a second
  // signal, what is in flight (a fetch) is aborted.
  const stop = new AbortController();
  const abort = new AbortController();
  let stoppedBy: 'SIGINT' | 'SIGTERM' | undefined;
  let grace: NodeJS.Timeout | undefined;
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    if (stoppedBy) {
      abort.abort(signal);
      return;
    }
    stoppedBy = signal;
    process.stderr.write(`${t(lang, 'stoppingHarvest', { signal, seconds: graceMs / 1000 })}\n`);
    stop.abort(signal);
    grace = setTimeout(() => abort.abort(signal), graceMs);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const mode = options.full ? 'full' : 'incremental';
    const selected = options.source?.length ? options.source : config.sources.filter((s) => s.enabled).map((s) => s.id);
    view.log(t(lang, 'harvestStart', { mode, count: selected.length }));
    const result = await harvest({
      config,
      sink: options.events ? afterSaveJob(catalogue.store, (report) => emit({ event: 'saved', report })) : catalogue.store,
      ...(options.source?.length ? { sourceIds: options.source } : {}),
      mode,
      signal: abort.signal,
      stop: stop.signal,
      onJobStart: (id) => {
        view.start(id);
        emit({ event: 'start', sourceId: id });
      },
      onProgress: (p) => view.progress(p),
      onJobEnd: (r) => {
        view.end(r);
        emit({ event: 'end', report: r });
      },
      onRecovered: (jobs) => process.stderr.write(`${t(lang, 'recovered', { count: jobs.length, jobs: jobs.join(', ') })}\n`),
      onBusy: (holder) => {
        view.log(t(lang, 'sourceBusy', { source: holder.sourceId, job: holder.jobId, owner: describeOwner(holder.owner), since: holder.acquiredAt, heartbeat: holder.heartbeatAt }));
        emit({ event: 'busy', sourceId: holder.sourceId });
      },
    });
    view.stop();
    if (result.purged > 0) process.stderr.write(`${t(lang, 'purged', { count: result.purged })}\n`);
    if (stoppedBy) return SIGNAL_EXIT_CODES[stoppedBy];
    const failed = result.jobs.filter((j) => j.status === 'failed').length;
    if (failed > 0) process.stderr.write(`${t(lang, 'harvestFailed', { count: failed })}\n`);
    return failed > 0 || result.busy.length > 0 ? 1 : 0;
  } finally {
    clearTimeout(grace);
    view.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await catalogue.close();
  }
}
