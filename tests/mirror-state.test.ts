// The mirror's state: a snapshot and an append-only journal of the changes since; a torn last
// line (a run killed mid-append) is a change that never happened; compaction folds them.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactState, JOURNAL_FILE, loadState, recordFeed, recordItem, STATE_FILE } from '../src/mirror/state.js';
import { tempDir } from './helpers.js';

const AT = '2026-12-02T00:00:00.000Z';

describe('mirror state', () => {
  it('appends each change to the journal, reads it back over the snapshot, and folds it in', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, STATE_FILE), JSON.stringify({ version: 1, feeds: {}, items: { old: { file: 'old.md', source: 'f', at: AT } } }));
    const state = await loadState(dir);
    await recordItem(dir, state, 'new', { file: 'new.md', source: 'f', at: AT, pending: true });
    await recordItem(dir, state, 'new', { file: 'new.md', source: 'f', at: AT });
    await recordItem(dir, state, 'old', null);
    await recordFeed(dir, state, 'f', { etag: '"v1"', checked: AT });
    expect((await readFile(join(dir, JOURNAL_FILE), 'utf8')).trim().split('\n')).toHaveLength(4);
    const expected = { version: 1, feeds: { f: { etag: '"v1"', checked: AT } }, items: { new: { file: 'new.md', source: 'f', at: AT } } };
    expect(await loadState(dir)).toEqual(expected);
    await compactState(dir, state);
    expect(existsSync(join(dir, JOURNAL_FILE))).toBe(false);
    expect(JSON.parse(await readFile(join(dir, STATE_FILE), 'utf8'))).toEqual(expected);
  });

  it('ignores a torn last line: that change never happened', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, JOURNAL_FILE), `${JSON.stringify({ item: 'a', record: { file: 'a.md', source: 'f', at: AT } })}\n{"item":"b","record":{"fi`);
    expect(Object.keys((await loadState(dir)).items)).toEqual(['a']);
  });
});
