/** The shape of `site.config.ts`: everything a maintainer may change. */

export interface OutletEntry {
  /** The name readers know it by. */
  name: string;
  /** Its web domain, as it appears in source lines. */
  domain: string;
  /** Other spellings the page may use of itself: lead prefixes ("TTO", "Kinhtedothi"), mastheads. */
  aliases: string[];
}

export interface AgencyEntry {
  /** Canonical name shown on the site. */
  name: string;
  /** Other spellings, any case ("Tass", "ITAR-TASS"). */
  aliases: string[];
}

export interface KnownPerson {
  /** Canonical full name. */
  name: string;
  /** Other spellings of the full name ("Sergey Lavrov"). A bare surname resolves through these too. */
  variants?: string[];
  /** A person of history ("Chủ tịch Hồ Chí Minh"): named by a post, never an official of the archive. */
  historical?: true;
}

/** A maintainer's own cleaning rule: lines matching `pattern` are removed as chrome. */
export interface CustomCleanRule {
  name: string;
  pattern: RegExp;
  reason: string;
}

export interface SiteConfig {
  /** Site title, shown in the header and in feeds. */
  title: string;
  description: string;
  /** Absolute URL of the published site, without the path prefix (for canonical URLs, feeds, sitemap). */
  baseUrl: string;
  /** Sub-path the site is served under, e.g. "/archive/" for GitHub Pages; "/" at the root. */
  pathPrefix: string;
  /** Folder of input articles. */
  seedsDir: string;
  /** Folder the site is written to. */
  outputDir: string;
  /** Folder for the build cache (listed in .gitignore). */
  cacheDir: string;
  /** Larger input files are reported and not published (a crawled article is a few kilobytes). */
  maxFileBytes: number;
  /**
   * Threads that read, clean and extract the articles; the result is the same whatever the number.
   * 1 runs them in the build's own thread. More start worker threads and send every article back
   * to the build: worth it only where cores do not slow each other down (the README has the
   * figures measured here). Measure on yours with `npm run bench -- --threads N`.
   */
  threads: number;
  /** Articles per page on list pages. */
  perPage: number;
  /**
   * Pages of newest articles on the home page; older articles are reached by month. Every page of
   * a newest-first list changes when an article is added: a short home keeps rebuilds small.
   */
  homePages: number;
  /**
   * Articles per search index shard, on average (half to twice this): articles close in date are
   * indexed together, and readers' browsers merge the shards (src/index/shards.ts). A build
   * re-indexes only shards whose articles changed; smaller shards re-index less after a day's
   * news, and cost a search of the whole archive more requests.
   */
  searchShardArticles: number;
  /**
   * Articles a reader's first search reads: the newest shards until they hold this many. Older
   * shards are searched when the reader asks for the whole archive, or when the newest find
   * nothing; what a first search downloads stays the same however many years the archive spans.
   */
  searchFirstArticles: number;
  /**
   * Every quote a search result of its own ("Tìm trong: Phát ngôn"), in an index beside the
   * articles'. A quote's document is small, but the indexer's cost is mostly per document: at four
   * quotes an article, the quotes take longer to index than the articles (`npm run bench`).
   * Off, the quotes are still listed on /phat-ngon/ and each person's page.
   */
  searchQuotes: boolean;
  /**
   * Pages Eleventy writes per run: a run holds the data of every page it writes until it ends, so
   * this bounds the page build's memory; each run costs Eleventy's start-up (src/site/index.ts).
   */
  pagesPerEleventyRun: number;
  /** Outlet for every file under a folder (relative to seedsDir), when pages never name themselves. */
  folderOutlets: Record<string, string>;
  outlets: OutletEntry[];
  agencies: AgencyEntry[];
  knownPeople: KnownPerson[];
  cleanRules: CustomCleanRule[];
}
