// Harvesters page through `package_search` one page after the other, so the server prepares the
// next page while the client is busy with the current one: generating and serializing 1,000
// packages then overlaps with the client's parsing instead of adding to it. One page is kept.

export class NextPage {
  private ready: { key: string; body: Buffer[] } | undefined;
  private pending: { key: string; timer: NodeJS.Immediate } | undefined;

  /** The prepared body for `key`, if it is the one prepared; otherwise `make()` now. */
  take(key: string, make: () => Buffer[]): Buffer[] {
    if (this.pending) {
      // Not started yet: the request is here, make it now instead.
      clearImmediate(this.pending.timer);
      this.pending = undefined;
    }
    const ready = this.ready;
    this.ready = undefined;
    return ready?.key === key ? ready.body : make();
  }

  /** Prepares the body of `key` once the current response is sent. */
  prepare(key: string, make: () => Buffer[]): void {
    if (this.pending) clearImmediate(this.pending.timer);
    const timer = setImmediate(() => {
      this.pending = undefined;
      this.ready = { key, body: make() };
    });
    // A prepared page must not keep the process (or a test) alive.
    timer.unref();
    this.pending = { key, timer };
  }

  clear(): void {
    if (this.pending) clearImmediate(this.pending.timer);
    this.pending = undefined;
    this.ready = undefined;
  }
}
