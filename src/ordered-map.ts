/**
 * Maps an async stream with at most `limit` calls in flight, yielding results in input
 * order. Only the in-flight window is held, so a stream of any length runs in bounded memory.
 */
export async function* mapInOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const window: Promise<R>[] = [];
  for await (const item of items) {
    window.push(fn(item));
    if (window.length >= limit) yield await window.shift()!;
  }
  while (window.length) yield await window.shift()!;
}
