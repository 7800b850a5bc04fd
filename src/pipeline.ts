/**
 * The whole build, top to bottom: ingest -> clean -> extract -> render -> site -> index.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { CacheLocation } from './cache.ts';
import { cleanRules, findDuplicates, fingerprint, type Fingerprint } from './clean/index.ts';
import type { SiteConfig } from './config.ts';
import { INDEX_FOLDER, indexPages, planShards, QUOTE_INDEX, quoteDocument, quoteKey, searchDocument, searchKey, stageDocuments, type IndexRecord, type IndexRecords, type QuoteEntry, type ShardPlan } from './index/index.ts';
import { readableCopy } from './ingest/index.ts';
import { removalView } from './messages.ts';
import { prepareArticles, prepareHeld, type Part, type Prepared } from './prepare/index.ts';
import { buildModel, buildReport, newestFirst, storyGroups, buildSite, dataFiles, href, loadEleventy, REPORT_DATA_URL, reportJson, treeDigest, withWarnings, type BuildReport, type PageStore, type SiteArticle, type SiteMeta, type SiteModel } from './site/index.ts';
import { mapLimit } from './text/concurrency.ts';
import { clearForWriting, linkOrCopy, placeAll, sweep } from './text/files.ts';
import { slugify, uniqueSlug } from './text/fold.ts';
import { isInside, isStrictlyInside } from './text/paths.ts';
import { inBlocks } from './text/blocks.ts';
import { Spool, textDigest } from './text/spool.ts';
import type { ArticleFields, PreparedArticle, RenderedArticle, StoredText } from './types.ts';

export interface BuildOptions {
  config: SiteConfig;
  /** Overrides config.seedsDir / config.outputDir (tests build into temporary folders). */
  seedsDir?: string;
  outputDir?: string;
  templatesDir?: string;
  log?: (line: string) => void;
  /** Called as articles are cleaned and extracted, for progress indicators. */
  progress?: (done: number, total: number) => void;
  /** Called as Eleventy's runs write the pages (see pagesPerEleventyRun), for progress indicators. */
  pageProgress?: (done: number, total: number) => void;
  /** Called as each stage starts (duplicates, slugs, model, files, eleventy, pagefind), for progress indicators. */
  onStage?: (stage: string) => void;
  /** Cleaned and extracted articles are kept here between builds; none when omitted. */
  cache?: CacheLocation;
  /**
   * One search shard's article pages and index, and nothing else (`npm run build -- --shard KEY`):
   * they are kept in the cache, where a later full build finds them (README, "Building in parts").
   */
  shard?: string;
}

export interface BuildOutcome {
  report: BuildReport;
  /** Where the search documents waited for Pagefind; gone once the index is built. */
  staging: string;
  timings: Record<string, number>;
  articles: RenderedArticle[];
  outputDir: string;
}

/** Folders the build must never delete or write into as its output. */
function assertSafeOutput(out: string, seeds: string, templates: string): void {
  if (isInside(process.cwd(), out) || isInside(seeds, out) || isInside(templates, out) || isInside(out, seeds) || out === resolve('src')) {
    throw new Error(`output folder "${out}" would overwrite the project, its seeds or its templates; set outputDir in site.config.ts to a folder of its own such as "_site"`);
  }
}

/**
 * Cleans and extracts one part of the archive's files into the cache, and builds nothing
 * (`npm run build -- --part 2/8`): the parts, run on several machines, fill one cache between them.
 */
export async function preparePart(options: BuildOptions & { part: Part; cache: CacheLocation }): Promise<{ articles: number; fromCache: number; rejected: number }> {
  const { config } = options;
  const t0 = performance.now();
  const prepared = await prepareArticles({
    seedsDir: resolve(options.seedsDir ?? config.seedsDir), config, cache: options.cache, threads: config.threads, progress: options.progress, part: options.part,
  });
  for (const line of prepareSummary(prepared, performance.now() - t0)) options.log?.(line);
  return { articles: prepared.articles.length, fromCache: prepared.fromCache, rejected: prepared.rejected.length };
}

/** The whole build in this process: the pages, then their search index. */
export async function build(options: BuildOptions): Promise<BuildOutcome> {
  const pages = await buildPages(options);
  const indexed = await indexPages(pages, options.log);
  return { ...pages, timings: indexed.timings, report: withWarnings(pages.report, indexed.indexWarnings) };
}

/**
 * Every stage but the search index: the site's pages and the search documents staged for
 * Pagefind. A build that must stay small in memory runs this in a process of its own and
 * `indexPages` after that process has exited (scripts/build.ts).
 */
export async function buildPages(options: BuildOptions): Promise<BuildOutcome> {
  // The articles' bodies wait here until their pages and search documents are written.
  const spool = new Spool();
  try {
    return await buildPagesWith(options, spool);
  } finally {
    spool.close();
  }
}

/** An article's terms once events are grouped (shared, never written to). */
const NO_TERMS: number[] = [];

type Timer = <T>(stage: string, f: () => Promise<T> | T) => Promise<T>;

async function buildPagesWith(options: BuildOptions, spool: Spool): Promise<BuildOutcome> {
  const { config } = options;
  const log = options.log ?? (() => {});
  const seedsDir = resolve(options.seedsDir ?? config.seedsDir);
  const outputDir = resolve(options.outputDir ?? config.outputDir);
  const templatesDir = resolve(options.templatesDir ?? 'templates');
  assertSafeOutput(outputDir, seedsDir, templatesDir);
  // Loaded while the articles are prepared on other threads; a failure shows where it is awaited.
  loadEleventy().catch(() => {});
  const timings: Record<string, number> = {};
  const time: Timer = async (stage, f) => {
    options.onStage?.(stage);
    const t0 = performance.now();
    const result = await f();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return result;
  };

  const { rendered, removals, ruleCounts, merged, rejected, warnings, seen, times } = await prepareForSite(options, seedsDir, spool, time, log);
  Object.assign(timings, times);
  const site: SiteMeta = { title: config.title, description: config.description, baseUrl: config.baseUrl, pathPrefix: config.pathPrefix };

  // The grouping of events timed on its own: it is the one part of the model that compares articles with each other.
  const groups = await time('stories', () => storyGroups(newestFirst(rendered)));
  // The terms served the grouping alone: let go before the model and the pages are built.
  for (const a of rendered) a.terms = NO_TERMS;
  const model = await time('model', () => buildModel(rendered, config, groups));
  const shards = planShards(model.articles, config.searchShardArticles);
  const only = options.shard === undefined ? undefined : shardArticles(model, shards, options.shard, options.cache);
  const urlOf = new Map(rendered.map((a) => [a.source.path, `/bai-viet/${a.slug}/`]));
  const report = buildReport({
    seen,
    rejected,
    merged,
    warnings,
    published: rendered.length,
    articles: removals.map((r) => ({ ...r, url: urlOf.get(r.file) ?? null })),
    ruleCounts,
    rules: cleanRules(config.cleanRules),
  });

  const pages = await pageStore(options.cache, templatesDir);
  // With the page store, the site is updated in place: the pages, sources and index an earlier
  // build placed stay where they are unless they changed, and what this build does not place is
  // swept away after it. Without the store (or for one shard) the folder starts empty.
  const inPlace = pages !== undefined && !only;
  await time('files', () => (inPlace ? mkdir(outputDir, { recursive: true }).then(() => {}) : emptyFolder(outputDir)));
  // The source files, so each article links to what the crawler saved: written on libuv's threads
  // while Eleventy renders on this one (it writes its pages with blocking calls). Its time
  // ("sources") runs alongside Eleventy's, not after it.
  // A shard's build makes its article pages and index only: the full build writes the rest.
  const sources = only ? Promise.resolve([]) : time('sources', () => Promise.all([
    writeReportAndSources(report, rendered, seedsDir, outputDir, options.cache),
    mapLimit(dataFiles(site, model), 4, (f) => writeInside(outputDir, f.path.slice(1), Readable.from(inBlocks(f.lines())).pipe(createGzip()))),
  ]).then((placed) => placed.flat()));
  const [written, copies] = await Promise.all([time('eleventy', () => buildSite({ site, model, report, templatesDir, outputDir, pages, only, pagesPerRun: config.pagesPerEleventyRun, progress: options.pageProgress })), sources]);
  const kept = written.keptArticles + written.keptLists;
  log(`eleventy: ${written.files} files in ${timings.eleventy!.toFixed(0)} ms${kept ? ` (${written.keptArticles} article pages and ${written.keptLists} list pages unchanged since the last build)` : ''}`);
  if (inPlace) {
    // The index's folder is the indexer's to update (src/index/). Its documents are staged after
    // this: a staging folder here now is an interrupted build's, and goes.
    const swept = await time('files', () => sweep(outputDir, new Set([...written.paths, ...copies]), [INDEX_FOLDER]));
    if (swept) log(`files: ${swept} files of an earlier build removed`);
  }
  // Pagefind runs after Eleventy, not beside it: on two cores the two contend so much that running
  // them together is slower than one after the other (README, "Large archives").
  const staging = await time('pagefind', () => stageSearch(only ?? model.articles, shards, { site, outputDir, cache: options.cache, pages, complete: !only, firstArticles: config.searchFirstArticles, searchQuotes: config.searchQuotes }));
  log(`search documents: ${(only ?? model.articles).length} staged for Pagefind in ${timings.pagefind!.toFixed(0)} ms`);
  return { report, staging, timings, articles: rendered, outputDir };
}

/** A folder made anew, empty. */
async function emptyFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
}

/** The report's data and the source copies, written into the site: the paths of the files placed. */
async function writeReportAndSources(report: BuildReport, rendered: RenderedArticle[], seedsDir: string, outputDir: string, cache?: CacheLocation): Promise<string[]> {
  // One line: indentation only adds bytes to a file that holds every removed line of every article.
  const reportFile = await writeInside(outputDir, REPORT_DATA_URL.slice(1), Readable.from(inBlocks(reportJson(report))).pipe(createGzip()));
  return [reportFile, ...(await writeSources(rendered, seedsDir, outputDir, cache))];
}

/**
 * Each article's source file, copied into `nguon-goc/`. Copies, not links to the seeds: a link
 * would touch the seed files themselves (a watcher sees them change), and a copy can carry the
 * byte-order mark that makes any static host's `.txt` read as UTF-8. With a cache, each copy is
 * kept there under the hash of the source's bytes and linked in by the next build.
 */
async function writeSources(articles: RenderedArticle[], seedsDir: string, outputDir: string, cache?: CacheLocation): Promise<string[]> {
  const root = resolve(outputDir, 'nguon-goc');
  const store = cache ? join(cache.dir, 'nguon-goc', cache.version) : null;
  if (store) for (const old of await readdir(dirname(store)).catch(() => [] as string[])) if (old !== cache!.version) await rm(join(dirname(store), old), { recursive: true, force: true });
  const placed = articles.map((a) => ({ a, target: resolve(root, ...a.source.path.split('/')) })).filter((p) => isStrictlyInside(p.target, root));
  // Each folder made once, not once per file: a rebuild links thousands of copies.
  for (const dir of new Set(placed.map((p) => dirname(p.target)))) await mkdir(dir, { recursive: true });
  // The copies kept by earlier builds are linked in (or left as they are when already linked);
  // the others are made, beside Eleventy.
  const keptAt = (store: string, a: RenderedArticle) => join(store, a.source.hash.slice(0, 2), `${a.source.hash}.txt`);
  const write = async ({ a, target }: (typeof placed)[number]) => {
    await clearForWriting(target);
    await writeFile(target, readableCopy(await readFile(resolve(seedsDir, ...a.source.path.split('/')))));
    if (!store) return;
    // Kept under a temporary name, then renamed: an interrupted build never keeps half a copy.
    const kept = keptAt(store, a);
    await mkdir(dirname(kept), { recursive: true }).then(() => linkOrCopy(target, `${kept}.tmp`)).then(() => rename(`${kept}.tmp`, kept));
  };
  if (!store) await mapLimit(placed, 32, write);
  else await placeAll(placed.map((p) => ({ ...p, to: p.target, from: keptAt(store, p.a) })), write);
  return placed.map((p) => p.target);
}

/**
 * Where article pages are kept between builds, under a digest of all that renders them: the
 * code (src/, the templates, Eleventy's version) and the configuration (in the cache's version).
 */
async function pageStore(cache: CacheLocation | undefined, templatesDir: string): Promise<PageStore | undefined> {
  if (!cache) return undefined;
  const eleventy = JSON.parse(await readFile(fileURLToPath(new URL('../package.json', import.meta.resolve('@11ty/eleventy'))), 'utf8')) as { version: string };
  const code = await treeDigest([fileURLToPath(new URL('.', import.meta.url)), templatesDir]);
  return { dir: join(cache.dir, 'sider'), version: `${cache.version}|${code}|${eleventy.version}` };
}

interface StagingPlace {
  site: SiteMeta; outputDir: string; cache?: CacheLocation; pages?: PageStore;
  /** False for one shard's build: the other shards' kept indexes stay. */
  complete: boolean;
  firstArticles: number;
  searchQuotes: boolean;
}

/**
 * The articles' search documents, each in its shard, staged for the indexer (src/index/). With the
 * page store, each shard's index is kept in the cache under the digest of what makes its documents:
 * the fields the index reads, the body's digest, and the version of all the code and settings (the
 * store's).
 */
function stageSearch(articles: SiteArticle[], shards: ShardPlan, where: StagingPlace): Promise<string> {
  const { site, pages } = where;
  return stageDocuments({
    outputDir: where.outputDir,
    shards: shards.names,
    firstArticles: where.firstArticles,
    bundles: where.cache ? join(where.cache.dir, 'chi-muc') : undefined,
    complete: where.complete,
    records: madeEachTime(articles, (a) => {
      const shard = shards.of(a.date, a.url);
      const key = pages ? searchKey(a, shard, `${pages.version}\0${a.bodyDigest}`) : undefined;
      return [{ url: href(site, a.url), html: () => searchDocument(a, shard), shard, ...(key ? { key } : {}) }];
    }),
    // Every quote a search result of its own, in the shard of its article.
    collections: where.searchQuotes ? [{ folder: QUOTE_INDEX, shards: shards.names, firstArticles: where.firstArticles, records: madeEachTime(articles, (a) => quoteRecords(a, shards.of(a.date, a.url), site, pages)) }] : [],
  });
}

/**
 * The records of each article, made anew each time the indexer reads them: held all at once, the
 * records of an archive's quotes (with their keys) outgrew the page build's memory at 300,000 articles.
 */
function madeEachTime(articles: SiteArticle[], recordsOf: (a: SiteArticle) => IndexRecord[]): IndexRecords {
  return { *[Symbol.iterator]() { for (const a of articles) yield* recordsOf(a); } };
}

/** An article's quotes as search documents, staged under the article's address and their number (each leads to the article itself). */
function quoteRecords(a: SiteArticle, shard: string, site: SiteMeta, pages: PageStore | undefined): IndexRecord[] {
  const said = a.people.flatMap((p) => p.quotes.map((q) => ({ p, q })));
  return said.map(({ p, q }, i) => {
    const entry: QuoteEntry = {
      speaker: p.name, post: p.title, text: q.text,
      date: a.date, shortDate: a.shortDate, month: a.month, outlet: a.outlet,
    };
    return { url: `${href(site, a.url)}${i + 1}/`, html: () => quoteDocument(entry, shard), shard, ...(pages ? { key: `${pages.version}\0${quoteKey(entry, shard)}` } : {}) };
  });
}

/** The articles of one search shard, for a build of that shard alone; its pages and index are kept in the cache. */
function shardArticles(model: SiteModel, shards: ShardPlan, key: string, cache: CacheLocation | undefined): SiteArticle[] {
  if (!shards.names.includes(key)) throw new Error(`no search shard "${key}" in this archive; its shards are ${shards.names.join(', ')}`);
  if (!cache) throw new Error(`a shard's build keeps its pages and index in the cache for the full build: it needs the cache (drop --no-cache)`);
  return model.articles.filter((a) => shards.of(a.date, a.url) === key);
}

/** What the page build keeps of an article as it arrives from the prepare stage. */
interface Held { article: Omit<RenderedArticle, 'slug'>; fingerprint: Fingerprint; removed: StoredText; removedCount: number }

/**
 * Keeps of each prepared article what later stages read, as it arrives: its fields, its body
 * stored in the spool, a fingerprint for duplicates and its removed lines for the report (stored,
 * and counted by rule in `ruleCounts`). The source's lines, the cleaned blocks and the HTML are
 * let go: on a large archive those texts were most of the page build's memory (README, "What
 * sets memory").
 */
function holder(spool: Spool, ruleCounts: Map<string, number>): (a: PreparedArticle) => Held {
  const store = (text: string) => spool.put(text);
  const share = sharedStrings();
  return (a) => {
    const { bodyHtml, ...fields } = a;
    // The site reads an article's fields, captions, path and hash; the evidence of each field and
    // the source's other lines were for the extractor and the report.
    const source = { ...a.source, lines: [], diagnostics: [] };
    const clean = { source, blocks: [], headline: null, captions: a.clean.captions, datelines: [], mastheads: [], bylines: [], removed: [] };
    // Copied, not kept as they are: a name cut from the source's text keeps that whole text in
    // memory (an article prepared on this thread; one from a worker is a copy already).
    const article = { ...structuredClone({ ...fields, source, clean, evidence: {} }), body: store(bodyHtml), bodyDigest: textDigest(bodyHtml) };
    shareRepeated(article, share);
    for (const r of a.clean.removed) ruleCounts.set(r.rule, (ruleCounts.get(r.rule) ?? 0) + 1);
    const removed = store(JSON.stringify(a.clean.removed.map(removalView)));
    return { article, fingerprint: fingerprint(a.source.path, a.clean.blocks, store), removed, removedCount: a.clean.removed.length };
  };
}

/** One copy of each string, however many articles hold it. */
function sharedStrings(): <T extends string | null>(s: T) => T {
  const pool = new Map<string, string>();
  return <T extends string | null>(s: T): T => {
    if (s === null) return s;
    const kept = pool.get(s);
    if (kept !== undefined) return kept as T;
    pool.set(s, s);
    return s;
  };
}

/** The strings many articles repeat (names, posts, outlets, agencies), shared. */
function shareRepeated(a: ArticleFields, share: ReturnType<typeof sharedStrings>): void {
  a.outlet = share(a.outlet);
  a.author = share(a.author);
  a.agencies = a.agencies.map(share);
  for (const o of a.officials) Object.assign(o, { name: share(o.name), title: share(o.title) });
}

/** Stages "prepare", "duplicates" and "slugs": the articles to publish, each under its slug, and what the report needs of every file. */
async function prepareForSite(options: BuildOptions, seedsDir: string, spool: Spool, time: Timer, log: (line: string) => void) {
  const { config } = options;
  const t0 = performance.now();
  const ruleCounts = new Map<string, number>();
  const prepared = await time('prepare', () => prepareHeld({
    seedsDir, config, cache: options.cache, threads: config.threads, progress: options.progress, hold: holder(spool, ruleCounts),
  }));
  for (const line of prepareSummary(prepared, performance.now() - t0)) log(line);
  const held = prepared.articles;
  prepared.articles = [];
  // The same story under two names is published once, under the first name in path order.
  const t1 = performance.now();
  const duplicates = await time('duplicates', () => findDuplicates(held.map((h) => h.fingerprint)));
  const merged = [...duplicates].map(([file, keptAs]) => ({ file, keptAs }));
  log(`duplicates: ${held.length} articles compared, ${merged.length} merged, in ${(performance.now() - t1).toFixed(0)} ms`);
  const removals = held.map((h) => ({ file: h.article.source.path, removed: h.removed, removedCount: h.removedCount }));
  const unique = held.filter((h) => !duplicates.has(h.article.source.path)).map((h) => h.article);
  held.length = 0;
  const rendered = await time('slugs', () => withSlugs(unique));
  return { rendered, removals, ruleCounts, merged, rejected: prepared.rejected, warnings: prepared.warnings, seen: prepared.seen, times: prepared.times };
}

/** What the prepare stage did, as the build log prints it. */
function prepareSummary(prepared: Prepared<unknown>, wallMs: number): string[] {
  const { times, articles, fromCache } = prepared;
  // Stage times are summed over threads; the last figure is the wall time of the three together.
  const threads = prepared.threads > 1 ? ` on ${prepared.threads} threads` : '';
  return [
    `ingest: ${prepared.documents} of ${prepared.seen.length} files read in ${times.ingest.toFixed(0)} ms`,
    `clean + extract: ${articles.length - fromCache} articles cleaned and extracted in ${(times.clean + times.extract).toFixed(0)} ms, ${fromCache} from the cache in ${times.cache.toFixed(0)} ms (${wallMs.toFixed(0)} ms in all${threads})`,
    `render: ${articles.length - fromCache} bodies in ${times.render.toFixed(0)} ms, the others from the cache`,
  ];
}

/** Each article under a slug of its own (its headline's, else its file's), in path order. */
function withSlugs(articles: Omit<RenderedArticle, 'slug'>[]): RenderedArticle[] {
  const taken = new Map<string, number>();
  return articles.map((a) => {
    const slug = uniqueSlug(slugify(a.source.meta.slug ?? a.title ?? a.source.path.replace(/\.[^.]+$/, '')) || 'bai-viet', taken);
    return { ...a, slug };
  });
}

/** Writes a file, refusing any path that would land outside the output folder. */
async function writeInside(root: string, path: string, content: string | Buffer | Readable): Promise<string> {
  const target = resolve(root, path);
  if (!isStrictlyInside(target, root)) throw new Error(`refusing to write outside the output folder: ${path}`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
  return target;
}
