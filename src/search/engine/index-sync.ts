// Keeps the in-memory columns in step with the database, in this process or another: before a
// query it reads the change mark (one tiny row read) and applies the rows changed since; a purge
// (rows deleted, which the sequence cannot show) makes it reload.
import type { SqliteSearchPort } from '../../store/sqlite/search-port.js';
import { SearchColumns } from './search-columns.js';

const BATCH = 5000;

export class IndexSync {
  columns = new SearchColumns();
  private seq = 0;
  private generation = -1;

  constructor(private readonly port: SqliteSearchPort) {}

  /** The sequence number the columns reflect. */
  get version(): string {
    return `${this.generation}:${this.seq}`;
  }

  /** Call inside a read snapshot. Returns whether anything changed. */
  refresh(): boolean {
    const mark = this.port.mark();
    if (mark.generation !== this.generation) {
      this.columns = new SearchColumns();
      this.seq = 0;
      this.generation = mark.generation;
    } else if (mark.seq === this.seq) {
      return false;
    }
    for (;;) {
      const changes = this.port.changesSince(this.seq, BATCH);
      for (const change of changes) {
        this.columns.apply(change);
        this.seq = Math.max(this.seq, change.seq);
      }
      if (changes.length < BATCH) break;
    }
    return true;
  }
}
