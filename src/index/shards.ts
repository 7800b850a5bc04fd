/**
 * The search index comes in shards of articles close in date, each indexed on its own and merged
 * in the reader's browser: a build re-indexes only the shards whose articles changed, and no one
 * indexing run holds more than about a shard's size (the indexer's memory grows with the pages it
 * indexes at once). Shards are cut where their articles say (text/cuts.ts), so a day's new
 * articles change the newest shard, and an article dated years back the shard of its time, never
 * the shards between.
 */
import { cutRuns, hashOf } from '../text/cuts.ts';

/** The shard of articles without a date: last in "newest first". */
export const UNDATED_SHARD = 'khong-ngay';

/** The filter each search document carries with its shard's name, hidden from readers (tim-kiem/shards.js). */
export const SHARD_FILTER = 'khoi';

export interface ShardPlan {
  /** Shard names, newest first: "2025-11-02-2025-12-30", …, then "khong-ngay" and its like. */
  names: string[];
  /** The shard of an article by its date (ISO, or null) and its URL. */
  of(date: string | null, url: string): string;
}

interface Dated { date: string; url: string }

/**
 * Dated articles in date order (then URL order) cut into shards of `size` articles on average
 * (half to twice that), each named by the days it spans; undated articles cut likewise in URL
 * order, in shards of their own after the dated ones.
 */
export function planShards(articles: { date: string | null; url: string }[], size: number): ShardPlan {
  const dated = articles.filter((a): a is Dated => a.date !== null).sort((a, b) => compare(a.date, b.date) || compare(a.url, b.url));
  const undated = articles.filter((a) => a.date === null).map((a) => a.url).sort(compare);
  const used = new Set<string>();
  const datedRuns = dated.length ? cutRuns(dated, (a) => a.url, size) : [];
  const datedShards = datedRuns.map((run) => ({ name: unique(spanName(run), used), run }));
  const undatedRuns = undated.length ? cutRuns(undated, (u) => u, size) : [];
  const undatedShards = undatedRuns.map((run, i) => ({ name: i ? unique(`${UNDATED_SHARD}-${hashOf(run[0]!).toString(36)}`, used) : UNDATED_SHARD, run }));
  const byUrl = new Map<string, string>();
  for (const { name, run } of datedShards) for (const a of run) byUrl.set(a.url, name);
  for (const { name, run } of undatedShards) for (const u of run) byUrl.set(u, name);
  // An article the plan was not made with goes to the newest shard that starts no later than it.
  const starts = datedShards.map(({ name, run }) => ({ name, from: run[0]!.date }));
  const byDate = (date: string) => starts.findLast((s) => compare(s.from, date) <= 0)?.name ?? starts[0]?.name;
  return {
    names: [...datedShards.map((s) => s.name).reverse(), ...undatedShards.map((s) => s.name)],
    of: (date, url) => byUrl.get(url) ?? (date ? byDate(date) : undefined) ?? UNDATED_SHARD,
  };
}

/** Code-unit order, the same in every locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "2024-03-05-2024-04-20": the days a shard's articles span (a month or a year for a date known to it alone). */
function spanName(run: Dated[]): string {
  const day = (d: string) => d.slice(0, 10);
  const [first, last] = [day(run[0]!.date), day(run[run.length - 1]!.date)];
  return first === last ? first : `${first}-${last}`;
}

/** The name, or the name with "-2", "-3"… when an earlier shard has it. */
function unique(name: string, used: Set<string>): string {
  let n = 1;
  let candidate = name;
  while (used.has(candidate)) candidate = `${name}-${++n}`;
  used.add(candidate);
  return candidate;
}
