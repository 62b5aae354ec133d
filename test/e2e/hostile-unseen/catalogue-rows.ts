// Every dataset row of a catalogue file as stored (state, content hash, the record's JSON), read
// straight from SQLite so that nothing of Federa's reading code stands between the test and the data.
import Database from 'better-sqlite3';

export interface StoredRow {
  state: string;
  hash: string;
  record: string;
}

export function catalogueRows(db: string): Map<string, StoredRow> {
  const connection = new Database(db, { readonly: true });
  try {
    const rows = connection
      .prepare('SELECT d.id AS id, d.state AS state, d.content_hash AS hash, r.record AS record FROM datasets d JOIN dataset_records r ON r.doc = d.doc')
      .all() as Array<StoredRow & { id: string }>;
    return new Map(rows.map(({ id, ...row }) => [id, row]));
  } finally {
    connection.close();
  }
}
