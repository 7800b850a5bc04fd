/**
 * Pages of a list that stay as they are while the list changes. A list paged every `size` items
 * shifts every page after an article added or removed, so a rebuild renders them all again and a
 * maintainer uploads them all again. Here a list is cut where its own items say (content-defined
 * cuts, as rsync and backup tools cut files into blocks): an item added or removed anywhere
 * changes its own page and, at most, the pages beside it, which link to it. Pages are named by
 * their oldest item, not numbered, since a number would shift too.
 */
import type { ListPage } from './shapes.ts';

/** FNV-1a, 32 bits: a small hash that is the same on every machine and in every run. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A list, oldest first, cut into pages of `size` items on average: a page ends after an item whose
 * key hashes to a multiple of `size / 2` once it holds at least `size / 2`, and at `2 × size` at
 * the latest. The last page, still open to new items, joins the one before it while it is short.
 */
export function cutPages<T>(items: T[], keyOf: (item: T) => string, size: number): T[][] {
  const least = Math.ceil(size / 2), every = size - least + 1, most = 2 * size;
  const pages: T[][] = [];
  let open: T[] = [];
  for (const item of items) {
    open.push(item);
    if (open.length >= most || (open.length >= least && hashOf(keyOf(item)) % every === 0)) {
      pages.push(open);
      open = [];
    }
  }
  if (open.length && open.length < least && pages.length) pages[pages.length - 1]!.push(...open);
  else if (open.length || !pages.length) pages.push(open);
  return pages;
}

/** Where a page is, what it is called, its neighbours and what its pager calls it. */
export type PagePlace = Pick<ListPage, 'url' | 'title' | 'pageNumber' | 'pageLabel' | 'prevUrl' | 'nextUrl'>;

export interface PagedList<T> {
  /** The list's own address: its first page in reading order. */
  base: string;
  title: string;
  /** The pages in reading order, each with its items in the order shown. */
  pages: T[][];
  /** The part of a page's address after `base` ("tu/<slug>/"), from its items. */
  nameOf: (page: T[]) => string;
  /** What the pager calls a page: the dates it spans. */
  labelOf: (page: T[]) => string;
}

/** Each page of a list with its place: the first at the list's address, the others under their names. */
export function placePages<T>(list: PagedList<T>): (PagePlace & { items: T[] })[] {
  const { base, title, pages } = list;
  const urls = pages.map((p, i) => (i === 0 ? base : `${base}${list.nameOf(p)}`));
  return pages.map((items, i) => {
    const label = pages.length > 1 ? list.labelOf(items) : null;
    return {
      url: urls[i]!, title: i === 0 || !label ? title : `${title} (${label})`, pageNumber: i + 1, pageLabel: label,
      prevUrl: urls[i - 1] ?? null, nextUrl: urls[i + 1] ?? null, items,
    };
  });
}

/** "02/01/2024 – 19/03/2024" from a page's dates, oldest first; null when none is known. */
export function dateSpan(dates: (string | null)[]): string | null {
  const known = dates.filter((d): d is string => d !== null);
  if (!known.length) return null;
  const [a, b] = [known[0]!, known[known.length - 1]!];
  return a === b ? a : `${a} – ${b}`;
}
