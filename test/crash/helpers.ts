// What the crash and signal tests share: a simulated CKAN portal, a sources file for it, the
// built CLI as a child process, and a look into its database from another connection.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SimulatedPortal } from '../../src/sources/ckan/simulator/index.js';
import { CLI } from '../helpers/cli.js';
import { writeCkanSources } from '../helpers/sources-yaml.js';

export function writeSources(dir: string, portal: SimulatedPortal, pageSize: number, extra = ''): string {
  const file = join(dir, 'sources.yaml');
  return writeCkanSources(file, [portal], { harvest: `{ pageSize: ${pageSize}, retries: 0, timeout: 30s, concurrency: 1 }`, extra: extra ? [extra] : [] });
}

export interface RunningCli {
  child: ChildProcess;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): RunningCli {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build"`);
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, FEDERA_LANG: 'en', CI: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, exited };
}

/** Runs a read-only query on the database another process writes, or undefined while it is not there yet. */
export function peek<T>(db: string, sql: string): T | undefined {
  if (!existsSync(db)) return undefined;
  let connection: Database.Database | undefined;
  try {
    connection = new Database(db, { readonly: true, fileMustExist: true });
    connection.pragma('busy_timeout = 5000');
    return connection.prepare(sql).get() as T | undefined;
  } catch {
    return undefined;
  } finally {
    connection?.close();
  }
}

/** Waits until `ready` holds (polled), or fails after `limitMs`. */
export async function until(ready: () => boolean, what: string, limitMs = 30_000): Promise<void> {
  const give = Date.now() + limitMs;
  while (!ready()) {
    if (Date.now() > give) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function activeCount(db: string): number {
  return peek<{ n: number }>(db, "SELECT count(*) AS n FROM datasets WHERE state = 'active'")?.n ?? 0;
}
