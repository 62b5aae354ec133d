// Answers kept across catalogue versions: an answer of an older version may still be given, for a
// bounded time, while the recomputations allowed per second are spent, so that the writes of a
// harvest cost a steady trickle of recomputations rather than all of them at once.
import { Lru } from './lru.js';

export interface StaleCacheOptions {
  entries: number;
  /** How long after its computation an answer of an older version may still be given. */
  maxStaleMs: number;
  /** Recomputations of stale answers allowed per second (beyond the burst). */
  perSecond: number;
  /** Recomputations allowed at once. */
  burst: number;
}

interface Entry<V> {
  value: V;
  version: string;
  at: number;
}

export class StaleCache<V> {
  private readonly lru: Lru<string, Entry<V>>;
  private tokens: number;
  private filledAt = 0;

  constructor(private readonly options: StaleCacheOptions) {
    this.lru = new Lru(options.entries);
    this.tokens = options.burst;
  }

  /** The answer to give without computing, if any: of this version, or stale within bounds
   * when no recomputation is allowed now. */
  get(key: string, version: string, now: number): V | undefined {
    const entry = this.lru.get(key);
    if (!entry) return undefined;
    if (entry.version === version) return entry.value;
    if (now - entry.at >= this.options.maxStaleMs) return undefined;
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return undefined;
    }
    return entry.value;
  }

  set(key: string, version: string, now: number, value: V): void {
    this.lru.set(key, { value, version, at: now });
  }

  clear(): void {
    this.lru.clear();
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.options.burst, this.tokens + ((now - this.filledAt) * this.options.perSecond) / 1000);
    this.filledAt = now;
  }
}
