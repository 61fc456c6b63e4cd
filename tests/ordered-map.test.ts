// mapInOrder: results in input order, calls in flight bounded by count and by the bytes of the results waiting.
import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../src/ordered-map.js';

const collect = async <R>(gen: AsyncGenerator<R>): Promise<R[]> => {
  const out: R[] = [];
  for await (const r of gen) out.push(r);
  return out;
};

describe('mapInOrder', () => {
  it('yields in input order with at most `count` calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await collect(
      mapInOrder([5, 1, 3, 0, 2], 2, async (ms) => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, ms));
        inFlight--;
        return ms;
      }),
    );
    expect(results).toEqual([5, 1, 3, 0, 2]);
    expect(most).toBe(2);
  });

  it('starts nothing new while the results waiting behind a slow one exceed the byte budget', async () => {
    const started: number[] = [];
    let releaseSlow!: () => void;
    const slow = new Promise<void>((r) => (releaseSlow = r));
    async function* paced() {
      for (let n = 0; n < 6; n++) {
        yield n;
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    const gen = mapInOrder(paced(), { count: 10, bytes: { budget: 250, size: (n: number) => (n === 0 ? 0 : 100) } }, async (n) => {
      started.push(n);
      if (n === 0) await slow;
      return n;
    });
    const first = gen.next();
    await new Promise((r) => setTimeout(r, 50));
    // 1, 2 and 3 are done and waiting (300 bytes > 250): 4 and 5 wait for 0.
    expect(started).toEqual([0, 1, 2, 3]);
    releaseSlow();
    expect((await first).value).toBe(0);
    expect(await collect(gen)).toEqual([1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
