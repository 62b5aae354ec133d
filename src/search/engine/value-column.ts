// Per document, the ids of its values for one facet. Most documents have one value per facet:
// `single[doc]` holds it (NONE for none, MANY for several). Several values are packed in one
// typed array, a document's being the slice `pool[offset .. offset + length)`; rewriting a
// document appends a new slice, and the pool is compacted when dead slices outweigh live ones.

export const NONE = -1;
export const MANY = -2;

export class ValueColumn {
  single = new Int32Array(1024).fill(NONE);
  offsets = new Uint32Array(1024);
  lengths = new Uint16Array(1024);
  pool = new Uint32Array(4096);
  private used = 0;
  private dead = 0;

  set(doc: number, ids: readonly number[]): void {
    this.ensureDoc(doc);
    this.dead += this.lengths[doc] ?? 0;
    const count = Math.min(ids.length, 0xffff);
    this.single[doc] = count === 0 ? NONE : count === 1 ? ids[0]! : MANY;
    if (count === 0) {
      this.lengths[doc] = 0;
      return;
    }
    if (this.used + count > this.pool.length) this.makeRoom(count);
    this.offsets[doc] = this.used;
    this.lengths[doc] = count;
    for (let i = 0; i < count; i++) this.pool[this.used++] = ids[i]!;
  }

  clear(doc: number): void {
    if (doc < this.lengths.length) {
      this.dead += this.lengths[doc] ?? 0;
      this.lengths[doc] = 0;
      this.single[doc] = NONE;
    }
  }

  private ensureDoc(doc: number): void {
    if (doc < this.offsets.length) return;
    let size = this.offsets.length;
    while (size <= doc) size *= 2;
    const single = new Int32Array(size).fill(NONE);
    single.set(this.single);
    this.single = single;
    const offsets = new Uint32Array(size);
    offsets.set(this.offsets);
    this.offsets = offsets;
    const lengths = new Uint16Array(size);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }

  private makeRoom(count: number): void {
    const live = this.used - this.dead;
    if (this.dead > live) {
      this.compact(Math.max(this.pool.length, (live + count) * 2));
      return;
    }
    let size = this.pool.length * 2;
    while (size < this.used + count) size *= 2;
    const pool = new Uint32Array(size);
    pool.set(this.pool.subarray(0, this.used));
    this.pool = pool;
  }

  private compact(size: number): void {
    const pool = new Uint32Array(size);
    let used = 0;
    for (let doc = 0; doc < this.lengths.length; doc++) {
      const length = this.lengths[doc] ?? 0;
      if (length === 0) continue;
      const offset = this.offsets[doc] ?? 0;
      pool.set(this.pool.subarray(offset, offset + length), used);
      this.offsets[doc] = used;
      used += length;
    }
    this.pool = pool;
    this.used = used;
    this.dead = 0;
  }
}
