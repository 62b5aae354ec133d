// What a harvest compares before hashing: the source's modification stamp of the record and the
// mapping it was made with. Equal both, the record is unchanged without reading it further.
import type { Migration } from './migration.js';

export const changeStamps: Migration = {
  version: 2,
  name: 'source modification stamps and mapping fingerprints',
  up(db) {
    db.exec(`
      ALTER TABLE datasets ADD COLUMN source_modified TEXT;
      ALTER TABLE datasets ADD COLUMN mapped_with TEXT;
    `);
  },
};
