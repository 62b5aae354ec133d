// Brings a database to the code's schema version (`PRAGMA user_version`), one migration per
// transaction, and refuses a database written by a newer Federa rather than damaging it.
import { StoreError } from '../errors.js';
import type { SqliteDatabase } from './connection.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';

export function schemaVersion(db: SqliteDatabase): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Applies the pending migrations; returns the versions applied. */
export function migrate(db: SqliteDatabase, where: string, migrations: readonly Migration[] = MIGRATIONS): number[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new StoreError(`migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
  });
  const latest = latestVersion(migrations);
  const found = schemaVersion(db);
  if (found > latest) throw newerSchema(where, found, latest);
  // Up to date: take no write lock, so that opening for reading never waits for a harvest.
  if (found === latest) return [];
  const applied: number[] = [];
  for (const migration of migrations) {
    // IMMEDIATE: two processes opening a new file at once must not both apply the same step.
    const step = db.transaction(() => {
      const current = schemaVersion(db);
      if (current > latest) throw newerSchema(where, current, latest);
      if (current >= migration.version) return false;
      try {
        migration.up(db);
      } catch (error) {
        throw new StoreError(
          `migration ${migration.version} (${migration.name}) failed on ${where}: ${(error as Error).message}`,
          { cause: error },
        );
      }
      db.pragma(`user_version = ${migration.version}`);
      return true;
    });
    if (step.immediate()) applied.push(migration.version);
  }
  const current = schemaVersion(db);
  if (current > latest) throw newerSchema(where, current, latest);
  return applied;
}

function newerSchema(where: string, found: number, latest: number): StoreError {
  return new StoreError(
    `the database ${where} has schema version ${found}, newer than this Federa knows (${latest}): ` +
      'it was written by a newer Federa; upgrade Federa or use another --db file',
  );
}
