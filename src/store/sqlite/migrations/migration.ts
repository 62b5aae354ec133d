import type { SqliteDatabase } from '../connection.js';

/** One step of the schema. Versions are consecutive from 1; a released step is never edited. */
export interface Migration {
  version: number;
  name: string;
  up(db: SqliteDatabase): void;
}
