// Opens a database file the way every Federa process must: WAL so that a `serve` process reads
// while a `harvest` process writes, and a busy timeout so that they wait for each other instead
// of failing.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';

export type SqliteDatabase = Database.Database;

export interface ConnectionOptions {
  /** Milliseconds to wait for a lock held by another process. */
  busyTimeoutMs?: number;
}

export function openConnection(path: string, options: ConnectionOptions = {}): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: SqliteDatabase;
  try {
    db = new Database(path);
  } catch (error) {
    throw new StoreError(`cannot open the database ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 10_000))}`);
    // Only takes effect on a new file; rows of a few kilobytes fit better in larger pages.
    db.pragma('page_size = 8192');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -32000');
  } catch (error) {
    db.close();
    throw new StoreError(`cannot use the database ${path}: ${(error as Error).message}`, { cause: error });
  }
  return db;
}
