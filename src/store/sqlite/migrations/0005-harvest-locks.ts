// One row per source being harvested: which job, which process (host and pid) and when it last
// showed a sign of life, so that two runs never overlap and a crashed run's lock can be taken over.
import type { Migration } from './migration.js';

export const harvestLocks: Migration = {
  version: 5,
  name: 'harvest locks',
  up(db) {
    db.exec(`
      CREATE TABLE harvest_locks (
        source_id TEXT PRIMARY KEY,
        job_id TEXT NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        acquired_at TEXT NOT NULL,
        heartbeat_at TEXT NOT NULL
      );
    `);
  },
};
