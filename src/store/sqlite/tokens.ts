// API tokens: one row per token, holding its hash (never the token), role and use.
import type { NewToken, StoredToken, TokenRole } from '../store.js';
import type { SqliteDatabase } from './connection.js';

interface TokenRow {
  id: string;
  name: string | null;
  role: TokenRole;
  hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

function fromRow(row: TokenRow): StoredToken {
  return {
    id: row.id,
    ...(row.name !== null ? { name: row.name } : {}),
    role: row.role,
    hash: row.hash,
    createdAt: row.created_at,
    ...(row.last_used_at !== null ? { lastUsedAt: row.last_used_at } : {}),
    ...(row.revoked_at !== null ? { revokedAt: row.revoked_at } : {}),
  };
}

export class TokenTable {
  private readonly stmt;

  constructor(db: SqliteDatabase) {
    this.stmt = {
      insert: db.prepare<[string, string | null, string, string, string]>('INSERT INTO api_tokens (id, name, role, hash, created_at) VALUES (?, ?, ?, ?, ?)'),
      list: db.prepare<[], TokenRow>('SELECT * FROM api_tokens ORDER BY created_at, id'),
      touch: db.prepare<[string, string]>('UPDATE api_tokens SET last_used_at = ? WHERE id = ?'),
      revoke: db.prepare<[string, string]>('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      exists: db.prepare<[string], { id: string }>('SELECT id FROM api_tokens WHERE id = ?'),
    };
  }

  create(token: NewToken): void {
    this.stmt.insert.run(token.id, token.name ?? null, token.role, token.hash, token.createdAt);
  }

  list(): StoredToken[] {
    return this.stmt.list.all().map(fromRow);
  }

  touch(id: string, at: string): void {
    this.stmt.touch.run(at, id);
  }

  /** Whether a token of that id exists (revoking twice keeps the first date). */
  revoke(id: string, at: string): boolean {
    this.stmt.revoke.run(at, id);
    return this.stmt.exists.get(id) !== undefined;
  }
}
