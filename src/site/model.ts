/**
 * The site as data: every page Eleventy writes, computed here so templates only lay out.
 */
import type { SiteConfig } from '../config.ts';
import { identity, knownIndex, nameKey, type KnownIndex } from '../text/names.ts';
import { slugify, uniqueSlug } from '../text/fold.ts';
import type { RenderedArticle } from '../types.ts';
import { formatDateVi, formatShortVi } from './dates.ts';
import { listPages } from './lists.ts';
import { storyGroups } from './stories.ts';
import type { Link, SiteArticle, SiteModel, SitePerson, SiteQuote, SiteStory, TimelineWeek } from './shapes.ts';

export type { Link, ListKind, ListPage, SiteArticle, SiteModel, SitePerson, SitePersonRef, SiteQuote, SiteStory, TimelineWeek } from './shapes.ts';
export { QUOTES_PER_PAGE } from './shapes.ts';

/** Syllables per minute of a reader of Vietnamese news, for the reading time. */
const READING_SPEED = 220;

const byNewest = (a: RenderedArticle, b: RenderedArticle) => {
  if (a.date && b.date) return a.date < b.date ? 1 : a.date > b.date ? -1 : a.source.path.localeCompare(b.source.path);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.source.path.localeCompare(b.source.path);
};

/** The articles in the model's order, newest first (undated last), in which `storyGroups` numbers them for it. */
export const newestFirst = (rendered: RenderedArticle[]) => [...rendered].sort(byNewest);

/**
 * The site as data. `groups`, the events `storyGroups` made of the same articles in `newestFirst`
 * order, when the caller has them (the build times them apart).
 */
export function buildModel(rendered: RenderedArticle[], config: Pick<SiteConfig, 'perPage' | 'homePages' | 'knownPeople' | 'searchQuotes'>, groups?: number[][]): SiteModel {
  const sorted = newestFirst(rendered);
  const people = gatherPeople(sorted, knownIndex(config.knownPeople));
  const articles = siteArticles(sorted, people);
  const stories = siteStories(articles, groups ?? storyGroups(sorted));
  const articleOf = new Map(sorted.map((a, i) => [a, articles[i]!]));
  const sitePeople = [...people.byKey.entries()].map(([key, p]) => sitePerson(p, people.urls.get(key)!, articleOf))
    .sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name, 'vi'));
  const pages = listPages(articles, sitePeople, stories, { perPage: config.perPage, homePages: config.homePages, searchQuotes: config.searchQuotes });
  return { articles, people: sitePeople, stories, pages, timeline: timeline(articles), searchQuotes: config.searchQuotes };
}

type PersonRef = { name: string; url: string; slug: string };
type Gathered = { spellings: Map<string, number>; titles: string[]; refs: { a: RenderedArticle; quotes: SiteQuote[] }[] };
type People = { byKey: Map<string, Gathered>; urls: Map<string, PersonRef>; keyOf: (name: string) => string };

/** People across articles: one person per full folded name, canonical name = most frequent spelling. */
function gatherPeople(sorted: RenderedArticle[], known: KnownIndex): People {
  const keyOf = personKeys(sorted.flatMap((a) => a.officials.map((o) => o.name)), known);
  const byKey = new Map<string, Gathered>();
  for (const a of sorted) {
    for (const o of a.officials) {
      const key = keyOf(o.name);
      let p = byKey.get(key);
      if (!p) { p = { spellings: new Map(), titles: [], refs: [] }; byKey.set(key, p); }
      p.spellings.set(o.name, (p.spellings.get(o.name) ?? 0) + 1);
      if (o.title && !p.titles.includes(o.title)) p.titles.push(o.title);
      p.refs.push({ a, quotes: o.quotes });
    }
  }
  const taken = new Map<string, number>();
  const urls = new Map<string, PersonRef>();
  for (const key of [...byKey.keys()].sort()) {
    const p = byKey.get(key)!;
    // A known person is named as the maintainer wrote them; anyone else by their most frequent spelling.
    const frequent = [...p.spellings.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
    const name = known.knownByKey.get(nameKey(frequent)) ?? frequent;
    const slug = uniqueSlug(slugify(name) || 'khong-ten', taken);
    urls.set(key, { name, slug, url: `/nhan-vat/${slug}/` });
  }
  return { byKey, urls, keyOf };
}

/**
 * A name's person key. A name of one word ("Putin", when an article gave no more) joins the one
 * full name in the archive that ends with it; where two full names do ("Phúc"), it stays apart.
 * Known people's spellings (site.config.ts) are one person.
 */
function personKeys(names: string[], known: KnownIndex): (name: string) => string {
  const fullByLast = new Map<string, Set<string>>();
  for (const key of names.map((n) => identity(n, known))) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    fullByLast.set(last, (fullByLast.get(last) ?? new Set()).add(key));
  }
  return (name) => {
    const key = identity(name, known);
    const full = key.includes(' ') ? null : fullByLast.get(key);
    return full?.size === 1 ? [...full][0]! : key;
  };
}

/** Each article as its pages show it, newest first, linked to its neighbours in time. */
function siteArticles(sorted: RenderedArticle[], people: People): SiteArticle[] {
  const outletSlugs = new Map<string, string>();
  const agencySlugs = new Map<string, string>();
  const slugOf = (map: Map<string, string>, name: string) => {
    if (!map.has(name)) map.set(name, slugify(name) || 'khac');
    return map.get(name)!;
  };
  const chronological = [...sorted].reverse();
  const position = new Map(chronological.map((a, i) => [a, i]));
  const linkOf = (x: RenderedArticle | undefined): Link | null => (x ? { name: x.title ?? x.slug, url: `/bai-viet/${x.slug}/` } : null);
  return sorted.map((a) => {
    const i = position.get(a)!;
    return {
      url: `/bai-viet/${a.slug}/`,
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
        const ref = people.urls.get(people.keyOf(o.name))!;
        return { name: ref.name, url: ref.url, title: o.title, quoted: o.quoted, quotes: o.quotes };
      }),
      body: a.body,
      bodyDigest: a.bodyDigest,
      captions: a.clean.captions.map((c) => c.text),
      excerpt: a.excerpt,
      wordCount: a.wordCount,
      readingMinutes: Math.max(1, Math.round(a.wordCount / READING_SPEED)),
      sourcePath: a.source.path,
      sourceUrl: `/nguon-goc/${a.source.path.split('/').map(encodeURIComponent).join('/')}`,
      prev: linkOf(chronological[i - 1]),
      next: linkOf(chronological[i + 1]),
      story: null,
      fields: a,
    };
  });
}

/** Events of three reports or more have a page of their own. */
const STORY_PAGE = 3;

/**
 * Each group of reports of one event (stories.ts) told to its articles, which list the others;
 * the events with a page of their own, newest first, each named by its first report.
 */
function siteStories(articles: SiteArticle[], groups: number[][]): SiteStory[] {
  const taken = new Map<string, number>();
  const stories: SiteStory[] = [];
  for (const group of groups) {
    const members = group.map((i) => articles[i]!);
    let url: string | null = null;
    if (members.length >= STORY_PAGE) {
      const slug = uniqueSlug(slugify(members[0]!.title) || 'su-kien', taken);
      url = `/su-kien/${slug}/`;
      stories.push({ name: members[0]!.title, url, slug, articles: members });
    }
    for (const a of members) {
      const others = members.filter((m) => m !== a).map((m) => ({ name: m.title, url: m.url, outlet: m.outlet?.name ?? null, dateText: m.shortDate }));
      a.story = { url, others };
    }
  }
  return stories.reverse();
}

/** A person's page data: their quotes in date order, each with its article. */
function sitePerson(p: Gathered, ref: PersonRef, articleOf: Map<RenderedArticle, SiteArticle>): SitePerson {
  const quotes = p.refs
    .slice()
    .sort((x, y) => (x.a.date ?? '9999').localeCompare(y.a.date ?? '9999') || x.a.source.path.localeCompare(y.a.source.path))
    .flatMap((r) => {
      const art = articleOf.get(r.a)!;
      return r.quotes.map((q) => ({ text: q.text, direct: q.direct, article: { name: art.title, url: art.url }, dateText: art.shortDate, date: art.date, speaker: null, post: null }));
    });
  // The articles came newest first.
  const articles = p.refs.map((r) => articleOf.get(r.a)!);
  return { name: ref.name, url: ref.url, slug: ref.slug, titles: p.titles, articleCount: p.refs.length, articles, quotes };
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
