// `federa serve` checks the files of each standard's datasets now and then, in a
// `federa standards check` child process at the lowest OS priority: fetching and validating large
// CSVs must not slow the pages, and the coverage page then shows what conforms without anyone
// running the command by hand.
import { spawn, type ChildProcess } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import { createInterface } from 'node:readline';
import type { UiLang } from '../core/langstring.js';

export interface StandardsCheckOptions {
  /** The built CLI (dist/cli/main.js). */
  cli: string;
  db: string;
  configFile: string;
  lang: UiLang;
  /** Between the end of one run and the start of the next. */
  everyMs: number;
  /** Before the first run (the first harvests go first). */
  firstAfterMs: number;
  niceness?: number;
  log: (line: string) => void;
}

export interface StandardsCheckSchedule {
  /** Ends the schedule and a run in progress (each outcome is kept as it is made). */
  stop(): Promise<void>;
}

export function scheduleStandardsChecks(options: StandardsCheckOptions): StandardsCheckSchedule {
  let timer: NodeJS.Timeout | undefined;
  let child: ChildProcess | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const run = () =>
    new Promise<void>((resolve) => {
      const args = [options.cli, '--db', options.db, '--lang', options.lang, 'standards', 'check', '--config', options.configFile];
      child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
      if (child.pid !== undefined) {
        try {
          setPriority(child.pid, Math.max(getPriority(), options.niceness ?? 19));
        } catch {
          // An unprivileged process may not lower another's priority everywhere: it runs all the same.
        }
      }
      // One line per file checked on stdout; the server log gets the summary, the last line.
      let last = '';
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.trim()) last = line;
      });
      createInterface({ input: child.stderr! }).on('line', (line) => {
        if (line.trim()) options.log(`standards check / vérification des normes: ${line}`);
      });
      child.once('error', (error) => {
        options.log(`standards check could not run / la vérification des normes n’a pas pu démarrer: ${error.message}`);
        resolve();
      });
      child.once('close', () => {
        if (last) options.log(`standards check / vérification des normes: ${last}`);
        child = undefined;
        resolve();
      });
    });

  const next = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run().then(() => next(options.everyMs));
    }, delay);
    timer.unref();
  };
  next(options.firstAfterMs);

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      child?.kill('SIGTERM');
      await running;
    },
  };
}
