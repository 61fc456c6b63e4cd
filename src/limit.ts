export type Limit = <T>(fn: () => Promise<T>) => Promise<T>;

/** Runs at most `n` of the calls given to it at once; the others wait their turn, in order. */
export function limit(n: number): Limit {
  let free = n;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}
