// Unique and primary keys over millions of rows: each key is kept as a 64-bit fingerprint with
// the row that first had it, in flat typed arrays (12 bytes a slot, 37.5% to 75% full: 16 to 32
// bytes a key, twice as many for a moment while the table grows), not a Map of strings. Two different keys share a fingerprint with a chance of
// about n²/2⁶⁵ (3 in a million for ten million keys): such a pair would be reported as a duplicate.

/** Two independent 32-bit hashes of a string (cyrb53's mixing, split in two halves). */
function fingerprint(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

export class FingerprintSet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private rows: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialSlots = 1024) {
    this.hi = new Uint32Array(initialSlots);
    this.lo = new Uint32Array(initialSlots);
    this.rows = new Uint32Array(initialSlots);
    this.mask = initialSlots - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Bytes held by the tables. */
  get bytes(): number {
    return this.hi.byteLength * 3;
  }

  /** Adds the key; returns the row that had it first, or 0 when it is new. */
  add(key: string, row: number): number {
    const [h, l0] = fingerprint(key);
    const l = h === 0 && l0 === 0 ? 1 : l0; // (0, 0) marks an empty slot
    let slot = (h ^ Math.imul(l, 0x9e3779b1)) & this.mask;
    for (;;) {
      if (this.hi[slot] === 0 && this.lo[slot] === 0) break;
      if (this.hi[slot] === h && this.lo[slot] === l) return this.rows[slot]!;
      slot = (slot + 1) & this.mask;
    }
    this.hi[slot] = h;
    this.lo[slot] = l;
    this.rows[slot] = row;
    if (++this.count * 4 > (this.mask + 1) * 3) this.grow();
    return 0;
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    const slots = hi.length * 2;
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
    this.rows = new Uint32Array(slots);
    this.mask = slots - 1;
    for (let i = 0; i < hi.length; i++) {
      const h = hi[i]!;
      const l = lo[i]!;
      if (h === 0 && l === 0) continue;
      let slot = (h ^ Math.imul(l, 0x9e3779b1)) & this.mask;
      while (this.hi[slot] !== 0 || this.lo[slot] !== 0) slot = (slot + 1) & this.mask;
      this.hi[slot] = h;
      this.lo[slot] = l;
      this.rows[slot] = rows[i]!;
    }
  }
}
