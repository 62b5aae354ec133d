// The simulated portal's catalogue: dataset `i` is generated when asked for and never kept. Only
// ids and dates sit in memory (what paging needs), so 100,000 datasets cost a few megabytes.
// Tests may remove, touch and add datasets between requests.
import { drawDates, type Stamp } from '../../simulator/draft.js';
import { mix, rngFor } from '../../simulator/prng.js';
import { buildDataset, datasetHeader, datasetIdOf, STREAM } from './dataset.js';

export const DEFAULT_SEED = 20_240_601;
const SINCE_MS = Date.UTC(2013, 0, 1);
const UNTIL_MS = Date.UTC(2025, 5, 30);

export interface OdsCatalogueOptions {
  records: number;
  seed?: number;
  /** The clock of mutations. */
  now?: () => Date;
}

export class OdsCatalogue {
  readonly seed: number;
  private readonly ids: string[] = [];
  private readonly draws: number[] = [];
  private readonly createdMs: number[] = [];
  private readonly modifiedMs: number[] = [];
  private readonly removed: boolean[] = [];
  private readonly slotById = new Map<string, number>();
  private liveCache: { version: number; slots: Int32Array } | undefined;
  private mutations = 0;
  private readonly now: () => Date;

  constructor(options: OdsCatalogueOptions) {
    if (!Number.isInteger(options.records) || options.records < 0) throw new RangeError(`records must be a whole number, not ${options.records}`);
    this.seed = mix(options.seed ?? DEFAULT_SEED, 0x0d5);
    this.now = options.now ?? (() => new Date());
    for (let i = 0; i < options.records; i++) this.draw(SINCE_MS, UNTIL_MS);
  }

  get version(): number {
    return this.mutations;
  }

  private draw(sinceMs: number, untilMs: number): number {
    const index = this.draws.length;
    const dates = drawDates(rngFor(this.seed, index, STREAM.stamp), sinceMs, untilMs);
    const stamp: Stamp = { index, id: '', type: 'dataset', ...dates };
    const id = datasetIdOf(datasetHeader(this.seed, stamp), index);
    const slot = this.ids.length;
    this.ids.push(id);
    this.draws.push(index);
    this.createdMs.push(dates.createdMs);
    this.modifiedMs.push(dates.modifiedMs);
    this.removed.push(false);
    this.slotById.set(id, slot);
    this.mutations++;
    return slot;
  }

  private stamp(slot: number): Stamp {
    return { index: this.draws[slot] ?? slot, id: this.ids[slot] ?? '', type: 'dataset', createdMs: this.createdMs[slot] ?? 0, modifiedMs: this.modifiedMs[slot] ?? 0, micros: 0 };
  }

  idAt(slot: number): string {
    return this.ids[slot] ?? '';
  }

  /** The dataset of a slot as JSON (made now, kept nowhere); `portal` is the portal's origin. */
  datasetJson(slot: number, portal: string): string {
    const stamp = this.stamp(slot);
    return JSON.stringify(buildDataset(this.seed, stamp, datasetHeader(this.seed, stamp), portal));
  }

  dataset(id: string, portal = 'https://opendata.vancouver.example'): unknown {
    const slot = this.slotById.get(id);
    return slot === undefined || this.removed[slot] ? undefined : JSON.parse(this.datasetJson(slot, portal));
  }

  /** Live slots, in the portal's own order (creation). */
  live(): Int32Array {
    if (this.liveCache?.version === this.mutations) return this.liveCache.slots;
    const slots: number[] = [];
    for (let slot = 0; slot < this.ids.length; slot++) if (!this.removed[slot]) slots.push(slot);
    this.liveCache = { version: this.mutations, slots: Int32Array.from(slots) };
    return this.liveCache.slots;
  }

  count(): number {
    return this.live().length;
  }

  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined || this.removed[slot]) return false;
    this.removed[slot] = true;
    this.mutations++;
    return true;
  }

  /** Marks a dataset modified now (later than before, whatever the clock says). */
  touch(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined || this.removed[slot]) return false;
    this.modifiedMs[slot] = Math.max(this.now().getTime(), (this.modifiedMs[slot] ?? 0) + 1000);
    this.mutations++;
    return true;
  }

  /** Adds a dataset drawn like the others, created now; returns its id. */
  add(): string {
    const nowMs = this.now().getTime();
    const slot = this.draw(nowMs - 1, nowMs);
    this.createdMs[slot] = nowMs;
    this.modifiedMs[slot] = nowMs;
    return this.ids[slot] ?? '';
  }
}
