// The simulated site's catalogue: record `i` is generated when asked for and never kept. Only
// ids, types and dates sit in memory (what paging and filtering by type need), so 100,000 assets
// cost a few megabytes. Tests may remove, touch and add assets between requests.
import { drawDates, type Stamp } from '../../simulator/draft.js';
import { mix, rngFor } from '../../simulator/prng.js';
import { buildAsset, fourByFour, STREAM } from './asset.js';
import { ASSET_TYPES, SIMULATED_DOMAIN } from './vocabulary.js';

export const DEFAULT_SEED = 20_240_601;
const SINCE_MS = Date.UTC(2012, 0, 1);
const UNTIL_MS = Date.UTC(2025, 5, 30);

export const SIMULATED_TYPES: readonly string[] = ASSET_TYPES.map(([type]) => type);

export interface SocrataCatalogueOptions {
  records: number;
  seed?: number;
  /** The domain the assets belong to (their `metadata.domain` and links). */
  domain?: string;
  /** The clock of mutations. */
  now?: () => Date;
}

export class SocrataCatalogue {
  readonly domain: string;
  readonly seed: number;
  private readonly ids: string[] = [];
  /** The draw index of each slot (its PRNG streams). */
  private readonly draws: number[] = [];
  private readonly types: string[] = [];
  private readonly createdMs: number[] = [];
  private readonly modifiedMs: number[] = [];
  private readonly removed: boolean[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly orders = new Map<string, { version: number; slots: Int32Array }>();
  private mutations = 0;
  private live = 0;
  private readonly now: () => Date;

  constructor(options: SocrataCatalogueOptions) {
    if (!Number.isInteger(options.records) || options.records < 0) throw new RangeError(`records must be a whole number, not ${options.records}`);
    this.domain = options.domain ?? SIMULATED_DOMAIN;
    this.seed = mix(options.seed ?? DEFAULT_SEED, 0x50c4a7a);
    this.now = options.now ?? (() => new Date());
    for (let i = 0; i < options.records; i++) this.draw(SINCE_MS, UNTIL_MS);
  }

  get version(): number {
    return this.mutations;
  }

  count(): number {
    return this.live;
  }

  private draw(sinceMs: number, untilMs: number): number {
    const index = this.draws.length;
    let rng = rngFor(this.seed, index, STREAM.stamp);
    let id = fourByFour(rng);
    // 32^8 ids: a repeat is rare but possible at 100,000 records; draw again from another stream.
    for (let attempt = 1; this.slotById.has(id); attempt++) id = fourByFour(rngFor(this.seed, index, STREAM.stamp + 100 * attempt));
    const type = rng.weighted(ASSET_TYPES);
    const dates = drawDates(rng, sinceMs, untilMs);
    const slot = this.ids.length;
    this.ids.push(id);
    this.draws.push(index);
    this.types.push(type);
    this.createdMs.push(dates.createdMs);
    this.modifiedMs.push(dates.modifiedMs);
    this.removed.push(false);
    this.slotById.set(id, slot);
    this.live++;
    this.mutations++;
    return slot;
  }

  private stamp(slot: number): Stamp {
    return {
      index: this.draws[slot] ?? slot,
      id: this.ids[slot] ?? '',
      type: this.types[slot] ?? 'dataset',
      createdMs: this.createdMs[slot] ?? 0,
      modifiedMs: this.modifiedMs[slot] ?? 0,
      micros: 0,
    };
  }

  idAt(slot: number): string {
    return this.ids[slot] ?? '';
  }

  /** The result of a slot as JSON (made now, kept nowhere). */
  assetJson(slot: number): string {
    return JSON.stringify(buildAsset(this.seed, this.stamp(slot), this.domain));
  }

  asset(id: string): unknown {
    const slot = this.slotById.get(id);
    return slot === undefined || this.removed[slot] ? undefined : JSON.parse(this.assetJson(slot));
  }

  /** Live slots of the given types (all when undefined), in the site's own order (`natural`,
   * creation) or sorted by id (`id`, the scroll order). */
  select(types: ReadonlySet<string> | undefined, order: 'natural' | 'id'): Int32Array {
    const key = `${order}|${types ? [...types].sort().join(',') : '*'}`;
    const cached = this.orders.get(key);
    if (cached?.version === this.mutations) return cached.slots;
    const slots: number[] = [];
    for (let slot = 0; slot < this.ids.length; slot++) {
      if (this.removed[slot]) continue;
      if (types && !types.has(this.types[slot] ?? '')) continue;
      slots.push(slot);
    }
    if (order === 'id') {
      const ids = this.ids;
      slots.sort((a, b) => {
        const x = ids[a] ?? '';
        const y = ids[b] ?? '';
        return x < y ? -1 : x > y ? 1 : 0;
      });
    }
    const out = Int32Array.from(slots);
    if (this.orders.size > 16) this.orders.clear();
    this.orders.set(key, { version: this.mutations, slots: out });
    return out;
  }

  /** Removes an asset; false when there is none with that id. */
  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined || this.removed[slot]) return false;
    this.removed[slot] = true;
    this.live--;
    this.mutations++;
    return true;
  }

  /** Marks an asset updated now (later than before, whatever the clock says). */
  touch(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined || this.removed[slot]) return false;
    this.modifiedMs[slot] = Math.max(this.now().getTime(), (this.modifiedMs[slot] ?? 0) + 1000);
    this.mutations++;
    return true;
  }

  /** Adds an asset drawn like the others, created now; returns its id. */
  add(): string {
    const nowMs = this.now().getTime();
    const slot = this.draw(nowMs - 1, nowMs);
    this.createdMs[slot] = nowMs;
    this.modifiedMs[slot] = nowMs;
    return this.ids[slot] ?? '';
  }
}
