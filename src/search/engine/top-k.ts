// The first `k` of `n` items in an order, without sorting all of them: a bounded max-heap keeps
// the k best seen so far, so a page costs O(n log k).

/** Indices 0..n-1 of the k smallest items by `before` (a strict "comes before"), in order. */
export function topK(n: number, k: number, before: (a: number, b: number) => boolean): number[] {
  if (k <= 0 || n <= 0) return [];
  if (k >= n) {
    const all = Array.from({ length: n }, (_, i) => i);
    return all.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }
  // heap[0] is the worst of the kept items.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => before(b, a);
  const up = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      up(heap.length - 1);
    } else if (before(i, heap[0]!)) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}
