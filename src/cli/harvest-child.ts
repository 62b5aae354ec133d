// Runs the server's harvests in a `federa harvest` child process at a lower OS priority, so that
// mapping records and writing them never blocks the event loop that serves searches and pages.
import { spawn } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import { createInterface } from 'node:readline';
import type { UiLang } from '../core/langstring.js';
import type { HarvestRunner } from '../harvest/scheduler.js';
import { emptyCounts, type JobMode, type JobReport } from '../harvest/report.js';
import { parseEvent } from './harvest-events.js';

export interface ChildRunnerOptions {
  /** The built CLI (dist/cli/main.js). */
  cli: string;
  configFile: string;
  db: string;
  lang: UiLang;
  /** The child's OS priority (niceness; default 19, the lowest: serving the public comes first,
   * the harvest takes what CPU is left). */
  niceness?: number;
  /** Where the child's stderr lines go (the server log). */
  log: (line: string) => void;
  /** A job was saved by the child (its id is known from then on). */
  onJobSaved?: (report: JobReport) => void;
  /** Stores the failed report of a job the child left running when it died. */
  saveJob?: (report: JobReport) => Promise<void>;
  /** After the scheduler's abort, how long the child may take to end its jobs before SIGKILL (default 30 s). */
  killAfterMs?: number;
}

function failed(sourceId: string, mode: JobMode, saved: JobReport | undefined, reason: string): JobReport {
  const at = new Date().toISOString();
  const base: JobReport = saved ?? {
    id: `${sourceId}-unsaved-${Date.now()}`,
    sourceId,
    mode,
    status: 'failed',
    startedAt: at,
    counts: emptyCounts(),
    problems: [],
    problemsOmitted: 0,
    complete: false,
  };
  return { ...base, status: 'failed', finishedAt: at, error: reason, problems: [...base.problems, { sourceId, reason }], complete: false };
}

export function childHarvestRunner(options: ChildRunnerOptions): HarvestRunner {
  return (sourceIds, mode, signals, events) =>
    new Promise<JobReport[]>((resolve) => {
      if (signals.stop.aborted) return resolve([]);
      const args = [options.cli, '--db', options.db, '--lang', options.lang, 'harvest', '--config', options.configFile, '--events', '--source', ...sourceIds];
      if (mode === 'full') args.push('--full');
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
      const saved = new Map<string, JobReport>();
      const ended = new Map<string, JobReport>();
      // Sources another run holds: no job, so none is made up for them.
      const busy = new Set<string>();
      let lastError = '';
      let killTimer: NodeJS.Timeout | undefined;
      // The child's first SIGTERM stops it at a page boundary, its second aborts what is in flight;
      // a child that still has not ended is killed.
      const stop = () => child.kill('SIGTERM');
      const abort = () => {
        child.kill('SIGTERM');
        killTimer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 30_000);
        killTimer.unref();
      };
      signals.stop.addEventListener('abort', stop, { once: true });
      signals.abort.addEventListener('abort', abort, { once: true });
      if (child.pid !== undefined) {
        try {
          setPriority(child.pid, Math.max(getPriority(), options.niceness ?? 19));
        } catch (error) {
          options.log(`harvest process ${child.pid}: priority unchanged / priorité inchangée (${(error as Error).message})`);
        }
      }
      createInterface({ input: child.stdout }).on('line', (line) => {
        const event = parseEvent(line);
        if (event?.event === 'start') events.onJobStart(event.sourceId);
        else if (event?.event === 'busy') busy.add(event.sourceId);
        else if (event?.event === 'saved') {
          saved.set(event.report.sourceId, event.report);
          options.onJobSaved?.(event.report);
        } else if (event?.event === 'end' && !ended.has(event.report.sourceId)) {
          ended.set(event.report.sourceId, event.report);
          events.onJobEnd(event.report);
        }
      });
      createInterface({ input: child.stderr }).on('line', (line) => {
        if (line.trim()) lastError = line;
        options.log(line);
      });
      let settled = false;
      const finish = async (why: string) => {
        if (settled) return;
        settled = true;
        signals.stop.removeEventListener('abort', stop);
        signals.abort.removeEventListener('abort', abort);
        if (killTimer) clearTimeout(killTimer);
        for (const id of sourceIds) {
          if (ended.has(id) || busy.has(id)) continue;
          const report = failed(id, mode, saved.get(id), `${why}${lastError ? `: ${lastError}` : ''}`);
          // A job the child saved as running would otherwise stay running in the store.
          if (saved.has(id)) await options.saveJob?.(report).catch((error: unknown) => options.log(`${id}: ${(error as Error).message}`));
          ended.set(id, report);
          events.onJobEnd(report);
        }
        resolve(sourceIds.flatMap((id) => ended.get(id) ?? []));
      };
      child.once('error', (error) => void finish(`the harvest process could not run / le processus de moissonnage n’a pas pu démarrer (${error.message})`));
      child.once('close', (code, sig) =>
        void finish(`the harvest process ended (${sig ?? `exit code ${code}`}) before the job / le processus de moissonnage s’est terminé (${sig ?? `code ${code}`}) avant la tâche`),
      );
    });
}
