import { resolve } from 'node:path';
import { CoverageService } from '../../standards/coverage/service.js';
import { listStandards } from '../../standards/registry.js';
import { seedCommunity } from '../../community/seed/apply.js';
import { Tracker } from '../../community/tracker.js';
import { CommunityEditor } from '../../community/edits.js';
import { fileURLToPath } from 'node:url';
import type { UiLang } from '../../core/langstring.js';
import type { RateLimitOptions } from '../../api/hardening.js';
import { buildApi, type HarvestStarter } from '../../api/server.js';
import { CrosswalkService } from '../../standards/crosswalk/report.js';
import { badUrlResponse, webRoutes } from '../../web/server.js';
import { markdownToSafeHtml } from '../../web/render/rich-text.js';
import type { FederaConfig } from '../../harvest/config.js';
import { ConfigEditor } from '../../harvest/config-writer.js';
import type { JobReport } from '../../harvest/report.js';
import type { ServerSettings } from '../../harvest/server-settings.js';
import { recoverInterrupted, registerSources } from '../../harvest/harvester.js';
import { HarvestScheduler } from '../../harvest/scheduler.js';
import { openCatalogue, type Catalogue } from '../../search/catalogue.js';
import type { CompletionRequest } from '../../search/completion/completion-index.js';
import type { SearchRequest } from '../../search/types.js';
import { readConfig, UsageError, type GlobalOptions } from '../context.js';
import { childHarvestRunner } from '../harvest-child.js';
import { scheduleStandardsChecks } from '../standards-check-child.js';
import { watchJobStarts } from '../job-starts.js';
import { t } from '../messages.js';
import { databasePath } from '../paths.js';
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

/** Harvests in a `federa harvest` child process on the same database and config file. */
export interface ChildHarvests {
  /** The built CLI (dist/cli/main.js). */
  cli: string;
  db: string;
}

/** Serves the API over a catalogue, harvests never-harvested sources in the background, then
 * keeps every source on its schedule; harvests run in this process unless `childHarvests`. */
export async function startServer(
  catalogue: Catalogue,
  config: FederaConfig,
  options: {
    host: string;
    port: number;
    lang: UiLang;
    rateLimit?: RateLimitOptions;
    childHarvests?: ChildHarvests;
    /** sources.yaml, which admins may then edit through the API. */
    configPath?: string;
  },
): Promise<RunningServer> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  await registerSources(config, catalogue.store);
  // Jobs a crashed process left "running" are failed now, and retried at the scheduler's next look.
  await recoverInterrupted(catalogue.store, new Date());
  // Load the search columns now (seconds at 100,000 records) rather than in the first request.
  await catalogue.refresh();
  const starts = watchJobStarts(catalogue.store);
  const child = options.childHarvests;
  const scheduler = new HarvestScheduler({
    config,
    sink: starts.sink,
    // The child logs its own jobs (its stderr is forwarded).
    ...(child
      ? {
          runner: childHarvestRunner({
            cli: child.cli,
            db: child.db,
            configFile: config.file,
            lang: options.lang,
            log,
            onJobSaved: starts.saved,
            saveJob: (report) => catalogue.store.saveJob(report),
          }),
        }
      : {
          onJobStart: (id: string) => log(t(options.lang, 'jobStart', { source: id })),
          onJobEnd: (report: JobReport) => endLine(options.lang, report).forEach(log),
        }),
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
  // A fresh database starts with Canada's commitments; records an editor changed are left as they are.
  await seedCommunity(catalogue.store, new Date().toISOString());
  // One crosswalk for the API and the pages, so that they share its cache.
  const crosswalk = new CrosswalkService(catalogue.store);
  const deps = {
    store: catalogue.store,
    tracker: new Tracker(catalogue.store),
    communityEditor: new CommunityEditor(catalogue.store),
    renderMarkdown: (markdown: string) => markdownToSafeHtml(markdown).value,
    ...publicUrlFromEnv(),
    search: (r: SearchRequest) => catalogue.search(r),
    suggest: (r: SearchRequest) => catalogue.suggest(r),
    complete: (r: CompletionRequest) => catalogue.complete(r),
    sourceNames: () => catalogue.sourceNames(),
    activeSources: () => scheduler.active,
    startHarvest,
    standards: { list: listStandards, coverage: new CoverageService({ store: catalogue.store, search: (r: SearchRequest) => catalogue.search(r), standards: listStandards }) },
    crosswalk: () => crosswalk.report(),
    ...(options.configPath ? { editSources: new ConfigEditor(config, options.configPath, catalogue.store) } : {}),
  };
  const limits = config.server;
  const app = await buildApi(deps, {
    rateLimit: options.rateLimit ?? rateLimitFromEnv(limits.rateLimit),
    bodyLimit: bodyLimitFromEnv(limits.bodyLimit),
    trustProxy: limits.trustProxy,
    badUrlResponse,
  });
  await app.register(webRoutes(deps));
  const address = await app.listen({ host: options.host, port: options.port });
  const url = address.replace('[::1]', 'localhost');
  const count = await catalogue.store.countDatasets();
  log(t(options.lang, 'serving', { count, url }));
  const fresh = await scheduler.runNeverHarvested();
  if (fresh.length > 0 && count === 0) log(t(options.lang, 'emptyCatalogue', { count: fresh.length }));
  scheduler.start();
  // With harvests in child processes, the standards' files are checked the same way.
  const checkHours = wholeNumberFromEnv('FEDERA_STANDARDS_CHECK_HOURS', 24);
  const checks =
    child && checkHours > 0
      ? scheduleStandardsChecks({ cli: child.cli, db: child.db, configFile: config.file, lang: options.lang, everyMs: checkHours * 3_600_000, firstAfterMs: wholeNumberFromEnv('FEDERA_STANDARDS_CHECK_FIRST_SECONDS', 600) * 1000, log })
      : undefined;
  return {
    url,
    async stop(reason) {
      log(t(options.lang, 'stopping'));
      await app.close();
      await checks?.stop();
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

/** FEDERA_RATE_LIMIT requests per client per window (0: off) and FEDERA_RATE_LIMIT_LOOPBACK=1
 * (count loopback clients too) override the config's `server.rateLimit`. */
function rateLimitFromEnv(configured: ServerSettings['rateLimit']): RateLimitOptions | undefined {
  const max = wholeNumberFromEnv('FEDERA_RATE_LIMIT', configured.max);
  const loopback = process.env.FEDERA_RATE_LIMIT_LOOPBACK;
  const exemptLoopback = loopback === undefined || loopback === '' ? configured.exemptLoopback : loopback !== '1';
  return max === 0 ? undefined : { max, windowMs: configured.windowMs, exemptLoopback };
}

/** FEDERA_BODY_LIMIT bytes override the config's `server.bodyLimit`. */
function bodyLimitFromEnv(configured: number): number {
  const limit = wholeNumberFromEnv('FEDERA_BODY_LIMIT', configured);
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
  // While a harvest writes, searches apply its writes every 5 s and recompute kept responses at
  // most 2 a second, one at a time (each at most 30 s behind, each dataset whole): serving the
  // public stays steady, and a catalogue harvested hourly or daily loses nothing by it.
  const catalogue = openCatalogue({
    path: databasePath(options.db),
    refreshIntervalMs: 5000,
    cacheEntries: 64,
    responseEntries: 256,
    maxStaleMs: 30_000,
    recomputePerSecond: 2,
    recomputeBurst: 1,
  });
  // The built CLI next to this file runs the harvests, on the same database.
  const childHarvests = { cli: fileURLToPath(new URL('../main.js', import.meta.url)), db: resolve(databasePath(options.db)) };
  const server = await startServer(catalogue, config, {
    host: options.host ?? '127.0.0.1',
    port: parsePort(options.port, 8080),
    lang,
    childHarvests,
    configPath: config.file,
  });
  await untilSignal(async (signal) => {
    await server.stop(signal);
    await catalogue.close();
  });
  return 0;
}

/** FEDERA_PUBLIC_URL: the site's address for links and ids in feeds (else each request's Host). */
function publicUrlFromEnv(): { publicUrl?: string } {
  const text = process.env.FEDERA_PUBLIC_URL;
  if (!text) return {};
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UsageError(`FEDERA_PUBLIC_URL="${text}": expected an http(s) URL / URL http(s) attendue`);
  }
  return { publicUrl: url.origin };
}
