// How many sources a run has, counted by a second walk in the background for the progress bar.
import type { WalkFilter } from './walk.js';
import { expandSources } from './expand.js';

export async function countSources(args: string[], filter: WalkFilter): Promise<number> {
  let count = 0;
  for await (const _ of expandSources(args.filter((a) => a !== '-'), undefined, filter)) count++;
  return count;
}
