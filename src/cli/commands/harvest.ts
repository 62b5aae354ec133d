import type { UiLang } from '../../core/langstring.js';
import { harvest } from '../../harvest/harvester.js';
import { t } from '../messages.js';
import { barProgress, logProgress } from '../progress.js';
import { openDatabase, readConfig, type GlobalOptions } from '../context.js';
import { formatEvent, type HarvestEvent } from '../harvest-events.js';
import { afterSaveJob } from '../job-starts.js';

export interface HarvestCommandOptions extends GlobalOptions {
  source?: string[];
  full?: boolean;
  /** Job events as JSON lines on stdout (for `federa serve`, which runs harvests in a child). */
  events?: boolean;
}

/** Returns the exit code: 1 when any source failed. */
export async function harvestCommand(options: HarvestCommandOptions, lang: UiLang): Promise<number> {
  const config = readConfig(options);
  const catalogue = openDatabase(options);
  const emit = (event: HarvestEvent) => {
    if (options.events) process.stdout.write(formatEvent(event));
  };
  const view = process.stderr.isTTY && !process.env.CI ? barProgress(lang) : logProgress(lang);
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
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
      onJobStart: (id) => {
        view.start(id);
        emit({ event: 'start', sourceId: id });
      },
      onProgress: (p) => view.progress(p),
      onJobEnd: (r) => {
        view.end(r);
        emit({ event: 'end', report: r });
      },
    });
    view.stop();
    if (result.purged > 0) process.stderr.write(`${t(lang, 'purged', { count: result.purged })}\n`);
    const failed = result.jobs.filter((j) => j.status === 'failed').length;
    if (failed > 0) {
      process.stderr.write(`${t(lang, 'harvestFailed', { count: failed })}\n`);
      return 1;
    }
    return 0;
  } finally {
    view.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await catalogue.close();
  }
}
