/**
 * Runs of a list that stay as they are while the list changes. A list cut every `size` items
 * shifts every run after an item added or removed, so every later page or index shard would be
 * made again. Here a list is cut where its own items say (content-defined cuts, as rsync and
 * backup tools cut files into blocks): an item added or removed anywhere changes its own run and,
 * at most, the runs beside it. Used for list pages (site/paging.ts) and search shards (index/shards.ts).
 */

/** FNV-1a, 32 bits: a small hash that is the same on every machine and in every run. */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A list, oldest first, cut into runs of `size` items on average: a run ends after an item whose
 * key hashes to a multiple of `size / 2` once it holds at least `size / 2`, and at `2 × size` at
 * the latest. The last run, still open to new items, joins the one before it while it is short.
 * An empty list is one empty run.
 */
export function cutRuns<T>(items: T[], keyOf: (item: T) => string, size: number): T[][] {
  const least = Math.ceil(size / 2), every = size - least + 1, most = 2 * size;
  const runs: T[][] = [];
  let open: T[] = [];
  for (const item of items) {
    open.push(item);
    if (open.length >= most || (open.length >= least && hashOf(keyOf(item)) % every === 0)) {
      runs.push(open);
      open = [];
    }
  }
  if (open.length && open.length < least && runs.length) runs[runs.length - 1]!.push(...open);
  else if (open.length || !runs.length) runs.push(open);
  return runs;
}
