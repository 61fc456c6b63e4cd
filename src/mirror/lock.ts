// One run per output folder: a lock file holding the owner's pid. A lock whose process is
// gone (killed, crashed) is taken over, and the temp files that process left are removed.
import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { alive, removeStaleTemps } from '../write/write-post.js';

const LOCK_FILE = '.mdarchive.lock';

export interface Lock {
  release(): void;
}

function releaser(path: string): Lock {
  const release = () => {
    try {
      if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
  process.once('exit', release);
  return { release };
}

/** Takes the folder's lock; returns the pid holding it instead when another run is going. */
export async function lockFolder(dir: string): Promise<Lock | { heldBy: number }> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      await removeStaleTemps(dir);
      return releaser(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (alive(owner)) return { heldBy: owner };
      await unlink(path).catch(() => undefined);
    }
  }
  // Another run took the stale lock over between our two tries.
  return { heldBy: Number((await readFile(path, 'utf8').catch(() => '')).trim()) };
}
