import { initialSchema } from './0001-initial.js';
import { changeStamps } from './0002-change-stamps.js';
import { clusters } from './0003-clusters.js';
import { apiTokens } from './0004-api-tokens.js';
import { webSessions } from './0006-web-sessions.js';
import type { Migration } from './migration.js';

// MERGE NOTE (i5-webauth): stands for 0005, which another branch adds; replace it by that migration.
const placeholder5: Migration = { version: 5, name: 'placeholder for migration 0005', up() {} };

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, changeStamps, clusters, apiTokens, placeholder5, webSessions];
