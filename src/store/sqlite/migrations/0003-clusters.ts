// Records of the same dataset harvested from several sources: each record's identity keys (hashed,
// strongest kind first), the cluster it belongs to (the lowest document number of its members,
// NULL when alone) and its rank there (0: the copy search shows), and each source's priority.
// The keys of records stored before are computed when the store opens (see identity_version).
import type { Migration } from './migration.js';

export const clusters: Migration = {
  version: 3,
  name: 'identity keys, clusters and source priorities',
  up(db) {
    db.exec(`
      -- Ordered by source within a key, so that a key two records of one source share (which is
      -- no evidence) is seen as such after reading a few rows, however many records share it.
      CREATE TABLE identity_keys (
        key TEXT NOT NULL,
        source_id TEXT NOT NULL,
        doc INTEGER NOT NULL,
        PRIMARY KEY (key, source_id, doc)
      ) WITHOUT ROWID;
      CREATE INDEX identity_keys_by_doc ON identity_keys (doc);

      ALTER TABLE datasets ADD COLUMN cluster INTEGER;
      ALTER TABLE datasets ADD COLUMN cluster_rank INTEGER;
      CREATE INDEX datasets_by_cluster ON datasets (cluster) WHERE cluster IS NOT NULL;

      ALTER TABLE sources ADD COLUMN priority REAL NOT NULL DEFAULT 100;

      INSERT INTO store_meta (key, value) VALUES ('identity_version', 0);
    `);
  },
};
