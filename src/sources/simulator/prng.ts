// A small seeded PRNG (sfc32) so that a simulated catalogue is the same on every machine and
// record `i` can be drawn without drawing records 0..i-1: each record (and each aspect of it)
// gets its own stream, seeded by hashing (seed, index, stream).

/** Mixes 32-bit integers into one well-spread 32-bit hash (murmur3 finalizer per step). */
export function mix(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) {
    h = Math.imul(h ^ (value | 0), 0x85ebca6b);
    h = (h << 13) | (h >>> 19);
    h = Math.imul(h, 0xc2b2ae35) ^ 0x27d4eb2f;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Weights 1/rank^s, accumulated: the shape of word and topic frequencies in real catalogues. */
function zipfTable(length: number, exponent: number): Float64Array {
  const table = new Float64Array(length);
  let total = 0;
  for (let rank = 0; rank < length; rank++) {
    total += 1 / Math.pow(rank + 1, exponent);
    table[rank] = total;
  }
  for (let rank = 0; rank < length; rank++) table[rank] = (table[rank] ?? 0) / total;
  return table;
}

const zipfTables = new Map<number, Float64Array>();

function cachedZipfTable(length: number, exponent: number): Float64Array {
  const key = exponent * 1_048_576 + length;
  let table = zipfTables.get(key);
  if (!table) {
    table = zipfTable(length, exponent);
    zipfTables.set(key, table);
  }
  return table;
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex16(n: number): string {
  return (HEX_BYTES[(n >>> 8) & 0xff] ?? '') + (HEX_BYTES[n & 0xff] ?? '');
}

function hex32(n: number): string {
  return hex16(n >>> 16) + hex16(n & 0xffff);
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `b` enters the state as is: generators built with different `b`s never share a state. */
  constructor(seed: number, b = 0, c = 0) {
    this.a = mix(seed, c);
    this.b = b | 0;
    this.c = mix(b, seed, c);
    this.d = 1;
    // Warm up so that nearby seeds diverge.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** An item with probability proportional to 1/rank^exponent: the first items are the common ones. */
  zipf<T>(items: readonly T[], exponent = 1): T {
    return items[this.zipfIndex(items.length, exponent)] as T;
  }

  zipfIndex(length: number, exponent = 1): number {
    if (length <= 0) throw new RangeError('zipf pick from an empty list');
    const table = cachedZipfTable(length, exponent);
    const u = this.next();
    let lo = 0;
    let hi = length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((table[mid] ?? 1) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** An item chosen by explicit weights (`[item, weight]` pairs). */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let u = this.next() * total;
    for (const [item, weight] of choices) {
      u -= weight;
      if (u < 0) return item;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }

  /** `count` distinct items, in list order of drawing, favouring the first ones. */
  zipfDistinct<T>(items: readonly T[], count: number, exponent = 1): T[] {
    const wanted = Math.min(count, items.length);
    const chosen = new Set<number>();
    let guard = wanted * 8;
    while (chosen.size < wanted && guard-- > 0) chosen.add(this.zipfIndex(items.length, exponent));
    for (let i = 0; chosen.size < wanted; i++) chosen.add(i);
    return [...chosen].map((i) => items[i] as T);
  }

  /** 32 random lowercase hex digits shaped as a version-4 UUID. */
  uuid(): string {
    const a = this.nextUint32();
    const b = this.nextUint32();
    // Version 4 in the third group, variant 10xx in the fourth.
    const c = ((this.nextUint32() & 0x3fffffff) | 0x80000000) >>> 0;
    const d = this.nextUint32();
    return `${hex32(a)}-${hex16(b >>> 16)}-4${hex16(b & 0xffff).slice(1)}-${hex16(c >>> 16)}-${hex16(c & 0xffff)}${hex32(d)}`;
  }
}

/** The PRNG of one aspect (`stream`) of record `index` of a catalogue seeded with `seed`. */
export function rngFor(seed: number, index: number, stream: number): Rng {
  return new Rng(seed, index, stream);
}
