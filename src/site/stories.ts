/**
 * One event told by several outlets ("Cùng sự kiện"): articles close in date whose headlines and
 * openings share the terms that are rare in the archive. Each term weighs what it is rare
 * (inverse document frequency); two articles are alike by the cosine of their weighted terms, and
 * a group holds only articles all alike to each other (complete linkage), so a chain of
 * look-alikes never joins two events. A wrong group is worse than none: the threshold is set
 * for precision on labelled pairs of real articles (eval/stories/).
 */

/** What grouping reads of an article: its date ("2024-03-05…", null when unknown) and its terms (text/terms.ts). */
export interface StoryInput { date: string | null; terms: ArrayLike<number> }

export interface StoryOptions {
  /** Days apart two reports of one event may be. */
  days: number;
  /** The cosine two articles of one group have at least. */
  alike: number;
  /** Articles a group holds at most. */
  largest: number;
}

export const STORY_OPTIONS: StoryOptions = { days: 2, alike: 0.3, largest: 12 };

/**
 * Terms in more articles than this share (or than COMMON_LEAST, in a small archive) are left out
 * of the search for candidates, not of the cosine: on a large archive they would make every
 * article of a day a candidate of every other.
 */
const COMMON = 0.02;
const COMMON_LEAST = 50;
/**
 * Other stories the archive is weighed among, unseen: in an archive of a few articles, the words
 * of the one event they share would otherwise weigh as if common to all news.
 */
const UNSEEN = 1000;
/** Rare terms two articles must share to be compared at all. */
const SHARED = 2;

/**
 * Document frequency of each term, counted in a table of fixed size: memory stays the same
 * however large the archive. A term's place is its top bits after a multiplicative mix, so terms
 * of any spread (hashes, or small numbers) fill the table evenly.
 */
function documentFrequency(articles: StoryInput[]): (term: number) => number {
  const table = new Uint32Array(1 << 22);
  const slot = (term: number) => Math.imul(term, 0x9e3779b1) >>> 10;
  for (const a of articles) for (let i = 0; i < a.terms.length; i++) table[slot(a.terms[i]!)]!++;
  return (term) => table[slot(term)]!;
}

/**
 * The days a date may be, as day numbers: one day for a date known to its day, a month's days for
 * one known to its month (a crawl often keeps no more), none for a year or no date.
 */
function daysOf(date: string | null): [number, number] | null {
  if (!date || date.length < 7) return null;
  const [y, m] = [+date.slice(0, 4), +date.slice(5, 7) - 1];
  const day = (d: number) => Date.UTC(y, m, d) / 86_400_000;
  return date.length >= 10 ? [day(+date.slice(8, 10)), day(+date.slice(8, 10))] : [day(1), day(0) + new Date(Date.UTC(y, m + 1, 0)).getUTCDate()];
}

/** How alike two articles of the archive are: the cosine of their terms, each weighed by its rarity. */
export function likeness(articles: StoryInput[], df = documentFrequency(articles)): (i: number, j: number) => number {
  const n = articles.length + UNSEEN;
  const weight = (t: number) => Math.log(n / (df(t) + 1));
  const norms = articles.map((a) => Math.sqrt(Array.from(a.terms, (t) => weight(t) ** 2).reduce((x, y) => x + y, 0)));
  return (i, j) => {
    const [x, y] = [articles[i]!.terms, articles[j]!.terms];
    let dot = 0;
    for (let p = 0, q = 0; p < x.length && q < y.length;) {
      if (x[p] === y[q]) { dot += weight(x[p]!) ** 2; p++; q++; } else if (x[p]! < y[q]!) p++; else q++;
    }
    return norms[i]! && norms[j]! ? dot / (norms[i]! * norms[j]!) : 0;
  };
}

/** Groups of two articles or more (indices into `articles`), each in date order, the groups by their first article. */
export function storyGroups(articles: StoryInput[], options: StoryOptions = STORY_OPTIONS): number[][] {
  const df = documentFrequency(articles);
  const cosine = likeness(articles, df);
  const edges = alikePairs(articles, df, cosine, options);
  const spans = articles.map((a) => daysOf(a.date));
  const near = (i: number, j: number) => {
    const [x, y] = [spans[i]!, spans[j]!];
    return Math.max(x[0], y[0]) - Math.min(x[1], y[1]) <= options.days;
  };
  // ISO dates in text sort as time does, to the minute where it is known.
  const earlier = (a: number, b: number) => (articles[a]!.date! < articles[b]!.date! ? -1 : articles[a]!.date! > articles[b]!.date! ? 1 : a - b);
  return joinGroups(edges, (i, j) => near(i, j) && cosine(i, j) >= options.alike, options).map((g) => g.sort(earlier)).sort((a, b) => earlier(a[0]!, b[0]!));
}

type Edge = [number, number, number];

/**
 * Pairs of dated articles whose days may be at most `days` apart, sharing rare terms, whose
 * cosine reaches `alike`. Articles are read in order of their first possible day; only those
 * whose last possible day is still near are held by term, so memory follows the busiest days,
 * not the archive.
 */
function alikePairs(articles: StoryInput[], df: (t: number) => number, cosine: (i: number, j: number) => number, options: StoryOptions): Edge[] {
  const common = Math.max(COMMON_LEAST, Math.ceil(articles.length * COMMON));
  const rare = (i: number) => Array.from(articles[i]!.terms).filter((t) => df(t) >= 2 && df(t) <= common);
  const dated = articles.map((a, i) => ({ i, days: daysOf(a.date) })).filter((x): x is { i: number; days: [number, number] } => x.days !== null);
  const byStart = [...dated].sort((a, b) => a.days[0] - b.days[0] || a.i - b.i);
  const byEnd = [...dated].sort((a, b) => a.days[1] - b.days[1] || a.i - b.i);
  const byTerm = new Map<number, number[]>();
  // The rare terms of the articles in the window, read once each.
  const held = new Map<number, number[]>();
  const edges: Edge[] = [];
  let ended = 0;
  for (const { i, days: [day] } of byStart) {
    // Out of the window: articles whose last possible day is more than `days` before this one's first.
    for (; byEnd[ended]!.days[1] < day - options.days; ended++) {
      const gone = byEnd[ended]!.i;
      for (const t of held.get(gone)!) {
        const list = byTerm.get(t)!;
        list.splice(list.indexOf(gone), 1);
        if (!list.length) byTerm.delete(t);
      }
      held.delete(gone);
    }
    const shared = new Map<number, number>();
    const mine = rare(i);
    for (const t of mine) for (const j of byTerm.get(t) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      if (count < SHARED) continue;
      const alike = cosine(i, j);
      if (alike >= options.alike) edges.push([j, i, alike]);
    }
    for (const t of mine) {
      const list = byTerm.get(t);
      if (list) list.push(i); else byTerm.set(t, [i]);
    }
    held.set(i, mine);
  }
  return edges;
}

/** Groups joined from the most alike pair down, two groups only when every article of one is alike to, and near, every article of the other. */
function joinGroups(edges: Edge[], together: (i: number, j: number) => boolean, options: StoryOptions): number[][] {
  const groupOf = new Map<number, number[]>();
  const group = (i: number) => groupOf.get(i) ?? [i];
  for (const [i, j] of edges.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1])) {
    const [a, b] = [group(i), group(j)];
    if (a === b || a.length + b.length > options.largest) continue;
    if (!a.every((x) => b.every((y) => together(x, y)))) continue;
    const joined = [...a, ...b];
    for (const x of joined) groupOf.set(x, joined);
  }
  return [...new Set(groupOf.values())];
}
