// Results in input order with bounded buffering: at most `window` files are being read or waiting to be
// written at any time, so memory stays flat however many files there are and however slow the output.
export async function* inOrder<T, R>(
  items: AsyncIterable<T>,
  run: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const source = items[Symbol.asyncIterator]();
  const pending: Promise<R>[] = [];
  let exhausted = false;
  for (;;) {
    while (!exhausted && pending.length < window) {
      const next = await source.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const p = run(next.value);
      p.catch(() => {}); // awaited in turn below; this only keeps a rejection from being "unhandled" meanwhile
      pending.push(p);
    }
    const head = pending.shift();
    if (!head) return;
    // The consumer pulls the next result only when it has written this one: that is the backpressure.
    yield await head;
  }
}
