// The identity keys of active records, and who holds each key. A key is evidence only when
// records of at least two sources hold it and no source holds it twice: a portal's home page
// given as every record's landing page, or one API URL for many records, identifies nothing.
import { createHash } from 'node:crypto';
import { IDENTITY_KINDS, type IdentityKey } from '../../core/identity.js';
import type { SqliteDatabase } from './connection.js';

/** How a key is stored: its strength (1 = strongest) then 96 bits of its hash, so that keys sort
 * strongest first and long titles or URLs cost a few bytes in the index. */
export function storedKey(key: IdentityKey): string {
  const strength = IDENTITY_KINDS.indexOf(key.kind) + 1;
  return `${strength}${createHash('sha256').update(`${key.kind} ${key.value}`).digest('base64url').slice(0, 16)}`;
}

const FIRST_HOLDERS = 16;

export interface KeyHolders {
  /** Records of at least two sources hold the key, none of them twice. */
  evidential: boolean;
  /** A source holds the key more than once: it is no evidence, and `docs` is not complete. */
  repeated: boolean;
  /** The holders (all of them unless `repeated`), with their sources. */
  docs: number[];
  sources: string[];
}

export interface HeldKey {
  key: string;
  sourceId: string;
}

export function holdersOf(docs: number[], sources: string[]): KeyHolders {
  const repeated = new Set(sources).size < sources.length;
  return repeated ? { evidential: false, repeated, docs: [], sources: [] } : { evidential: sources.length >= 2, repeated, docs, sources };
}

export class IdentityKeyTable {
  private readonly stmt;

  constructor(db: SqliteDatabase) {
    this.stmt = {
      keysOf: db.prepare<[number], { key: string; source_id: string }>('SELECT key, source_id FROM identity_keys WHERE doc = ?'),
      holders: db.prepare<[string], { source_id: string; doc: number }>(
        'SELECT source_id, doc FROM identity_keys WHERE key = ? ORDER BY source_id, doc',
      ),
      // Most keys have a holder or two: one call is cheaper than an iterator (a row at a time).
      firstHolders: db.prepare<[string], { source_id: string; doc: number }>(
        `SELECT source_id, doc FROM identity_keys WHERE key = ? ORDER BY source_id, doc LIMIT ${FIRST_HOLDERS}`,
      ),
      insert: db.prepare<[string, string, number]>('INSERT OR IGNORE INTO identity_keys (key, source_id, doc) VALUES (?, ?, ?)'),
      delete: db.prepare<[string, string, number]>('DELETE FROM identity_keys WHERE key = ? AND source_id = ? AND doc = ?'),
      deleteAll: db.prepare('DELETE FROM identity_keys'),
    };
  }

  keysOf(doc: number): HeldKey[] {
    return this.stmt.keysOf.all(doc).map((row) => ({ key: row.key, sourceId: row.source_id }));
  }

  /** Reads the holders in source order and stops at the first source seen twice. */
  holders(key: string): KeyHolders {
    const docs: number[] = [];
    const sources: string[] = [];
    const first = this.stmt.firstHolders.all(key);
    const rows = first.length < FIRST_HOLDERS ? first : this.stmt.holders.iterate(key);
    for (const row of rows) {
      if (row.source_id === sources.at(-1)) return { evidential: false, repeated: true, docs: [], sources: [] };
      docs.push(row.doc);
      sources.push(row.source_id);
    }
    return { evidential: docs.length >= 2, repeated: false, docs, sources };
  }

  add(key: string, sourceId: string, doc: number): void {
    this.stmt.insert.run(key, sourceId, doc);
  }

  remove(key: string, sourceId: string, doc: number): void {
    this.stmt.delete.run(key, sourceId, doc);
  }

  clear(): void {
    this.stmt.deleteAll.run();
  }
}
