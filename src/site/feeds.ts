/**
 * Atom feeds (RFC 4287): the site's newest articles, and each outlet's, agency's and person's
 * beside their pages, so a reader follows one source or one person in any feed reader.
 */
import { escapeHtml } from '../text/html.ts';
import { toRfc3339 } from './dates.ts';
import { absolute, type SiteMeta } from './layout.ts';
import type { SiteArticle } from './shapes.ts';

/** Text as XML 1.0 allows it: escaped, without the control characters and lone surrogates it forbids, which a crawl may hold. */
const x = (text: string) => escapeHtml(text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));

/** Entries of a list's feed: its newest dated articles. */
export const FEED_ENTRIES = 20;

export interface Feed {
  /** The feed's own path ("/nguon/tuoi-tre/feed.xml"). */
  url: string;
  title: string;
  subtitle: string;
  /** The page the feed follows. */
  pageUrl: string;
  /** Newest first, each with a date: an Atom entry must say when it was updated. */
  articles: SiteArticle[];
}

/** The feed's path beside a list's first page, and its entries; none for a list without a dated article. */
export function feedOf(base: string, newestFirst: SiteArticle[], size = FEED_ENTRIES): { url: string; articles: SiteArticle[] } | null {
  const articles: SiteArticle[] = [];
  for (const a of newestFirst) {
    if (articles.length === size) break;
    if (a.date) articles.push(a);
  }
  return articles.length ? { url: `${base}feed.xml`, articles } : null;
}

function entry(site: SiteMeta, a: SiteArticle): string {
  const url = x(absolute(site, a.url));
  const when = toRfc3339(a.date!);
  return `<entry>
<title>${x(a.title)}</title>
<id>${url}</id>
<link rel="alternate" type="text/html" href="${url}"/>
<updated>${when}</updated>
<published>${when}</published>
${a.outlet ? `<author><name>${x(a.outlet.name)}</name></author>\n` : ''}<summary>${x(a.excerpt)}</summary>
</entry>`;
}

/** The feed as Atom XML. The archive is its author: an entry names its outlet where one is known. */
export function atomFeed(site: SiteMeta, feed: Feed): string {
  const updated = feed.articles[0]?.date ? toRfc3339(feed.articles[0].date) : '1970-01-01T00:00:00+07:00';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
<title>${x(feed.title)}</title>
<subtitle>${x(feed.subtitle)}</subtitle>
<id>${x(absolute(site, feed.url))}</id>
<link rel="self" type="application/atom+xml" href="${x(absolute(site, feed.url))}"/>
<link rel="alternate" type="text/html" href="${x(absolute(site, feed.pageUrl))}"/>
<updated>${updated}</updated>
<author><name>${x(site.title)}</name></author>
${feed.articles.map((a) => entry(site, a)).join('\n')}
</feed>
`;
}
