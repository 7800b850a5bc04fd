/**
 * Pages of a list that stay as they are while the list changes: cut where their items say
 * (text/cuts.ts), so that an article added or removed changes its own page and, at most, the
 * pages beside it, which link to it. A rebuild renders, and a maintainer uploads, only those.
 * Pages are named by their oldest item, not numbered, since a number would shift too.
 */
import type { ListPage } from './shapes.ts';

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
