/**
 * The site as data: every page Eleventy writes, computed here so templates only lay out.
 */
import type { SiteConfig } from '../config.ts';
import { nameKey } from '../extract/names.ts';
import { slugify } from '../text/fold.ts';
import type { RenderedArticle } from '../types.ts';
import { formatDateVi, formatShortVi } from './dates.ts';

/** Syllables per minute of a reader of Vietnamese news, for the reading time. */
const READING_SPEED = 220;

export interface Link { name: string; url: string; }

export interface SiteQuote { text: string; direct: boolean; }

export interface SitePersonRef extends Link { title: string | null; quoted: boolean; quotes: SiteQuote[]; }

export interface SiteArticle {
  url: string;
  slug: string;
  title: string;
  titleDerived: boolean;
  date: string | null;
  datePrecision: RenderedArticle['datePrecision'];
  dateInferred: boolean;
  dateEvidence: string | null;
  dateText: string | null;
  shortDate: string | null;
  month: string | null;
  outlet: Link | null;
  agencies: Link[];
  people: SitePersonRef[];
  bodyHtml: string;
  captions: string[];
  excerpt: string;
  plainText: string;
  /** Words of the body, as counted when it was rendered. */
  wordCount: number;
  readingMinutes: number;
  sourcePath: string;
  sourceUrl: string;
  prev: Link | null;
  next: Link | null;
}

export interface SitePerson extends Link {
  slug: string;
  titles: string[];
  articleCount: number;
  quotes: { text: string; direct: boolean; article: Link; dateText: string | null; date: string | null }[];
}

export type ListKind = 'home' | 'outlet' | 'agency' | 'month' | 'outlets' | 'agencies' | 'months' | 'people' | 'person';

export interface ListPage {
  kind: ListKind;
  url: string;
  title: string;
  heading: string;
  description: string;
  articles: SiteArticle[];
  /** For index pages: each entry with its count. */
  entries: { name: string; url: string; count: number; note?: string }[];
  person: SitePerson | null;
  /** On a person's page: the quotes of this page. */
  quotes: SitePerson['quotes'];
  /** A search prefiltered to what the page lists. */
  searchUrl: string | null;
  pageNumber: number;
  pageCount: number;
  prevUrl: string | null;
  nextUrl: string | null;
}

export interface TimelineWeek { start: string; label: string; count: number; url: string; }

export interface SiteModel {
  articles: SiteArticle[];
  people: SitePerson[];
  pages: ListPage[];
  timeline: { weeks: TimelineWeek[]; undated: number };
}

const byNewest = (a: RenderedArticle, b: RenderedArticle) => {
  if (a.date && b.date) return a.date < b.date ? 1 : a.date > b.date ? -1 : a.source.path.localeCompare(b.source.path);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.source.path.localeCompare(b.source.path);
};

function uniqueSlug(base: string, taken: Map<string, number>): string {
  const root = base || 'khong-ten';
  const n = (taken.get(root) ?? 0) + 1;
  taken.set(root, n);
  return n === 1 ? root : `${root}-${n}`;
}

/** Page i of `count` under `base`: its URL and title, and its neighbours ("/nguon/x/", "/nguon/x/trang/2/"). */
function pageAt(base: string, title: string, i: number, count: number) {
  const urlOf = (k: number) => (k === 0 ? base : `${base}trang/${k + 1}/`);
  return {
    url: urlOf(i), title: i === 0 ? title : `${title} (trang ${i + 1})`, pageNumber: i + 1, pageCount: count,
    prevUrl: i === 0 ? null : urlOf(i - 1), nextUrl: i + 1 < count ? urlOf(i + 1) : null,
  };
}

function paginate<T>(items: T[], size: number): T[][] {
  if (!items.length) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The opening of an article for lists: whitespace flattened, cut at a word before `max` characters. */
export function excerptOf(text: string, max = 220): string {
  // The opening is enough when, flattened, it is longer than the excerpt: the rest cannot change it.
  const opening = text.slice(0, 2 * max).replace(/\s+/g, ' ').trim();
  const flat = opening.length > max ? opening : text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

/** The search filters every article carries; the names are what readers see in the search page. */
export const FILTERS = { outlet: 'Nguồn', agency: 'Hãng tin', person: 'Nhân vật', month: 'Tháng' } as const;

/** Quotes shown on one page of a person's page. */
export const QUOTES_PER_PAGE = 50;

export const searchUrl = (filters: Record<string, string>) =>
  `/tim-kiem/?${Object.entries(filters).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;

export function buildModel(rendered: RenderedArticle[], config: Pick<SiteConfig, 'perPage'>): SiteModel {
  const sorted = [...rendered].sort(byNewest);
  const outletSlugs = new Map<string, string>();
  const agencySlugs = new Map<string, string>();
  const slugOf = (map: Map<string, string>, name: string) => {
    if (!map.has(name)) map.set(name, slugify(name) || 'khac');
    return map.get(name)!;
  };

  // People across articles: one person per folded name key, canonical name = most frequent spelling.
  const peopleByKey = new Map<string, { spellings: Map<string, number>; titles: string[]; refs: { a: RenderedArticle; quotes: SiteQuote[] }[] }>();
  for (const a of sorted) {
    for (const o of a.officials) {
      const key = nameKey(o.name);
      let p = peopleByKey.get(key);
      if (!p) { p = { spellings: new Map(), titles: [], refs: [] }; peopleByKey.set(key, p); }
      p.spellings.set(o.name, (p.spellings.get(o.name) ?? 0) + 1);
      if (o.title && !p.titles.includes(o.title)) p.titles.push(o.title);
      p.refs.push({ a, quotes: o.quotes });
    }
  }
  const personSlugs = new Map<string, number>();
  const personUrl = new Map<string, { name: string; url: string; slug: string }>();
  for (const key of [...peopleByKey.keys()].sort()) {
    const p = peopleByKey.get(key)!;
    const name = [...p.spellings.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
    const slug = uniqueSlug(slugify(name), personSlugs);
    personUrl.set(key, { name, slug, url: `/nhan-vat/${slug}/` });
  }

  const chronological = [...sorted].reverse();
  const position = new Map(chronological.map((a, i) => [a, i]));
  const articles: SiteArticle[] = sorted.map((a) => {
    const url = `/bai-viet/${a.slug}/`;
    const i = position.get(a)!;
    const linkOf = (x: RenderedArticle | undefined): Link | null => (x ? { name: x.title ?? x.slug, url: `/bai-viet/${x.slug}/` } : null);
    return {
      url,
      slug: a.slug,
      title: a.title ?? a.slug,
      titleDerived: a.titleDerived,
      date: a.date,
      datePrecision: a.datePrecision,
      dateInferred: a.dateInferred,
      dateEvidence: a.dateEvidence,
      dateText: a.date && a.datePrecision ? formatDateVi(a.date, a.datePrecision) : null,
      shortDate: a.date && a.datePrecision ? formatShortVi(a.date, a.datePrecision) : null,
      month: a.date && a.date.length >= 7 ? a.date.slice(0, 7) : null,
      outlet: a.outlet ? { name: a.outlet, url: `/nguon/${slugOf(outletSlugs, a.outlet)}/` } : null,
      agencies: a.agencies.map((name) => ({ name, url: `/hang-tin/${slugOf(agencySlugs, name)}/` })),
      people: a.officials.map((o) => {
        const ref = personUrl.get(nameKey(o.name))!;
        return { name: ref.name, url: ref.url, title: o.title, quoted: o.quoted, quotes: o.quotes };
      }),
      bodyHtml: a.bodyHtml,
      captions: a.clean.captions.map((c) => c.text),
      excerpt: excerptOf(a.plainText),
      plainText: a.plainText,
      wordCount: a.wordCount,
      readingMinutes: Math.max(1, Math.round(a.wordCount / READING_SPEED)),
      sourcePath: a.source.path,
      sourceUrl: `/nguon-goc/${a.source.path.split('/').map(encodeURIComponent).join('/')}`,
      prev: linkOf(chronological[i - 1]),
      next: linkOf(chronological[i + 1]),
    };
  });
  const articleOf = new Map(sorted.map((a, i) => [a, articles[i]!]));

  const people: SitePerson[] = [...peopleByKey.entries()].map(([key, p]) => {
    const ref = personUrl.get(key)!;
    const quotes = p.refs
      .slice()
      .sort((x, y) => (x.a.date ?? '9999').localeCompare(y.a.date ?? '9999') || x.a.source.path.localeCompare(y.a.source.path))
      .flatMap((r) => {
        const art = articleOf.get(r.a)!;
        return r.quotes.map((q) => ({ text: q.text, direct: q.direct, article: { name: art.title, url: art.url }, dateText: art.shortDate, date: art.date }));
      });
    return { name: ref.name, url: ref.url, slug: ref.slug, titles: p.titles, articleCount: p.refs.length, quotes };
  }).sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name, 'vi'));

  const pages: ListPage[] = [];
  const addList = (kind: ListKind, base: string, title: string, description: string, items: SiteArticle[], search: string | null) => {
    const chunks = paginate(items, config.perPage);
    chunks.forEach((chunk, i) => pages.push({
      kind, ...pageAt(base, title, i, chunks.length), heading: title, description,
      articles: chunk, entries: [], person: null, quotes: [], searchUrl: search,
    }));
  };
  const addIndex = (kind: ListKind, url: string, title: string, description: string, entries: ListPage['entries']) => {
    pages.push({ kind, url, title, heading: title, description, articles: [], entries, person: null, quotes: [], searchUrl: null, pageNumber: 1, pageCount: 1, prevUrl: null, nextUrl: null });
  };

  addList('home', '/', 'Bài mới nhất', 'Các bài viết mới nhất trong kho lưu trữ.', articles, null);
  const group = (keyOf: (a: SiteArticle) => Link[]) => {
    const map = new Map<string, { link: Link; items: SiteArticle[] }>();
    for (const a of articles) for (const l of keyOf(a)) {
      if (!map.has(l.url)) map.set(l.url, { link: l, items: [] });
      map.get(l.url)!.items.push(a);
    }
    return [...map.values()].sort((x, y) => y.items.length - x.items.length || x.link.name.localeCompare(y.link.name, 'vi'));
  };
  const outlets = group((a) => (a.outlet ? [a.outlet] : []));
  for (const o of outlets) addList('outlet', o.link.url, `Nguồn: ${o.link.name}`, `Các bài của ${o.link.name}.`, o.items, searchUrl({ [FILTERS.outlet]: o.link.name }));
  addIndex('outlets', '/nguon/', 'Các nguồn báo', 'Các tờ báo có bài trong kho, với số bài.', outlets.map((o) => ({ name: o.link.name, url: o.link.url, count: o.items.length })));
  const agencies = group((a) => a.agencies);
  for (const g of agencies) addList('agency', g.link.url, `Hãng tin: ${g.link.name}`, `Các bài dẫn nguồn ${g.link.name}.`, g.items, searchUrl({ [FILTERS.agency]: g.link.name }));
  addIndex('agencies', '/hang-tin/', 'Các hãng tin được dẫn', 'Các hãng tin và cơ quan báo chí được các bài dẫn nguồn.', agencies.map((g) => ({ name: g.link.name, url: g.link.url, count: g.items.length })));
  const months = group((a) => (a.month ? [{ name: monthName(a.month), url: `/thang/${a.month}/` }] : []))
    .sort((x, y) => y.link.url.localeCompare(x.link.url));
  for (const m of months) addList('month', m.link.url, `Tháng ${m.link.name}`, `Các bài trong tháng ${m.link.name}.`, m.items, null);
  const undated = articles.filter((a) => !a.month).length;
  addIndex('months', '/thang/', 'Theo tháng', `Số bài theo tháng.${undated ? ` ${undated} bài chưa xác định được ngày.` : ''}`, months.map((m) => ({ name: `Tháng ${m.link.name}`, url: m.link.url, count: m.items.length })));
  addIndex('people', '/nhan-vat/', 'Nhân vật', 'Các quan chức được nhắc đến, với số lần được trích lời.', people.map((p) => ({ name: p.name, url: p.url, count: p.quotes.length, note: p.titles[0] })));
  for (const p of people) {
    const chunks = paginate(p.quotes, QUOTES_PER_PAGE);
    chunks.forEach((quotes, i) => pages.push({
      kind: 'person', ...pageAt(p.url, p.name, i, chunks.length),
      heading: p.name, description: `Phát ngôn của ${p.name} trong kho lưu trữ.`,
      articles: [], entries: [], person: p, quotes, searchUrl: searchUrl({ [FILTERS.person]: p.name }),
    }));
  }
  return { articles, people, pages, timeline: timeline(articles) };
}

function monthName(month: string): string {
  const [y, m] = month.split('-');
  return `${+m!}/${y}`;
}

/** Articles per week along the archive's span, Monday to Sunday, Vietnam time. */
function timeline(articles: SiteArticle[]): SiteModel['timeline'] {
  const dated = articles.filter((a) => a.date && a.datePrecision !== 'year' && a.datePrecision !== 'month');
  const undated = articles.length - dated.length;
  if (!dated.length) return { weeks: [], undated };
  const DAY = 86_400_000;
  // The ISO text is already the Vietnam calendar date: its day counts in UTC arithmetic need no zone.
  const mondayOf = (iso: string) => {
    const [y, m, d] = iso.slice(0, 10).split('-');
    const utc = Date.UTC(+y!, +m! - 1, +d!);
    return utc - ((new Date(utc).getUTCDay() + 6) % 7) * DAY;
  };
  const counts = new Map<number, number>();
  for (const a of dated) {
    const monday = mondayOf(a.date!);
    counts.set(monday, (counts.get(monday) ?? 0) + 1);
  }
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const weeks: TimelineWeek[] = [];
  for (let t = first; t <= last; t += 7 * DAY) {
    const start = new Date(t).toISOString().slice(0, 10);
    const [y, m, d] = start.split('-');
    weeks.push({ start, label: `Tuần từ ${+d!}/${+m!}/${y}`, count: counts.get(t) ?? 0, url: `/thang/${y}-${m}/` });
  }
  return { weeks, undated };
}
