// Posts to files: atomic (temp file, then rename), never outside the output folder, an
// same-run collisions numbered -2, -3…, temp files of killed runs swept away.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, unlinkSync } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fail, ok, type Result } from '../types.js';

/** Temp files being written: removed if the process ends before their rename. */
const pending = new Set<string>();
process.once('exit', () => {
  for (const path of pending) if (existsSync(path)) unlinkSync(path);
});

/** 48 bits of a name's hash: a number, a few bytes in a Set where the name would take a hundred. */
const nameKey = (path: string): number => createHash('sha256').update(path.toLowerCase()).digest().readUIntBE(0, 6);

/**
 * Hands out file names for one run; the same inputs in the same order get the same names.
 * Names are remembered by hash, so that 100,000 pages cost about the memory of 20,000; two
 * different names sharing a hash (about two chances in 100,000 at 100,000 names) would only
 * give the second a "-2", the same on every run.
 */
export class NameClaims {
  private readonly claimed = new Set<number>();

  claim(path: string): string {
    const ext = extname(path);
    const stem = path.slice(0, path.length - ext.length);
    let candidate = path;
    let key = nameKey(candidate);
    for (let n = 2; this.claimed.has(key); n++) key = nameKey((candidate = `${stem}-${n}${ext}`));
    this.claimed.add(key);
    return candidate;
  }
}

export function insideFolder(folder: string, relativePath: string): string | undefined {
  const root = resolve(folder);
  const target = resolve(root, relativePath);
  const rel = relative(root, target);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? target : undefined;
}

/** The post's path inside the output folder, or the problem of a name that would leave it. */
export function postTarget(folder: string, name: string, source: string): Result<string> {
  const target = insideFolder(folder, name);
  return target ? ok(target) : fail(source, 'write', 'outside', `file name ${name} would be outside the output folder`);
}

export const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

const TEMP_FILE = /^\..+\.(\d+)-[0-9a-f]+\.tmp$/;

/** True while the process with this pid runs. */
export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temp files a killed run left in a folder (their pid names a dead process). */
export async function removeStaleTemps(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(TEMP_FILE.exec(name)?.[1]);
    if (pid && !alive(pid)) await unlink(join(dir, name)).catch(() => undefined);
  }
}

/** Folders this process has written to, each swept of stale temp files once. */
const swept = new Set<string>();

/** Writes a file whole or not at all: a temp file beside it, then a rename over it. */
export async function writeAtomic(target: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  if (!swept.has(dirname(target))) {
    swept.add(dirname(target));
    await removeStaleTemps(dirname(target));
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  } finally {
    pending.delete(temp);
  }
}
