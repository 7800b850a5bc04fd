/** The site as data: what each page shows, computed by model.ts and lists.ts, laid out by views.ts. */
import type { ArticleFields, RenderedArticle, StoredText } from '../types.ts';
import type { MonthCount } from './volume.ts';

/** Quotes shown on one page of a person's page. */
export const QUOTES_PER_PAGE = 50;

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
  /** The body's HTML, read when the page and the search document are written. */
  body: StoredText;
  /** What the body is, known without reading it (RenderedArticle). */
  bodyDigest: string;
  captions: string[];
  excerpt: string;
  /** Words of the body, as counted when it was rendered. */
  wordCount: number;
  readingMinutes: number;
  sourcePath: string;
  sourceUrl: string;
  prev: Link | null;
  next: Link | null;
  /** The other reports of its event, and the event's page when it has one. */
  story: { url: string | null; others: StoryMention[] } | null;
  /** Every extracted field as found: a new field reaches the views here, without a change to the model. */
  fields: Readonly<ArticleFields>;
}

/** A quote as a list shows it: its words, its article and date, and who said it (on a person's own page, null: they did). */
export interface ListedQuote {
  text: string;
  direct: boolean;
  article: Link;
  dateText: string | null;
  date: string | null;
  speaker: Link | null;
  /** The speaker's post in that article, shown with their name where the list names the speaker. */
  post: string | null;
}

/** Another report of an article's event, as its page lists it. */
export interface StoryMention extends Link { outlet: string | null; dateText: string | null }

/** The reports of one event by several outlets, in date order (stories.ts); its page when it has three or more. */
export interface SiteStory extends Link {
  slug: string;
  articles: SiteArticle[];
}

export interface SitePerson extends Link {
  slug: string;
  titles: string[];
  articleCount: number;
  /** The articles naming them, newest first (their feed and their articles per month read these). */
  articles: SiteArticle[];
  quotes: ListedQuote[];
}

export type ListKind = 'home' | 'outlet' | 'agency' | 'month' | 'outlets' | 'agencies' | 'months' | 'people' | 'person' | 'quotes' | 'stories' | 'story' | 'feed';

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
  /** On an event's page: the event. */
  story: SiteStory | null;
  /** On a person's page and the pages of every quote: the quotes of this page. */
  quotes: ListedQuote[];
  /** A search prefiltered to what the page lists. */
  searchUrl: string | null;
  /** On a person's page and the pages of every quote: the search of quotes, prefiltered to the person's. */
  quoteSearchUrl: string | null;
  /** Where the rest of a list shortened on purpose continues (the home's older articles, by month). */
  moreUrl: string | null;
  /** The same list in another form: on a list page its Atom feed, on a feed its list's first page. */
  alternateUrl: string | null;
  /** On the first page of an outlet's, agency's or person's list: its articles per month. */
  volume: MonthCount[];
  /** Its place in reading order, the list's own address being 1. */
  pageNumber: number;
  /** What the pager calls this page ("Trang 2", "02/01/2024 – 19/03/2024"); null on a list of one page. */
  pageLabel: string | null;
  prevUrl: string | null;
  nextUrl: string | null;
}

export interface TimelineWeek { start: string; label: string; count: number; url: string; }

export interface SiteModel {
  articles: SiteArticle[];
  people: SitePerson[];
  stories: SiteStory[];
  pages: ListPage[];
  timeline: { weeks: TimelineWeek[]; undated: number };
  /** The quotes can be searched (SiteConfig.searchQuotes). */
  searchQuotes: boolean;
}

