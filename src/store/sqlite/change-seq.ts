// The monotonic change sequence: every dataset row written or withdrawn takes the next number,
// so that a search index (in this process or another) catches up with `seq > last seen`.
import type { SqliteDatabase } from './connection.js';

export interface ChangeMark {
  /** Highest sequence number given to a dataset row. */
  seq: number;
  /** Grows when rows are deleted (purge): followers must reload instead of catching up. */
  generation: number;
}

export class ChangeSequence {
  private readonly read;
  private readonly write;

  constructor(db: SqliteDatabase) {
    this.read = db.prepare<[], { key: string; value: number }>('SELECT key, value FROM store_meta');
    this.write = db.prepare<[number, string]>('UPDATE store_meta SET value = ? WHERE key = ?');
  }

  mark(): ChangeMark {
    const mark: ChangeMark = { seq: 0, generation: 0 };
    for (const row of this.read.all()) {
      if (row.key === 'change_seq') mark.seq = row.value;
      else if (row.key === 'generation') mark.generation = row.value;
    }
    return mark;
  }

  /** Within a write transaction: reserves `count` numbers and returns the first. */
  reserve(count: number): number {
    const next = this.mark().seq + 1;
    this.write.run(next + count - 1, 'change_seq');
    return next;
  }

  /** Within a write transaction. */
  bumpGeneration(): void {
    this.write.run(this.mark().generation + 1, 'generation');
  }
}
