import type { UiLang } from '../../core/langstring.js';
import { DEFAULT_BODY_LIMIT, DEFAULT_RATE_LIMIT, type RateLimitOptions } from '../../api/hardening.js';
import { buildApi, type HarvestStarter } from '../../api/server.js';
import { webRoutes } from '../../web/server.js';
import type { FederaConfig } from '../../harvest/config.js';
import { recoverInterrupted, registerSources } from '../../harvest/harvester.js';
import { HarvestScheduler } from '../../harvest/scheduler.js';
import type { Catalogue } from '../../search/catalogue.js';
import type { CompletionRequest } from '../../search/completion/completion-index.js';
import type { SearchRequest } from '../../search/types.js';
import { openDatabase, readConfig, UsageError, type GlobalOptions } from '../context.js';
import { watchJobStarts } from '../job-starts.js';
import { t } from '../messages.js';
import { endLine } from '../progress.js';

export interface ServeCommandOptions extends GlobalOptions {
  port?: string;
  host?: string;
}

export interface RunningServer {
  url: string;
  /** Running harvests stop at a page boundary and are saved as interrupted by `reason`. */
  stop(reason?: string): Promise<void>;
}

/** Serves the API over a catalogue, harvests never-harvested sources in the background, then
 * keeps every source on its schedule. */
export async function startServer(
  catalogue: Catalogue,
  config: FederaConfig,
  options: { host: string; port: number; lang: UiLang; rateLimit?: RateLimitOptions },
): Promise<RunningServer> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  await registerSources(config, catalogue.store);
  // Jobs a crashed process left "running" are failed now, and retried at the scheduler's next look.
  await recoverInterrupted(catalogue.store, new Date());
  // Load the search columns now (seconds at 100,000 records) rather than in the first request.
  await catalogue.refresh();
  const starts = watchJobStarts(catalogue.store);
  const scheduler = new HarvestScheduler({
    config,
    sink: starts.sink,
    onJobStart: (id) => log(t(options.lang, 'jobStart', { source: id })),
    onJobEnd: (report) => endLine(options.lang, report).forEach(log),
  });
  const startHarvest: HarvestStarter = async (sourceId, mode) => {
    const source = config.sources.find((s) => s.id === sourceId);
    if (!source) return { status: 'unknown' };
    if (scheduler.active.includes(sourceId)) return { status: 'busy' };
    const saved = starts.next(sourceId);
    const run = scheduler.run([source], mode);
    // A run that ends without saving a job (stopping, or its store failing) still names one when it can.
    const ended = run.then((jobs) => jobs[0]?.id);
    const jobId = await Promise.race([saved, ended]);
    return jobId === undefined ? { status: 'busy' } : { status: 'started', jobId };
  };
  const deps = {
    store: catalogue.store,
    search: (r: SearchRequest) => catalogue.search(r),
    suggest: (r: SearchRequest) => catalogue.suggest(r),
    complete: (r: CompletionRequest) => catalogue.complete(r),
    activeSources: () => scheduler.active,
    startHarvest,
  };
  const app = await buildApi(deps, { rateLimit: options.rateLimit ?? rateLimitFromEnv(), bodyLimit: bodyLimitFromEnv() });
  await app.register(webRoutes(deps));
  const address = await app.listen({ host: options.host, port: options.port });
  const url = address.replace('[::1]', 'localhost');
  const count = await catalogue.store.countDatasets();
  log(t(options.lang, 'serving', { count, url }));
  const fresh = await scheduler.runNeverHarvested();
  if (fresh.length > 0 && count === 0) log(t(options.lang, 'emptyCatalogue', { count: fresh.length }));
  scheduler.start();
  return {
    url,
    async stop(reason) {
      log(t(options.lang, 'stopping'));
      await app.close();
      await scheduler.stop(reason);
    },
  };
}

function wholeNumberFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text)) throw new UsageError(`${name}="${text}": expected a whole number / nombre entier attendu`);
  return Number(text);
}

/** FEDERA_RATE_LIMIT requests per client per minute (default 600; 0: off), loopback clients
 * exempt unless FEDERA_RATE_LIMIT_LOOPBACK=1. */
function rateLimitFromEnv(): RateLimitOptions | undefined {
  const max = wholeNumberFromEnv('FEDERA_RATE_LIMIT', DEFAULT_RATE_LIMIT.max);
  const exemptLoopback = process.env.FEDERA_RATE_LIMIT_LOOPBACK !== '1';
  return max === 0 ? undefined : { max, windowMs: DEFAULT_RATE_LIMIT.windowMs, exemptLoopback };
}

/** FEDERA_BODY_LIMIT bytes (default 64 KiB). */
function bodyLimitFromEnv(): number {
  const limit = wholeNumberFromEnv('FEDERA_BODY_LIMIT', DEFAULT_BODY_LIMIT);
  if (limit === 0) throw new UsageError('FEDERA_BODY_LIMIT=0: expected at least 1 byte / au moins 1 octet attendu');
  return limit;
}

export function parsePort(text: string | undefined, fallback: number): number {
  const port = Number(text ?? process.env.PORT ?? fallback);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port "${text}": expected 0 to 65535 / de 0 à 65535`);
  return port;
}

/** Resolves when the server has stopped on SIGINT or SIGTERM. */
export function untilSignal(stop: (signal: string) => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const handler = (signal: string) => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
      void stop(signal).finally(resolve);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}

export async function serveCommand(options: ServeCommandOptions, lang: UiLang): Promise<number> {
  const config = readConfig(options);
  const catalogue = openDatabase(options);
  const server = await startServer(catalogue, config, { host: options.host ?? '127.0.0.1', port: parsePort(options.port, 8080), lang });
  await untilSignal(async (signal) => {
    await server.stop(signal);
    await catalogue.close();
  });
  return 0;
}
