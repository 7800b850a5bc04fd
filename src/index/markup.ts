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

/** A search page address prefiltered to what a list shows: `/tim-kiem/?Nguồn=VnExpress`. */
export const searchUrl = (filters: Partial<Record<keyof typeof FILTERS, string>>) =>
  `/tim-kiem/?${Object.entries(filters).map(([k, v]) => `${encodeURIComponent(FILTERS[k as keyof typeof FILTERS])}=${encodeURIComponent(v!)}`).join('&')}`;

/** Sorts before every ISO date. */
const UNDATED_SORT_KEY = '0000';

/** What the index needs besides the text: filters and metadata, kept exactly as readers see them. */
function searchData(a: SearchEntry): SafeHtml {
  const filters = [
    ...(a.outlet ? [html`<span data-pagefind-filter="${FILTERS.outlet}">${a.outlet.name}</span>`] : []),
    ...a.agencies.map((g) => html`<span data-pagefind-filter="${FILTERS.agency}">${g.name}</span>`),
    ...a.people.map((p) => html`<span data-pagefind-filter="${FILTERS.person}">${p.name}</span>`),
    ...(a.month ? [html`<span data-pagefind-filter="${FILTERS.month}">${monthLabel(a.month)}</span>`] : []),
  ];
  return html`<p hidden data-pagefind-ignore data-search-data>${a.dateText ? html`<span data-pagefind-meta="Ngày">${a.shortDate ?? ''}</span>` : ''}${a.outlet ? html`<span data-pagefind-meta="Báo">${a.outlet.name}</span>` : ''}${filters}</p>`;
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
${searchData(a)}<p hidden data-pagefind-ignore><span data-pagefind-filter="${SHARD_FILTER}">${shard}</span></p>
</article></body></html>`.value;
}

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
