import { copyFileSync, linkSync, lstatSync, readdirSync, rmSync, statSync } from 'node:fs';
import { copyFile, link, rm, rmdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * The file at `from` also at `to`: a hard link where the file system allows, else a copy. For
 * files kept in the cache and placed in the site. A name in the site that is a link into the
 * cache is never written into (that would change the kept file): it is removed first
 * (`placeLinked`, `clearForWriting`).
 */
export const linkOrCopy = (from: string, to: string): Promise<void> => link(from, to).catch(() => copyFile(from, to));

/**
 * `to` made the file at `from`: left as it is when it already is that file (a link made by an
 * earlier build), else replaced by a link or a copy. A rebuild checks two names where it would
 * remove and link again. In this thread: each check costs microseconds here, and a round trip to
 * libuv's threads otherwise, which for thousands of files is seconds.
 */
export function placeLinked(from: string, to: string): void {
  const a = statSync(from);
  const b = lstatSync(to, { throwIfNoEntry: false });
  if (b && b.ino === a.ino && b.dev === a.dev) return;
  if (b) rmSync(to, { recursive: true, force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Removes `path` if it is there, so what is written next makes a file of its own. */
export const clearForWriting = (path: string): Promise<void> => rm(path, { force: true });

/**
 * Removes every file under `root` that is not in `keep` (absolute paths), then the folders left
 * empty; the top-level entries named in `skip` are left alone. What a build placed is kept, and
 * whatever an earlier build left that this one did not place goes. Returns how many files went.
 */
export async function sweep(root: string, keep: Set<string>, skip: string[] = []): Promise<number> {
  const top = resolve(root);
  const emptied = new Set<string>();
  let removed = 0;
  const drop = async (path: string) => {
    await rm(path, { force: true });
    emptied.add(dirname(path));
    removed++;
  };
  for (const name of readdirSync(top)) {
    if (skip.includes(name)) continue;
    const path = join(top, name);
    if (!lstatSync(path).isDirectory()) {
      if (!keep.has(path)) await drop(path);
      continue;
    }
    // Read in this thread: thousands of folders, each a few microseconds here and a round trip
    // to libuv's threads otherwise.
    for (const e of readdirSync(path, { recursive: true, withFileTypes: true })) {
      const p = join(e.parentPath, e.name);
      if (!e.isDirectory() && !keep.has(p)) await drop(p);
    }
  }
  // The folders files were removed from, and the folders above them, while they are left empty.
  for (const folder of emptied) {
    for (let f = folder; f !== top && f.startsWith(top); f = dirname(f)) if (!(await rmdir(f).then(() => true, () => false))) break;
  }
  return removed;
}
