/**
 * The whole build, top to bottom: ingest -> clean -> extract -> render -> site -> index.
 */
import { cp, link, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { findDuplicates } from './clean/duplicates.ts';
import type { CacheLocation } from './cache.ts';
import type { SiteConfig } from './config.ts';
import { indexPages, stageDocuments } from './index/index.ts';
import { prepareArticles } from './prepare/index.ts';
import { render } from './render/index.ts';
import { buildSite } from './site/index.ts';
import { absolute, href, type SiteMeta } from './site/layout.ts';
import { buildModel } from './site/model.ts';
import { searchDocument } from './site/views.ts';
import { mapLimit } from './text/concurrency.ts';
import { buildReport, type BuildReport } from './site/report.ts';
import { slugify } from './text/fold.ts';
import type { RenderedArticle } from './types.ts';

export interface BuildOptions {
  config: SiteConfig;
  /** Overrides config.seedsDir / config.outputDir (tests build into temporary folders). */
  seedsDir?: string;
  outputDir?: string;
  templatesDir?: string;
  log?: (line: string) => void;
  /** Called as articles are cleaned and extracted, for progress indicators. */
  progress?: (done: number, total: number) => void;
  /** Called as each stage starts (render, model, files, eleventy, pagefind), for progress indicators. */
  onStage?: (stage: string) => void;
  /** Cleaned and extracted articles are kept here between builds; none when omitted. */
  cache?: CacheLocation;
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
  const cwd = process.cwd();
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + sep);
  if (inside(cwd, out) || inside(seeds, out) || inside(templates, out) || inside(out, seeds) || out === resolve('src')) {
    throw new Error(`output folder "${out}" would overwrite the project, its seeds or its templates; set outputDir in site.config.ts to a folder of its own such as "_site"`);
  }
}

/** The whole build in this process: the pages, then their search index. */
export async function build(options: BuildOptions): Promise<BuildOutcome> {
  const pages = await buildPages(options);
  return indexPages(pages, options.log);
}

/**
 * Every stage but the search index: the site's pages and the search documents staged for
 * Pagefind. A build that must stay small in memory runs this in a process of its own and
 * `indexPages` after that process has exited (scripts/build.ts).
 */
export async function buildPages(options: BuildOptions): Promise<BuildOutcome> {
  const { config } = options;
  const log = options.log ?? (() => {});
  const seedsDir = resolve(options.seedsDir ?? config.seedsDir);
  const outputDir = resolve(options.outputDir ?? config.outputDir);
  const templatesDir = resolve(options.templatesDir ?? 'templates');
  assertSafeOutput(outputDir, seedsDir, templatesDir);
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, f: () => Promise<T> | T): Promise<T> => {
    options.onStage?.(stage);
    const t0 = performance.now();
    const result = await f();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return result;
  };

  const prepared = await time('prepare', () => prepareArticles({
    seedsDir, config, cache: options.cache, threads: config.threads, progress: options.progress,
  }));
  const { rejected, warnings, times } = prepared;
  Object.assign(timings, times);
  const extracted = prepared.articles;
  // Stage times are summed over threads; the last figure is the wall time of the three together.
  const threads = prepared.threads > 1 ? ` on ${prepared.threads} threads` : '';
  log(`ingest: ${prepared.documents} of ${prepared.seen.length} files read in ${times.ingest.toFixed(0)} ms`);
  log(`clean + extract: ${extracted.length - prepared.fromCache} articles cleaned and extracted in ${(times.clean + times.extract).toFixed(0)} ms, ${prepared.fromCache} from the cache in ${times.cache.toFixed(0)} ms (${timings.prepare!.toFixed(0)} ms in all${threads})`);

  // The same story under two names is published once, under the first name in path order.
  const duplicates = await time('duplicates', () => findDuplicates(extracted.map((a) => ({ path: a.source.path, blocks: a.clean.blocks }))));
  const merged = [...duplicates].map(([file, keptAs]) => ({ file, keptAs }));
  const unique = extracted.filter((a) => !duplicates.has(a.source.path));
  log(`duplicates: ${extracted.length} articles compared, ${merged.length} merged, in ${timings.duplicates!.toFixed(0)} ms`);

  const site: SiteMeta = { title: config.title, description: config.description, baseUrl: config.baseUrl, pathPrefix: config.pathPrefix };
  const taken = new Map<string, number>();
  const rendered = await time('render', () => unique.map((a) => {
    const base = slugify(a.source.meta.slug ?? a.title ?? a.source.path.replace(/\.[^.]+$/, '')) || 'bai-viet';
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    const slug = n === 1 ? base : `${base}-${n}`;
    return render(a, slug, absolute(site, `/bai-viet/${slug}/`));
  }));
  log(`render: ${rendered.length} bodies in ${timings.render!.toFixed(0)} ms`);

  const model = await time('model', () => buildModel(rendered, config));
  const urlOf = new Map(rendered.map((a) => [a.source.path, `/bai-viet/${a.slug}/`]));
  const report = buildReport({
    seen: prepared.seen,
    rejected,
    merged,
    warnings,
    published: rendered.length,
    articles: extracted.map((a) => ({ file: a.source.path, url: urlOf.get(a.source.path) ?? null, removed: a.clean.removed })),
    customRules: config.cleanRules.map((r) => ({ name: r.name, reason: r.reason })),
  });

  await time('files', async () => {
    await rm(outputDir, { recursive: true, force: true });
    await mkdir(outputDir, { recursive: true });
  });
  // The source files, so each article links to what the crawler saved: linked on libuv's threads
  // while Eleventy renders on this one (it writes its pages with blocking calls). Its time
  // ("sources") runs alongside Eleventy's, not after it.
  const sources = time('sources', async () => {
    await writeInside(outputDir, 'bao-cao/bao-cao.json', JSON.stringify(report, null, 2) + '\n');
    const sourcesRoot = resolve(outputDir, 'nguon-goc');
    await mapLimit(rendered, 32, async (a) => {
      const target = resolve(sourcesRoot, ...a.source.path.split('/'));
      if (!target.startsWith(sourcesRoot + sep)) return;
      await mkdir(dirname(target), { recursive: true });
      const source = resolve(seedsDir, ...a.source.path.split('/'));
      // A hard link costs nothing and cannot differ from the source; copy across file systems.
      await link(source, target).catch(() => cp(source, target));
    });
  });
  const [written] = await Promise.all([time('eleventy', () => buildSite({ site, model, report, templatesDir, outputDir })), sources]);
  log(`eleventy: ${written.files} files in ${timings.eleventy!.toFixed(0)} ms`);
  // Pagefind runs after Eleventy, not beside it: measured at 10,000 articles on two cores, the
  // two contend so much that running them together is slower (39 s) than one after the other (29 s).
  const staging = await time('pagefind', () => stageDocuments({
    outputDir, records: model.articles.map((a) => ({ url: href(site, a.url), html: searchDocument(a) })),
  }));
  log(`search documents: ${model.articles.length} staged for Pagefind in ${timings.pagefind!.toFixed(0)} ms`);
  return { report, staging, timings, articles: rendered, outputDir };
}

/** Writes a file, refusing any path that would land outside the output folder. */
async function writeInside(root: string, path: string, content: string): Promise<void> {
  const target = resolve(root, path);
  if (!target.startsWith(root + sep)) throw new Error(`refusing to write outside the output folder: ${path}`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
}
