// A mirror run: the columns grouped by output folder, each folder locked for the run (a
// second run exits at once), its state loaded once and shared by its columns.
import { resolve } from 'node:path';
import { NameClaims } from '../write/write-post.js';
import { lockFolder, type Lock } from './lock.js';
import { mirrorColumn, type ColumnReport, type MirrorEntry, type MirrorOptions } from './mirror-column.js';
import { compactState, loadState } from './state.js';

export interface Column {
  source: string;
  options: MirrorOptions;
}

export type MirrorOutcome = { locked: { folder: string; pid: number } } | { columns: ColumnReport[] };

async function lockAll(folders: string[]): Promise<Lock[] | { folder: string; pid: number }> {
  const locks: Lock[] = [];
  for (const folder of folders) {
    const lock = await lockFolder(folder);
    if ('heldBy' in lock) {
      locks.forEach((l) => l.release());
      return { folder, pid: lock.heldBy };
    }
    locks.push(lock);
  }
  return locks;
}

export async function mirror(columns: Column[], sink: (entry: MirrorEntry) => void, note: (line: string) => void): Promise<MirrorOutcome> {
  const folders = [...new Set(columns.map((c) => resolve(c.options.out)))];
  const dryRun = columns.every((c) => c.options.dryRun);
  const locks = dryRun ? [] : await lockAll(folders);
  if (!Array.isArray(locks)) return { locked: locks };
  try {
    const reports: ColumnReport[] = [];
    for (const folder of folders) {
      const run = { state: await loadState(folder), claims: new NameClaims() };
      for (const column of columns.filter((c) => resolve(c.options.out) === folder)) {
        reports.push(await mirrorColumn(column.source, column.options, run, sink, note));
      }
      if (!dryRun) await compactState(folder, run.state);
    }
    return { columns: reports };
  } finally {
    locks.forEach((l) => l.release());
  }
}
