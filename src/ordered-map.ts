/** How much a window may hold: calls in flight, and (optionally) the size of results waiting for earlier ones. */
export interface WindowLimit<R> {
  count: number;
  bytes?: { budget: number; size: (result: R) => number };
}

/**
 * Maps an async stream with at most `limit` calls in flight, yielding results in input
 * order. Only the in-flight window is held, so a stream of any length runs in bounded memory;
 * given a byte budget, no new call starts while the results done but waiting exceed it.
 */
export async function* mapInOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number | WindowLimit<R>, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const { count, bytes } = typeof limit === 'number' ? { count: limit, bytes: undefined } : limit;
  const window: { result: Promise<R>; size: number }[] = [];
  let waiting = 0;
  const next = async () => {
    const head = window.shift()!;
    const result = await head.result;
    waiting -= head.size;
    return result;
  };
  for await (const item of items) {
    while (window.length >= count || (bytes && waiting > bytes.budget)) yield await next();
    const entry = { result: fn(item), size: 0 };
    if (bytes) {
      entry.result = entry.result.then((result) => {
        entry.size = bytes.size(result);
        waiting += entry.size;
        return result;
      });
    }
    window.push(entry);
  }
  while (window.length) yield await next();
}
