/**
 * The search index comes in shards of consecutive years, each indexed on its own and merged in
 * the reader's browser: a build re-indexes only the shards whose articles changed, and no one
 * indexing run holds the whole archive. The newest month has a shard of its own, so the day's new
 * articles re-index a month, not the years around it.
 */

/** The shard of articles without a date: last in "newest first". */
export const UNDATED_SHARD = 'khong-ngay';

/** The filter each search document carries with its shard's name, hidden from readers (tim-kiem/shards.js). */
export const SHARD_FILTER = 'khoi';

export interface ShardPlan {
  /** Shard names, newest first: "2024-05", "2024", "2019-2021", then "khong-ngay". */
  names: string[];
  /** The shard of an article by its date (ISO, or null). */
  of(date: string | null): string;
}

/**
 * The newest month (of two or more) on its own; then years, oldest first, gathered into a shard
 * until it holds `size` articles or more, the next year opening the next shard. A new article of
 * the newest month changes that month's shard alone; one of a new month makes it the shard, and
 * the month before rejoins its year (once a month, its year's shard is indexed again).
 */
export function planShards(dates: (string | null)[], size: number): ShardPlan {
  const month = ownMonth(dates);
  const inMonth = (d: string) => month !== null && d.startsWith(month);
  const years = yearShards(dates.filter((d): d is string => d !== null && !inMonth(d)), size);
  const names = [...(month ? [month] : []), ...years.names];
  if (dates.includes(null)) names.push(UNDATED_SHARD);
  return { names, of: (date) => (date === null ? UNDATED_SHARD : inMonth(date) ? month! : years.of.get(date.slice(0, 4)) ?? UNDATED_SHARD) };
}

/** The newest month ("2025-12"), when dated articles of other months exist beside it. */
function ownMonth(dates: (string | null)[]): string | null {
  let newest: string | null = null;
  for (const d of dates) if (d && d.length >= 7 && (newest === null || d.slice(0, 7) > newest)) newest = d.slice(0, 7);
  return newest && dates.some((d) => d && !d.startsWith(newest!)) ? newest : null;
}

/** Years, oldest first, gathered until a shard holds `size`: the shards' names newest first, and each year's shard. */
function yearShards(dates: string[], size: number): { names: string[]; of: Map<string, string> } {
  const perYear = new Map<string, number>();
  for (const d of dates) perYear.set(d.slice(0, 4), (perYear.get(d.slice(0, 4)) ?? 0) + 1);
  const of = new Map<string, string>();
  const names: string[] = [];
  let open: string[] = [];
  let count = 0;
  const close = () => {
    const name = open.length > 1 ? `${open[0]}-${open[open.length - 1]}` : open[0]!;
    for (const y of open) of.set(y, name);
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
  return { names, of };
}
