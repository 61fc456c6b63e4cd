// What a folder's mirror has done: every archived item (key → file) and each feed's
// validators. A snapshot (.mdarchive-state.json) and, beside it, a journal of the changes since
// (.mdarchive-state.journal, one JSON line each, appended): a change costs one short append
// however many items the folder holds, a killed run loses nothing (a torn last line is a
// change that never happened), and the end of a run folds the journal into the snapshot.
import { appendFile, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from '../write/write-post.js';

export const STATE_FILE = '.mdarchive-state.json';
export const JOURNAL_FILE = '.mdarchive-state.journal';

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

/** One change: an item recorded (or forgotten, with null), or a feed's validators. */
type Change = { item: string; record: ItemRecord | null } | { feed: string; record: FeedRecord };

function apply(state: MirrorState, change: Change): void {
  if ('item' in change) {
    if (change.record) state.items[change.item] = change.record;
    else delete state.items[change.item];
  } else state.feeds[change.feed] = change.record;
}

const missing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';

export async function loadState(dir: string): Promise<MirrorState> {
  const state: MirrorState = { version: 1, feeds: {}, items: {} };
  try {
    const data = JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8')) as MirrorState;
    if (data.version === 1 && data.items && data.feeds) Object.assign(state, { feeds: data.feeds, items: data.items });
  } catch (err) {
    if (!missing(err)) throw new Error(`cannot read ${join(dir, STATE_FILE)}: ${(err as Error).message}`);
  }
  const journal = await readFile(join(dir, JOURNAL_FILE), 'utf8').catch((err: unknown) => {
    if (missing(err)) return '';
    throw new Error(`cannot read ${join(dir, JOURNAL_FILE)}: ${(err as Error).message}`);
  });
  for (const line of journal.split('\n')) {
    if (!line) continue;
    try {
      apply(state, JSON.parse(line) as Change);
    } catch {
      // A line a killed run did not finish: that change never happened.
    }
  }
  return state;
}

async function record(dir: string, state: MirrorState, change: Change): Promise<void> {
  apply(state, change);
  await appendFile(join(dir, JOURNAL_FILE), `${JSON.stringify(change)}\n`);
}

export const recordItem = (dir: string, state: MirrorState, key: string, item: ItemRecord | null) => record(dir, state, { item: key, record: item });

export const recordFeed = (dir: string, state: MirrorState, url: string, feed: FeedRecord) => record(dir, state, { feed: url, record: feed });

/** Folds the journal into the snapshot: the snapshot first (atomically), then the journal goes. */
export async function compactState(dir: string, state: MirrorState): Promise<void> {
  await writeAtomic(join(dir, STATE_FILE), `${JSON.stringify(state, null, 1)}\n`);
  await unlink(join(dir, JOURNAL_FILE)).catch((err: unknown) => {
    if (!missing(err)) throw err;
  });
}
