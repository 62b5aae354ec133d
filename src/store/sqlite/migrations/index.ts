import { initialSchema } from './0001-initial.js';
import type { Migration } from './migration.js';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [initialSchema];
