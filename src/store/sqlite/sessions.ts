// Web sessions: one row per signed-in browser, holding the hash of its cookie (never the cookie).
// A session whose token is revoked is never found, and revoking a token deletes its sessions.
import type { NewSession, StoredSession, TokenRole } from '../store.js';
import type { SqliteDatabase } from './connection.js';

interface SessionRow {
  hash: string;
  token_id: string;
  role: TokenRole;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

function fromRow(row: SessionRow): StoredSession {
  return { hash: row.hash, tokenId: row.token_id, role: row.role, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
}

export class SessionTable {
  private readonly stmt;

  constructor(db: SqliteDatabase) {
    this.stmt = {
      insert: db.prepare<[string, string, string, string, string, string]>('INSERT INTO web_sessions (hash, token_id, role, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)'),
      find: db.prepare<[string], SessionRow>(
        'SELECT s.* FROM web_sessions s JOIN api_tokens t ON t.id = s.token_id WHERE s.hash = ? AND t.revoked_at IS NULL',
      ),
      touch: db.prepare<[string, string]>('UPDATE web_sessions SET last_seen_at = ? WHERE hash = ?'),
      remove: db.prepare<[string]>('DELETE FROM web_sessions WHERE hash = ?'),
      removeOfToken: db.prepare<[string]>('DELETE FROM web_sessions WHERE token_id = ?'),
      purge: db.prepare<[string, string]>('DELETE FROM web_sessions WHERE expires_at <= ? OR last_seen_at <= ?'),
    };
  }

  create(session: NewSession): void {
    this.stmt.insert.run(session.hash, session.tokenId, session.role, session.createdAt, session.createdAt, session.expiresAt);
  }

  find(hash: string): StoredSession | undefined {
    const row = this.stmt.find.get(hash);
    return row ? fromRow(row) : undefined;
  }

  touch(hash: string, at: string): void {
    this.stmt.touch.run(at, hash);
  }

  remove(hash: string): boolean {
    return this.stmt.remove.run(hash).changes > 0;
  }

  removeOfToken(tokenId: string): void {
    this.stmt.removeOfToken.run(tokenId);
  }

  /** Deletes the sessions past their absolute expiry or idle since `idleBefore`; returns how many. */
  purge(now: string, idleBefore: string): number {
    return this.stmt.purge.run(now, idleBefore).changes;
  }
}
