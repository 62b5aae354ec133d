// Politeness: at most N requests in flight per host, the rest wait in order.

export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();

  constructor(private readonly perHost: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const release = await this.acquire(host);
    try {
      return await task();
    } finally {
      release();
    }
  }

  /** Waits for a slot on `host`; the function returned gives it back (once, however often called). */
  async acquire(host: string): Promise<() => void> {
    const n = this.active.get(host) ?? 0;
    if (n < this.perHost) this.active.set(host, n + 1);
    else {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(host) ?? [];
        queue.push(resolve);
        this.waiting.set(host, queue);
      });
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release(host);
    };
  }

  private release(host: string): void {
    const next = this.waiting.get(host)?.shift();
    if (next) return next(); // hand the slot over directly
    const n = (this.active.get(host) ?? 1) - 1;
    if (n <= 0) this.active.delete(host);
    else this.active.set(host, n);
    if (this.waiting.get(host)?.length === 0) this.waiting.delete(host);
  }
}
