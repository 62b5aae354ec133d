import { initialSchema } from './0001-initial.js';
import { changeStamps } from './0002-change-stamps.js';
import { clusters } from './0003-clusters.js';
import { apiTokens } from './0004-api-tokens.js';
import { harvestLocks } from './0005-harvest-locks.js';
import { webSessions } from './0006-web-sessions.js';
import { community } from './0007-community.js';
import { standardChecks } from './0008-standard-checks.js';
import type { Migration } from './migration.js';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, changeStamps, clusters, apiTokens, harvestLocks, webSessions, community, standardChecks];
