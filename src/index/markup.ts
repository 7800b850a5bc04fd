/**
 * What the search engine (Pagefind) needs of the site: the lean document it indexes for each
 * article (headline, body, filters, metadata and sort key), the search script and the search
 * page's links. The published pages carry no engine attribute (the engine reads the lean
 * documents alone), so another engine replaces this file, the indexer (index.ts) and the search
 * page's scripts (templates/assets/).
 */
import { html, trusted, type SafeHtml } from '../text/html.ts';
import { SHARD_FILTER } from './shards.ts';

/** What the index reads of an article (the site's article view has these fields). */
export interface SearchEntry {
  title: string;
  date: string | null;
  dateText: string | null;
  shortDate: string | null;
  month: string | null;
  outlet: { name: string } | null;
  agencies: { name: string }[];
  people: { name: string }[];
  /** The body's HTML, read when the document is made. */
  body: { read(): string };
}

/** The search filters every article carries; the names are what readers see in the search page. */
/** "2021-12" as readers name it in the filter panel: "Tháng 12/2021". */
export const monthLabel = (month: string) => `Tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

export const FILTERS = { outlet: 'Nguồn', agency: 'Hãng tin', person: 'Nhân vật', month: 'Tháng' } as const;

/** The search page's parameter that names the collection searched (absent: the articles). */
export const COLLECTION_PARAM = 'loai';

/**
 * A search page address prefiltered to what a list shows: `/tim-kiem/?Nguồn=VnExpress`; in a
 * collection other than the articles': `/tim-kiem/?loai=phat-ngon&Nhân vật=…`.
 */
export const searchUrl = (filters: Partial<Record<keyof typeof FILTERS, string>>, collection?: string) =>
  `/tim-kiem/?${[
    ...(collection ? [`${COLLECTION_PARAM}=${encodeURIComponent(collection)}`] : []),
    ...Object.entries(filters).map(([k, v]) => `${encodeURIComponent(FILTERS[k as keyof typeof FILTERS])}=${encodeURIComponent(v!)}`),
  ].join('&')}`;

/** Sorts before every ISO date. */
const UNDATED_SORT_KEY = '0000';

/** A filter's value, or a metadata field's, kept exactly as readers see it. */
type Tag = { filter: string; value: string } | { meta: string; value: string };

/** What the index needs besides the text: filters and metadata, kept exactly as readers see them (fold-d.ts leaves this element alone). */
function searchData(tags: Tag[]): SafeHtml {
  return html`<p hidden data-pagefind-ignore data-search-data>${tags.map((t) => ('filter' in t ? html`<span data-pagefind-filter="${t.filter}">${t.value}</span>` : html`<span data-pagefind-meta="${t.meta}">${t.value}</span>`))}</p>`;
}

/** The filters and metadata of an article. */
function articleTags(a: SearchEntry): Tag[] {
  return [
    ...(a.dateText ? [{ meta: 'Ngày', value: a.shortDate ?? '' }] : []),
    ...(a.outlet ? [{ meta: 'Báo', value: a.outlet.name }, { filter: FILTERS.outlet, value: a.outlet.name }] : []),
    ...a.agencies.map((g) => ({ filter: FILTERS.agency, value: g.name })),
    ...a.people.map((p) => ({ filter: FILTERS.person, value: p.name })),
    ...(a.month ? [{ filter: FILTERS.month, value: monthLabel(a.month) }] : []),
  ];
}

/**
 * The document the index reads for an article: its headline (weighted), body, filters, metadata
 * and sort key, and nothing of the page around them; and the shard it is indexed in (shards.ts).
 */
export function searchDocument(a: SearchEntry, shard: string): string {
  // Pagefind leaves pages without a sort key out of sorted results: undated articles get the
  // lowest key instead, so "newest first" still lists them, last.
  return html`<!doctype html><html lang="vi"><body><article data-pagefind-body data-pagefind-sort="ngay:${a.date ?? UNDATED_SORT_KEY}">
<h1 data-pagefind-meta="title" data-pagefind-weight="10">${a.title}</h1>
${trusted(a.body.read())}
${searchData(articleTags(a))}${shardTag(shard)}
</article></body></html>`.value;
}

/** The hidden filter that names a document's shard (shards.ts). */
const shardTag = (shard: string) => html`<p hidden data-pagefind-ignore><span data-pagefind-filter="${SHARD_FILTER}">${shard}</span></p>`;

/** The folder of the quotes' search in the index folder, and the search page's `loai` that reads it. */
export const QUOTE_INDEX = 'phat-ngon';

/** What the index reads of a quote: its words, who said them, and when and where. */
export interface QuoteEntry {
  speaker: string;
  post: string | null;
  text: string;
  date: string | null;
  shortDate: string | null;
  month: string | null;
  outlet: { name: string } | null;
}

/**
 * The metadata field of a quote's first words, from which the search page makes the result's link
 * (templates/assets/search.js): the article's address, with those words as a text fragment
 * (`#:~:text=`) that browsers scroll to and mark. Pagefind searches metadata too, so the link is
 * not stored whole: the article's address would let a search of quotes find the words of its headline.
 */
const QUOTE_WORDS_META = 'trich';

/** Words a quote's link asks the browser to find. */
const FRAGMENT_WORDS = 8;
const SPACES = /\s+/;
const ELLIPSIS = /\.\.\.|…/;

/** A quote's first words, up to an ellipsis: words left out of a quote are not on the page. */
function firstWords(text: string): string {
  const all = text.trim().split(SPACES);
  const cut = all.findIndex((w) => ELLIPSIS.test(w));
  return all.slice(0, Math.min(FRAGMENT_WORDS, cut < 0 ? all.length : cut)).join(' ');
}

/**
 * The document the index reads for a quote, a search result of its own: the speaker and post as
 * its title, the words as its text, filtered by speaker, outlet and month as articles are. It is
 * staged under its article's address plus its number (`/bai-viet/x/2/`), which the search page
 * turns back into the article's.
 */
export function quoteDocument(q: QuoteEntry, shard: string): string {
  const tags: Tag[] = [
    { meta: QUOTE_WORDS_META, value: firstWords(q.text) },
    ...(q.shortDate ? [{ meta: 'Ngày', value: q.shortDate }] : []),
    ...(q.outlet ? [{ meta: 'Báo', value: q.outlet.name }, { filter: FILTERS.outlet, value: q.outlet.name }] : []),
    { filter: FILTERS.person, value: q.speaker },
    ...(q.month ? [{ filter: FILTERS.month, value: monthLabel(q.month) }] : []),
  ];
  return html`<!doctype html><html lang="vi"><body><article data-pagefind-body data-pagefind-sort="ngay:${q.date ?? UNDATED_SORT_KEY}">
<h1 data-pagefind-meta="title" data-pagefind-weight="5">${q.speaker}${q.post ? ` – ${q.post}` : ''}</h1>
<blockquote><p>${q.text}</p></blockquote>
${searchData(tags)}${shardTag(shard)}
</article></body></html>`.value;
}

/** What decides a quote's search document (keep it beside quoteDocument). */
export const quoteKey = (q: QuoteEntry, shard: string) => JSON.stringify([shard, q.speaker, q.post, q.text, q.date, q.shortDate, q.month, q.outlet?.name ?? null]);

/**
 * What decides an article's search document without making it: every field searchDocument reads
 * (keep the two together), the shard, and `bodyKey`, what decides the body (see IndexRecord.key).
 */
export function searchKey(a: SearchEntry, shard: string, bodyKey: string): string {
  return JSON.stringify([shard, a.title, a.date, a.dateText, a.shortDate, a.month, a.outlet?.name ?? null, a.agencies.map((g) => g.name), a.people.map((p) => p.name), bodyKey]);
}

/** Where the names a "did you mean" draws on are published (see searchNames). */
export const NAMES_URL = '/tim-kiem/ten.json';

/**
 * The names readers search for and misspell (people, outlets, agencies), each with the number of
 * articles that name it, most named first: a word of the query the archive lacks is compared
 * with their words (templates/assets/tim-kiem/query.js suggest).
 */
export function searchNames(entries: Pick<SearchEntry, 'outlet' | 'agencies' | 'people'>[]): string {
  const counts = new Map<string, number>();
  for (const a of entries) {
    const names = new Set([...(a.outlet ? [a.outlet.name] : []), ...a.agencies.map((g) => g.name), ...a.people.map((p) => p.name)]);
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const sorted = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return `${JSON.stringify(sorted)}\n`;
}

/** The search script of every page; `href` turns a site path into a link with the path prefix. */
export function searchScript(href: (path: string) => string, searchPage: boolean): SafeHtml {
  return html`<script src="${href('/assets/search.js')}" defer data-pagefind-path="${href('/pagefind/')}" data-names="${href(NAMES_URL)}"${searchPage ? html` data-search-page="1"` : ''}></script>`;
}
