// Sources harvested at once share one thread: mapping, indexing and writing a page of one source
// while another's is half done only keeps more pages in memory, not more work done. Jobs take
// turns for that part; fetching still overlaps.

export class Turns {
  private tail: Promise<void> = Promise.resolve();

  /** Runs `task` after the tasks given before it have finished. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
