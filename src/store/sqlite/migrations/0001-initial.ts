// The first schema: sources, jobs, datasets (small hot rows: state, hash, sequence, search facts),
// their records and raw source records in tables of their own (large, read only for a page of
// results or one dataset), the full-text index and the change sequence.
import type { Migration } from './migration.js';

export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        settings TEXT NOT NULL,
        enabled INTEGER NOT NULL,
        schedule TEXT,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL,
        started_at TEXT NOT NULL,
        status TEXT NOT NULL,
        report TEXT NOT NULL
      );
      CREATE INDEX jobs_by_source ON jobs (source_id, started_at);

      -- doc is the rowid of the full-text index and the slot of the in-memory search columns.
      CREATE TABLE datasets (
        doc INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source_id TEXT NOT NULL,
        remote_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('active', 'withdrawn')),
        withdrawn_at TEXT,
        content_hash TEXT NOT NULL,
        seq INTEGER NOT NULL,
        facts TEXT NOT NULL
      );
      CREATE UNIQUE INDEX datasets_by_remote ON datasets (source_id, remote_id);
      CREATE INDEX datasets_by_seq ON datasets (seq);
      CREATE INDEX datasets_by_state ON datasets (source_id, state);
      CREATE INDEX datasets_withdrawn ON datasets (withdrawn_at) WHERE state = 'withdrawn';

      CREATE TABLE dataset_records (
        doc INTEGER PRIMARY KEY REFERENCES datasets (doc) ON DELETE CASCADE,
        record TEXT NOT NULL
      );

      CREATE TABLE dataset_raw (
        doc INTEGER PRIMARY KEY REFERENCES datasets (doc) ON DELETE CASCADE,
        raw TEXT NOT NULL
      );

      -- Terms are analysed by the search layer (folded, stemmed, stop words out) and joined by
      -- spaces: the ascii tokenizer splits on ASCII punctuation and keeps every other script.
      CREATE VIRTUAL TABLE dataset_text USING fts5 (
        title_en, keywords_en, description_en, title_fr, keywords_fr, description_fr,
        content = '', contentless_delete = 1, tokenize = 'ascii', detail = full
      );

      -- change_seq grows with every dataset row written; generation grows when rows are deleted,
      -- so that an index in another process knows to reload rather than follow changes.
      CREATE TABLE store_meta (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      );
      INSERT INTO store_meta (key, value) VALUES ('change_seq', 0), ('generation', 0);
    `);
  },
};
