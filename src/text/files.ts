import { copyFileSync, linkSync, lstatSync, readdirSync, rmSync, statSync } from 'node:fs';
import { copyFile, link, lstat, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { mapLimit } from './concurrency.ts';

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
 * remove and link again.
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

/** `placeLinked` on libuv's threads. */
async function placeLinkedAsync(from: string, to: string): Promise<void> {
  const [a, b] = await Promise.all([stat(from), lstat(to).catch(() => null)]);
  if (b && b.ino === a.ino && b.dev === a.dev) return;
  if (b) await rm(to, { recursive: true, force: true });
  await linkOrCopy(from, to);
}

/** Checks per batch, and the time a check may take on average for the batch to stay in this thread. */
const BATCH = 256;
const IN_MEMORY_MS = 0.1;

/**
 * `placeLinked` for many files; `failed` is called for each pair that could not be placed (the
 * kept file missing, the folder missing). The checks run in this thread while the file system
 * answers from memory (microseconds each, where a round trip to libuv's threads costs tens), and
 * many at a time on libuv's threads once it reads the disk (milliseconds each, which in this
 * thread would follow one another): a rebuild of 10,000 articles is the first case, one of
 * 100,000 on a machine that keeps little of the disk in memory the second.
 */
export async function placeAll<T extends { from: string; to: string }>(pairs: T[], failed: (pair: T) => Promise<void>): Promise<void> {
  const missing: T[] = [];
  let i = 0;
  for (; i < pairs.length; i += BATCH) {
    const t0 = performance.now();
    const batch = pairs.slice(i, i + BATCH);
    for (const p of batch) {
      try {
        placeLinked(p.from, p.to);
      } catch {
        missing.push(p);
      }
    }
    if (performance.now() - t0 > IN_MEMORY_MS * batch.length) { i += BATCH; break; }
  }
  await mapLimit(pairs.slice(i), 32, (p) => placeLinkedAsync(p.from, p.to).catch(() => failed(p)));
  await mapLimit(missing, 32, failed);
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
