// Web sessions opened with an API token: only the SHA-256 of the cookie's random id is kept, with
// the token it came from (revoking the token ends them), its role and its absolute expiry.
import type { Migration } from './migration.js';

export const webSessions: Migration = {
  version: 6,
  name: 'web sessions (hashes only)',
  up(db) {
    db.exec(`
      CREATE TABLE web_sessions (
        hash TEXT PRIMARY KEY,
        token_id TEXT NOT NULL REFERENCES api_tokens (id),
        role TEXT NOT NULL CHECK (role IN ('admin', 'editor')),
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX web_sessions_token ON web_sessions (token_id);
    `);
  },
};
