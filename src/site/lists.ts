/**
 * The list pages: home, each outlet, agency and month, their index pages, and each person's pages.
 * A new list page is a few lines in `listPages` (and a heading in templates/list.11ty.ts if it
 * shows something other than articles or entries).
 */
import { QUOTE_INDEX, searchUrl } from '../index/index.ts';
import { cutRuns } from '../text/cuts.ts';
import { feedOf } from './feeds.ts';
import { monthlyVolume, monthName } from './volume.ts';
import { dateSpan, placePages, type PagePlace } from './paging.ts';
import { QUOTES_PER_PAGE, type Link, type ListedQuote, type ListKind, type ListPage, type SiteArticle, type SitePerson, type SiteStory } from './shapes.ts';

/** Page i of `count` under `base`, counted from its first page ("/", "/trang/2/"): the home's pages. */
function pageAt(base: string, title: string, i: number, count: number): PagePlace {
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

/** A headline cut to a pager's length. */
const shortTitle = (t: string) => (t.length > 60 ? `${t.slice(0, 59).trimEnd()}…` : t);

/**
 * A newest-first list of articles in pages that stay (paging.ts): the newest page at the list's
 * address, each older one under its oldest article ("tu/<slug>/"), named by the dates it spans.
 */
function pagedArticles(base: string, title: string, newestFirst: SiteArticle[], size: number) {
  const oldestFirst = [...newestFirst].reverse();
  const pages = cutRuns(oldestFirst, (a) => a.url, size).reverse().map((p) => p.reverse());
  return placePages({
    base, title, pages,
    nameOf: (page) => `tu/${page[page.length - 1]!.slug}/`,
    labelOf: (page) => dateSpan(page.map((a) => a.shortDate).reverse()) ?? `Từ “${shortTitle(page[page.length - 1]!.title)}”`,
  });
}

/** A person's quotes, oldest first, in pages that stay (paging.ts): each page after the first under its oldest quote. */
function pagedQuotes(person: SitePerson) {
  type Quote = SitePerson['quotes'][number];
  // A quote's name: its article's, and its place among this person's quotes in that article after the first.
  const names = new Map<Quote, string>();
  const seen = new Map<string, number>();
  for (const q of person.quotes) {
    const n = (seen.get(q.article.url) ?? 0) + 1;
    seen.set(q.article.url, n);
    names.set(q, quoteName(q.article.url.split('/').filter(Boolean).pop()!, n));
  }
  return placePages({
    base: person.url, title: person.name, pages: cutRuns(person.quotes, (q) => names.get(q)!, QUOTES_PER_PAGE),
    nameOf: (page) => `tu/${names.get(page[0]!)}/`,
    labelOf: (page) => dateSpan(page.map((q) => q.dateText)) ?? `Từ “${shortTitle(page[0]!.article.name)}”`,
  });
}

/** The address of the list of events told by several outlets. */
export const STORIES_URL = '/su-kien/';

function storyDescription(story: SiteStory): string {
  const outlets = new Set(story.articles.flatMap((a) => (a.outlet ? [a.outlet.name] : []))).size;
  return `${story.articles.length} bài${outlets >= 2 ? ` của ${outlets} báo` : ''} cùng đưa tin về một sự kiện.`;
}

/** The address of every quote of the archive, newest first. */
export const QUOTES_URL = '/phat-ngon/';

/**
 * The name of an article's `n`th quote in a list (1 for the first): a page that starts with it is
 * named so. A folder below the article's for the second and later, since "-2" would be another
 * article's slug ("…-doi" and "…-doi-2").
 */
export const quoteName = (slug: string, n: number) => (n > 1 ? `${slug}/${n}` : slug);

/**
 * Every quote of the archive, newest article first, in pages that stay (paging.ts): each page
 * after the first under its oldest quote, named by its article and its place there.
 */
function pagedAllQuotes(newestFirst: SiteArticle[]) {
  const oldestFirst: { quote: ListedQuote; name: string }[] = [];
  for (const a of [...newestFirst].reverse()) {
    let n = 0;
    for (const p of a.people) for (const q of p.quotes) {
      const quote = { text: q.text, direct: q.direct, article: { name: a.title, url: a.url }, dateText: a.shortDate, date: a.date, speaker: { name: p.name, url: p.url }, post: p.title };
      oldestFirst.push({ quote, name: quoteName(a.slug, ++n) });
    }
  }
  const cut = cutRuns(oldestFirst, (q) => q.name, QUOTES_PER_PAGE).reverse().map((p) => p.reverse());
  // An archive without a quote still has the page the menu links to.
  const pages = cut.length ? cut : [[]];
  return placePages({
    base: QUOTES_URL, title: 'Phát ngôn', pages,
    nameOf: (page) => `tu/${page[page.length - 1]!.name}/`,
    labelOf: (page) => dateSpan(page.map((q) => q.quote.dateText).reverse()) ?? `Từ “${shortTitle(page[page.length - 1]!.quote.article.name)}”`,
  }).map(({ items, ...at }) => ({ ...at, quotes: items.map((q) => q.quote) }));
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

/** What a page of articles shows of nothing else. */
const onlyArticles = (): Pick<ListPage, 'entries' | 'person' | 'story' | 'quotes' | 'searchUrl' | 'quoteSearchUrl' | 'moreUrl' | 'alternateUrl' | 'volume'> =>
  ({ entries: [], person: null, story: null, quotes: [], searchUrl: null, quoteSearchUrl: null, moreUrl: null, alternateUrl: null, volume: [] });
const ONE_PAGE = { pageNumber: 1, pageLabel: null, prevUrl: null, nextUrl: null } as const;

/** How the lists are cut, and whether they link to a search of quotes (SiteConfig). */
export interface ListOptions { perPage: number; homePages: number; searchQuotes: boolean }

export function listPages(articles: SiteArticle[], people: SitePerson[], stories: SiteStory[], { perPage, homePages, searchQuotes }: ListOptions): ListPage[] {
  const pages: ListPage[] = [];
  const addList = (kind: ListKind, base: string, title: string, description: string, items: SiteArticle[], search: string | null, more: string | null = null) => {
    const chunks = paginate(items, perPage);
    chunks.forEach((chunk, i) => pages.push({
      ...onlyArticles(), kind, ...pageAt(base, title, i, chunks.length), heading: title, description,
      articles: chunk, searchUrl: search, moreUrl: i === chunks.length - 1 ? more : null,
    }));
  };
  // A list's Atom feed beside its first page, linked from each of its pages.
  const addFeed = (base: string, title: string, description: string, newestFirst: SiteArticle[]) => {
    const feed = feedOf(base, newestFirst);
    if (feed) pages.push({ ...onlyArticles(), ...ONE_PAGE, kind: 'feed', url: feed.url, title, heading: title, description, articles: feed.articles, alternateUrl: base });
    return feed?.url ?? null;
  };
  const addPaged = (kind: ListKind, base: string, title: string, description: string, items: SiteArticle[], search: string | null) => {
    // A month is a period already: it has no feed, and its volume is its count.
    const alternateUrl = kind === 'month' ? null : addFeed(base, title, description, items);
    const volume = kind === 'month' ? [] : monthlyVolume(items);
    for (const { items: chunk, ...at } of pagedArticles(base, title, items, perPage)) {
      pages.push({ ...onlyArticles(), kind, ...at, heading: title, description, articles: chunk, searchUrl: search, alternateUrl, volume: at.pageNumber === 1 ? volume : [] });
    }
  };
  const addIndex = (kind: ListKind, url: string, title: string, description: string, entries: ListPage['entries']) => {
    pages.push({ ...onlyArticles(), ...ONE_PAGE, kind, url, title, heading: title, description, articles: [], entries });
  };
  const entry = (g: { link: Link; items: SiteArticle[] }, name = g.link.name) => ({ name, url: g.link.url, count: g.items.length });

  // The newest articles only: the months list every article, and a page of a newest-first list
  // changes whenever an article is added.
  const newest = articles.slice(0, homePages * perPage);
  addList('home', '/', 'Bài mới nhất', 'Các bài viết mới nhất trong kho lưu trữ.', newest, null, newest.length < articles.length ? '/thang/' : null);
  const outlets = group(articles, (a) => (a.outlet ? [a.outlet] : []));
  for (const o of outlets) addPaged('outlet', o.link.url, `Nguồn: ${o.link.name}`, `Các bài của ${o.link.name}.`, o.items, searchUrl({ outlet: o.link.name }));
  addIndex('outlets', '/nguon/', 'Các nguồn báo', 'Các tờ báo có bài trong kho, với số bài.', outlets.map((o) => entry(o)));
  const agencies = group(articles, (a) => a.agencies);
  for (const g of agencies) addPaged('agency', g.link.url, `Hãng tin: ${g.link.name}`, `Các bài dẫn nguồn ${g.link.name}.`, g.items, searchUrl({ agency: g.link.name }));
  addIndex('agencies', '/hang-tin/', 'Các hãng tin được dẫn', 'Các hãng tin và cơ quan báo chí được các bài dẫn nguồn.', agencies.map((g) => entry(g)));
  const months = group(articles, (a) => (a.month ? [{ name: monthName(a.month), url: `/thang/${a.month}/` }] : []))
    .sort((x, y) => y.link.url.localeCompare(x.link.url));
  for (const m of months) addPaged('month', m.link.url, `Tháng ${m.link.name}`, `Các bài trong tháng ${m.link.name}.`, m.items, null);
  // Articles without a month have a list of their own, linked from the months like any month.
  const undated = articles.filter((a) => !a.month);
  if (undated.length) addPaged('month', UNDATED_URL, 'Chưa rõ ngày đăng', 'Các bài chưa xác định được ngày đăng.', undated, null);
  addIndex('months', '/thang/', 'Theo tháng', 'Số bài theo tháng.', [
    ...months.map((m) => entry(m, `Tháng ${m.link.name}`)),
    ...(undated.length ? [{ name: 'Chưa rõ ngày đăng', url: UNDATED_URL, count: undated.length }] : []),
  ]);
  addIndex('people', '/nhan-vat/', 'Nhân vật', 'Các quan chức được nhắc đến, với số lần được trích lời.', people.map((p) => ({ name: p.name, url: p.url, count: p.quotes.length, note: p.titles[0] })));
  addIndex('stories', STORIES_URL, 'Sự kiện', 'Các sự kiện được nhiều báo cùng đưa tin, mới nhất trước, với số bài.', stories.map((st) => ({ name: st.name, url: st.url, count: st.articles.length })));
  for (const story of stories) {
    // An event's reports in date order; its feed, newest first.
    const alternateUrl = addFeed(story.url, story.name, 'Các bài cùng đưa tin về sự kiện này.', [...story.articles].reverse());
    pages.push({ ...onlyArticles(), ...ONE_PAGE, kind: 'story', url: story.url, title: story.name, heading: story.name,
      description: storyDescription(story),
      articles: story.articles, story, alternateUrl });
  }
  for (const { quotes, ...at } of pagedAllQuotes(articles)) {
    pages.push({ ...onlyArticles(), kind: 'quotes', ...at, heading: 'Phát ngôn', description: 'Lời các quan chức được trích trong kho lưu trữ, mới nhất trước.', articles: [], quotes, quoteSearchUrl: searchQuotes ? searchUrl({}, QUOTE_INDEX) : null });
  }
  for (const p of people) {
    const description = `Phát ngôn của ${p.name} trong kho lưu trữ.`;
    const alternateUrl = addFeed(p.url, p.name, `Các bài nhắc đến ${p.name}.`, p.articles);
    const volume = monthlyVolume(p.articles);
    for (const { items: quotes, ...at } of pagedQuotes(p)) {
      pages.push({ ...onlyArticles(), kind: 'person', ...at, heading: p.name, description, articles: [], person: p, quotes, searchUrl: searchUrl({ person: p.name }), quoteSearchUrl: searchQuotes ? searchUrl({ person: p.name }, QUOTE_INDEX) : null, alternateUrl, volume: at.pageNumber === 1 ? volume : [] });
    }
  }
  return pages;
}
