/**
 * The search index comes in shards of consecutive years, each indexed on its own and merged in
 * the reader's browser: a build re-indexes only the shards whose articles changed, and no one
 * indexing run holds the whole archive.
 */

/** The shard of articles without a date: last in "newest first". */
export const UNDATED_SHARD = 'khong-ngay';

/** The filter each search document carries with its shard's name, hidden from readers (tim-kiem/shards.js). */
export const SHARD_FILTER = 'khoi';

export interface ShardPlan {
  /** Shard names, newest first: "2024", "2019-2021", then "khong-ngay". */
  names: string[];
  /** The shard of an article by its date (ISO, or null). */
  of(date: string | null): string;
}

/**
 * Years, oldest first, gathered into a shard until it holds `size` articles or more; the next
 * year opens the next shard. A new article changes its own year's shard, and moves the shards
 * after it only when it tips an older shard over `size`.
 */
export function planShards(dates: (string | null)[], size: number): ShardPlan {
  const perYear = new Map<string, number>();
  let undated = 0;
  for (const d of dates) {
    if (d) perYear.set(d.slice(0, 4), (perYear.get(d.slice(0, 4)) ?? 0) + 1);
    else undated++;
  }
  const shardOfYear = new Map<string, string>();
  const names: string[] = [];
  let open: string[] = [];
  let count = 0;
  const close = () => {
    const name = open.length > 1 ? `${open[0]}-${open[open.length - 1]}` : open[0]!;
    for (const y of open) shardOfYear.set(y, name);
    names.unshift(name);
    open = [];
    count = 0;
  };
  for (const year of [...perYear.keys()].sort()) {
    open.push(year);
    count += perYear.get(year)!;
    if (count >= size) close();
  }
  if (open.length) close();
  if (undated) names.push(UNDATED_SHARD);
  return { names, of: (date) => (date ? shardOfYear.get(date.slice(0, 4)) ?? UNDATED_SHARD : UNDATED_SHARD) };
}
