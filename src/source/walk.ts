// A folder's pages as a stream: one folder's listing at a time, in name order, filtered by
// the user's globs; symlink loops and unreadable folders are reported, not fatal.
import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

export const DEFAULT_INCLUDE = ['**/*.{html,htm,xhtml}'];
/** Saved pages are often compressed: a.html.gz is read as a.html. */
const GZIP = /\.gz$/i;

export type Walked = { file: string } | { problem: { path: string; reason: string } };

export interface WalkFilter {
  include: string[];
  exclude: string[];
}

function matcher(filter: WalkFilter): (relativePath: string) => boolean {
  const include = picomatch(filter.include.length ? filter.include : DEFAULT_INCLUDE, { dot: false, nocase: true });
  const exclude = filter.exclude.length ? picomatch(filter.exclude, { dot: true, nocase: true }) : () => false;
  return (path) => {
    const posix = path.split(sep).join('/');
    return include(posix.replace(GZIP, '')) && !exclude(posix);
  };
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function* walkDir(root: string, dir: string, seen: Set<string>, accept: (path: string) => boolean): AsyncGenerator<Walked> {
  let real: string;
  const entries: { name: string; isDir: boolean }[] = [];
  try {
    real = await realpath(dir);
    if (seen.has(real)) {
      yield { problem: { path: dir, reason: `symlink loop: leads back to ${real}, not followed` } };
      return;
    }
    seen.add(real);
    for await (const entry of await opendir(dir)) {
      if (entry.name.startsWith('.')) continue;
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && ((await stat(join(dir, entry.name)).catch(() => undefined))?.isDirectory() ?? false));
      entries.push({ name: entry.name, isDir });
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield { problem: { path: dir, reason: code === 'EACCES' || code === 'EPERM' ? 'cannot read folder: permission denied' : `cannot read folder: ${code ?? err}` } };
    return;
  }
  entries.sort((a, b) => byName(a.name, b.name));
  for (const { name, isDir } of entries) {
    const path = join(dir, name);
    if (isDir) yield* walkDir(root, path, seen, accept);
    else if (accept(relative(root, path))) yield { file: path };
  }
  seen.delete(real);
}

/** Every page below `root` that the filter takes, with the problems met on the way. */
export function walkFolder(root: string, filter: WalkFilter): AsyncGenerator<Walked> {
  return walkDir(root, root, new Set(), matcher(filter));
}
