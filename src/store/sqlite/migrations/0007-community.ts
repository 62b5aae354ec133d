// The open government community tracker: records of each kind as JSON documents (revision goes up
// only when the content changes) and progress reports, which are appended and never rewritten.
import type { Migration } from './migration.js';

export const community: Migration = {
  version: 7,
  name: 'community tracker records and progress',
  up(db) {
    db.exec(`
      CREATE TABLE community_records (
        kind TEXT NOT NULL CHECK (kind IN ('member', 'plan', 'commitment', 'milestone', 'indicator', 'irm',
          'charter-adoption', 'event', 'declaration', 'learning-resource')),
        id TEXT NOT NULL,
        data TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      );
      CREATE TABLE community_progress (
        id TEXT PRIMARY KEY,
        indicator TEXT NOT NULL,
        period TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        UNIQUE (indicator, period, seq)
      );
      CREATE INDEX community_progress_indicator ON community_progress (indicator);
    `);
  },
};
