// What a folder's mirror has done: every archived item (key → file) and each feed's
// validators. Written atomically after every change, so a killed run loses nothing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from '../write/write-post.js';

export const STATE_FILE = '.mdarchive-state.json';

export interface ItemRecord {
  /** The post's path relative to the output folder. */
  file: string;
  source: string;
  at: string;
  /** Set before the post is written, cleared after: a crash in between is finished next run. */
  pending?: true;
}

export interface FeedRecord {
  etag?: string;
  lastModified?: string;
  checked: string;
}

export interface MirrorState {
  version: 1;
  feeds: Record<string, FeedRecord>;
  items: Record<string, ItemRecord>;
}

export async function loadState(dir: string): Promise<MirrorState> {
  try {
    const data = JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8')) as MirrorState;
    if (data.version === 1 && data.items && data.feeds) return data;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read ${join(dir, STATE_FILE)}: ${(err as Error).message}`);
  }
  return { version: 1, feeds: {}, items: {} };
}

export async function saveState(dir: string, state: MirrorState): Promise<void> {
  await writeAtomic(join(dir, STATE_FILE), `${JSON.stringify(state, null, 1)}\n`);
}
