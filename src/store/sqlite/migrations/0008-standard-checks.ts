// The last conformance check of each distribution found for a data standard.
import type { Migration } from './migration.js';

export const standardChecks: Migration = {
  version: 8,
  name: 'data standard conformance checks',
  up(db) {
    db.exec(`
      CREATE TABLE standard_checks (
        standard TEXT NOT NULL,
        dataset_id TEXT NOT NULL,
        url TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (standard, dataset_id, url)
      );
    `);
  },
};
