/**
 * The search index comes in shards of consecutive years (or months, in a year too large for one
 * shard), each indexed on its own and merged in the reader's browser: a build re-indexes only the
 * shards whose articles changed, and no one indexing run holds more than about a shard's size
 * (the indexer's memory grows with the pages it indexes at once).
 */

/** The shard of articles without a date: last in "newest first". */
export const UNDATED_SHARD = 'khong-ngay';

/** The filter each search document carries with its shard's name, hidden from readers (tim-kiem/shards.js). */
export const SHARD_FILTER = 'khoi';

export interface ShardPlan {
  /** Shard names, newest first: "2024", "2019-2021", then "khong-ngay" (and "khong-ngay-2"…). */
  names: string[];
  /** The shard of an article by its date (ISO, or null) and, for an undated one, its URL. */
  of(date: string | null, url: string): string;
}

/**
 * Years, oldest first, gathered into a shard until it holds `size` articles or more; the next
 * year opens the next shard. A year of more than `size` articles is gathered month by month
 * instead (its articles dated to the year alone go with its first month). A new article changes
 * its own year's shard, and moves the shards after it only when it tips an older shard over
 * `size`. Names join the first and last year or month: "2019-2021", "2024-01-2024-06", "2025".
 * Undated articles have shards of their own, of `size` articles each in URL order.
 */
export function planShards(articles: { date: string | null; url: string }[], size: number): ShardPlan {
  const perYear = new Map<string, number>();
  const perMonth = new Map<string, number>();
  const undated: string[] = [];
  for (const { date: d, url } of articles) {
    if (!d) { undated.push(url); continue; }
    perYear.set(d.slice(0, 4), (perYear.get(d.slice(0, 4)) ?? 0) + 1);
    perMonth.set(monthOf(d), (perMonth.get(monthOf(d)) ?? 0) + 1);
  }
  const split = new Set([...perYear].filter(([, n]) => n > size).map(([year]) => year));
  const unitOf = (date: string) => (split.has(date.slice(0, 4)) ? monthOf(date) : date.slice(0, 4));
  const units = new Map<string, number>();
  for (const key of [...perYear.keys(), ...perMonth.keys()].sort()) {
    const isMonth = key.length > 4;
    if (isMonth === split.has(key.slice(0, 4))) units.set(key, isMonth ? perMonth.get(key)! : perYear.get(key)!);
  }
  const shardOf = gather(units, size);
  const undatedOf = undatedShards(undated, size);
  const names = [...new Set(shardOf.values())].reverse().concat([...new Set(undatedOf.values())]);
  return { names, of: (date, url) => (date ? shardOf.get(unitOf(date)) : undatedOf.get(url)) ?? UNDATED_SHARD };
}

/** Undated articles in shards of `size`, in URL order: "khong-ngay", "khong-ngay-2"… */
function undatedShards(urls: string[], size: number): Map<string, string> {
  const sorted = [...urls].sort();
  return new Map(sorted.map((url, i) => {
    const n = Math.floor(i / Math.max(1, size));
    return [url, n ? `${UNDATED_SHARD}-${n + 1}` : UNDATED_SHARD];
  }));
}

/** "2024-03" of a date; "2024-01" of one known to the year alone. */
const monthOf = (date: string) => (date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-01`);

/** Units (years or months, in order) gathered into shards of `size` or more: each unit's shard name. */
function gather(units: Map<string, number>, size: number): Map<string, string> {
  const shardOf = new Map<string, string>();
  let open: string[] = [];
  let count = 0;
  const close = () => {
    const name = open.length > 1 ? `${open[0]}-${open[open.length - 1]}` : open[0]!;
    for (const u of open) shardOf.set(u, name);
    open = [];
    count = 0;
  };
  for (const [unit, n] of units) {
    open.push(unit);
    count += n;
    if (count >= size) close();
  }
  if (open.length) close();
  return shardOf;
}
