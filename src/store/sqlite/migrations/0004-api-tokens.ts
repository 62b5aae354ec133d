// Bearer tokens for state-changing API requests: only the SHA-256 of each token is kept, so a copy
// of the database lets no one act as its holder.
import type { Migration } from './migration.js';

export const apiTokens: Migration = {
  version: 4,
  name: 'api tokens (hashes only)',
  up(db) {
    db.exec(`
      CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY,
        name TEXT,
        role TEXT NOT NULL CHECK (role IN ('admin', 'editor')),
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      );
    `);
  },
};
