/**
 * The list pages: home, each outlet, agency and month, their index pages, and each person's pages.
 * A new list page is a few lines in `listPages` (and a heading in templates/list.11ty.ts if it
 * shows something other than articles or entries).
 */
import { searchUrl } from '../index/index.ts';
import { QUOTES_PER_PAGE, type Link, type ListKind, type ListPage, type SiteArticle, type SitePerson } from './shapes.ts';

/** A page of a list: where it is, what it is called, its neighbours and what the pager names it. */
type PageOf = Pick<ListPage, 'url' | 'title' | 'pageNumber' | 'pageLabel' | 'prevUrl' | 'nextUrl'>;

/** Page i of `count` under `base`, counted from its first page ("/nguon/x/", "/nguon/x/trang/2/"). */
function pageAt(base: string, title: string, i: number, count: number): PageOf {
  const urlOf = (k: number) => (k === 0 ? base : `${base}trang/${k + 1}/`);
  return {
    url: urlOf(i), title: i === 0 ? title : `${title} (trang ${i + 1})`, pageNumber: i + 1, pageLabel: count > 1 ? `Trang ${i + 1}` : null,
    prevUrl: i === 0 ? null : urlOf(i - 1), nextUrl: i + 1 < count ? urlOf(i + 1) : null,
  };
}

function paginate<T>(items: T[], size: number): T[][] {
  if (!items.length) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A newest-first list in pages that stay as they are while it grows. Numbered from the oldest,
 * page k holds the k-th `size` articles counted from the oldest, newest first; the list's own
 * address holds the newest, between `size` and 2×`size`−1 of them. Today's articles change that
 * first page alone (and the page before it when they fill a new one), so a rebuild renders again
 * only the pages whose articles changed, and a site copied to its host uploads only those.
 * The pager names a page by the dates it spans: its number counts from the oldest.
 */
export function anchoredPages(base: string, title: string, items: SiteArticle[], size: number): (PageOf & { items: SiteArticle[] })[] {
  const fixed = Math.max(0, Math.floor(items.length / size) - 1);
  const newest = items.length - fixed * size;
  const urlOf = (k: number) => (k > fixed ? base : `${base}trang/${k}/`);
  const pageOf = (k: number, chunk: SiteArticle[]) => ({
    url: urlOf(k), title: k > fixed ? title : `${title} (trang ${k})`, pageNumber: fixed + 2 - k, pageLabel: fixed ? spanOf(chunk, k) : null,
    prevUrl: k > fixed ? null : urlOf(k + 1), nextUrl: k > 1 ? urlOf(k - 1) : null, items: chunk,
  });
  const pages = [pageOf(fixed + 1, items.slice(0, newest))];
  for (let k = fixed; k >= 1; k--) pages.push(pageOf(k, items.slice(newest + (fixed - k) * size, newest + (fixed - k + 1) * size)));
  return pages;
}

/** "02/01/2024 – 19/03/2024": the dates of a page's articles, newest first; its number when none has a date. */
function spanOf(chunk: SiteArticle[], k: number): string {
  const dates = chunk.map((a) => a.shortDate).filter((d): d is string => d !== null);
  if (!dates.length) return `Trang ${k}`;
  return dates[0] === dates[dates.length - 1] ? dates[0]! : `${dates[dates.length - 1]} – ${dates[0]}`;
}

function monthName(month: string): string {
  const [y, m] = month.split('-');
  return `${+m!}/${y}`;
}

/** Articles grouped under each link `keyOf` gives them, largest group first. */
function group(articles: SiteArticle[], keyOf: (a: SiteArticle) => Link[]) {
  const map = new Map<string, { link: Link; items: SiteArticle[] }>();
  for (const a of articles) for (const l of keyOf(a)) {
    if (!map.has(l.url)) map.set(l.url, { link: l, items: [] });
    map.get(l.url)!.items.push(a);
  }
  return [...map.values()].sort((x, y) => y.items.length - x.items.length || x.link.name.localeCompare(y.link.name, 'vi'));
}

/** The list of the articles whose date could not be found. */
export const UNDATED_URL = '/thang/chua-ro-ngay/';

export function listPages(articles: SiteArticle[], people: SitePerson[], perPage: number, homePages: number): ListPage[] {
  const pages: ListPage[] = [];
  const addList = (kind: ListKind, base: string, title: string, description: string, items: SiteArticle[], search: string | null, more: string | null = null) => {
    const chunks = paginate(items, perPage);
    chunks.forEach((chunk, i) => pages.push({
      kind, ...pageAt(base, title, i, chunks.length), heading: title, description,
      articles: chunk, entries: [], person: null, quotes: [], searchUrl: search, moreUrl: i === chunks.length - 1 ? more : null,
    }));
  };
  const addAnchored = (kind: ListKind, base: string, title: string, description: string, items: SiteArticle[], search: string | null) => {
    for (const { items: chunk, ...at } of anchoredPages(base, title, items, perPage)) {
      pages.push({ kind, ...at, heading: title, description, articles: chunk, entries: [], person: null, quotes: [], searchUrl: search, moreUrl: null });
    }
  };
  const addIndex = (kind: ListKind, url: string, title: string, description: string, entries: ListPage['entries']) => {
    pages.push({ kind, url, title, heading: title, description, articles: [], entries, person: null, quotes: [], searchUrl: null, moreUrl: null, pageNumber: 1, pageLabel: null, prevUrl: null, nextUrl: null });
  };
  const entry = (g: { link: Link; items: SiteArticle[] }, name = g.link.name) => ({ name, url: g.link.url, count: g.items.length });

  // The newest articles only: the months list every article, and a page of a newest-first list
  // changes whenever an article is added.
  const newest = articles.slice(0, homePages * perPage);
  addList('home', '/', 'Bài mới nhất', 'Các bài viết mới nhất trong kho lưu trữ.', newest, null, newest.length < articles.length ? '/thang/' : null);
  const outlets = group(articles, (a) => (a.outlet ? [a.outlet] : []));
  for (const o of outlets) addAnchored('outlet', o.link.url, `Nguồn: ${o.link.name}`, `Các bài của ${o.link.name}.`, o.items, searchUrl({ outlet: o.link.name }));
  addIndex('outlets', '/nguon/', 'Các nguồn báo', 'Các tờ báo có bài trong kho, với số bài.', outlets.map((o) => entry(o)));
  const agencies = group(articles, (a) => a.agencies);
  for (const g of agencies) addAnchored('agency', g.link.url, `Hãng tin: ${g.link.name}`, `Các bài dẫn nguồn ${g.link.name}.`, g.items, searchUrl({ agency: g.link.name }));
  addIndex('agencies', '/hang-tin/', 'Các hãng tin được dẫn', 'Các hãng tin và cơ quan báo chí được các bài dẫn nguồn.', agencies.map((g) => entry(g)));
  const months = group(articles, (a) => (a.month ? [{ name: monthName(a.month), url: `/thang/${a.month}/` }] : []))
    .sort((x, y) => y.link.url.localeCompare(x.link.url));
  for (const m of months) addAnchored('month', m.link.url, `Tháng ${m.link.name}`, `Các bài trong tháng ${m.link.name}.`, m.items, null);
  // Articles without a month have a list of their own, linked from the months like any month.
  const undated = articles.filter((a) => !a.month);
  if (undated.length) addAnchored('month', UNDATED_URL, 'Chưa rõ ngày đăng', 'Các bài chưa xác định được ngày đăng.', undated, null);
  addIndex('months', '/thang/', 'Theo tháng', 'Số bài theo tháng.', [
    ...months.map((m) => entry(m, `Tháng ${m.link.name}`)),
    ...(undated.length ? [{ name: 'Chưa rõ ngày đăng', url: UNDATED_URL, count: undated.length }] : []),
  ]);
  addIndex('people', '/nhan-vat/', 'Nhân vật', 'Các quan chức được nhắc đến, với số lần được trích lời.', people.map((p) => ({ name: p.name, url: p.url, count: p.quotes.length, note: p.titles[0] })));
  for (const p of people) {
    const chunks = paginate(p.quotes, QUOTES_PER_PAGE);
    chunks.forEach((quotes, i) => pages.push({
      kind: 'person', ...pageAt(p.url, p.name, i, chunks.length),
      heading: p.name, description: `Phát ngôn của ${p.name} trong kho lưu trữ.`,
      articles: [], entries: [], person: p, quotes, searchUrl: searchUrl({ person: p.name }), moreUrl: null,
    }));
  }
  return pages;
}
