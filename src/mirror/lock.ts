// One run per output folder: a lock file naming the owner (pid, start time, boot). A lock whose
// process is gone (killed, crashed, not yet reaped, or from before a reboot, its pid now
// another process's) is taken over, and the temp files that process left are removed.
import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { removeStaleTemps } from '../write/write-post.js';
import { currentIdentity, formatIdentity, isRunning, parseIdentity } from './process-identity.js';

const LOCK_FILE = '.mdarchive.lock';

export interface Lock {
  release(): void;
}

function releaser(path: string): Lock {
  const release = () => {
    try {
      if (parseIdentity(readFileSync(path, 'utf8')).pid === process.pid) unlinkSync(path);
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
      await handle.writeFile(formatIdentity(currentIdentity()));
      await handle.close();
      await removeStaleTemps(dir);
      return releaser(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = parseIdentity(await readFile(path, 'utf8').catch(() => ''));
      if (isRunning(owner)) return { heldBy: owner.pid };
      await unlink(path).catch(() => undefined);
    }
  }
  // Another run took the stale lock over between our two tries.
  return { heldBy: parseIdentity(await readFile(path, 'utf8').catch(() => '')).pid };
}
