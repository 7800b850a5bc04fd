import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SiteMeta } from './layout.ts';
import type { SiteModel } from './model.ts';
import type { BuildReport } from './report.ts';
import { mapLimit } from '../text/concurrency.ts';
import { clearForWriting } from '../text/files.ts';
import { articleEntries, listEntries, planPages, settlePages, type PageStore } from './pages.ts';
import { listPageHtml } from './views.ts';

export { absolute, href, type SiteMeta } from './layout.ts';
export { buildModel, newestFirst, type SiteArticle, type SiteModel } from './model.ts';
export { storyGroups } from './stories.ts';
export { dataFiles } from './data.ts';
export { buildReport, REPORT_DATA_URL, reportJson, withWarnings, type BuildReport } from './report.ts';
export { treeDigest, type PageStore } from './pages.ts';

export interface SiteInput {
  site: SiteMeta;
  model: SiteModel;
  report: BuildReport;
  templatesDir: string;
  outputDir: string;
  /** Where article pages are kept between builds (pages.ts); without it, every page is rendered. */
  pages?: PageStore;
  /** These article pages and no other page: a shard's build, whose pages wait in the store for the full build. */
  only?: SiteModel['articles'];
  /** Pages per run of Eleventy (`pagesPerEleventyRun` in the configuration). */
  pagesPerRun: number;
  /** Called after each run with the pages written so far and in all. */
  progress?: (done: number, total: number) => void;
}

/**
 * Eleventy, loaded on first use. Loading it takes about a second, which a build can spend while
 * its articles are prepared on other threads: the pipeline starts it early (`loadEleventy()`),
 * and a build that writes no page never pays it.
 */
let eleventy: Promise<typeof import('@11ty/eleventy')> | null = null;
export const loadEleventy = () => (eleventy ??= import('@11ty/eleventy'));

/** The templates of article and list pages; every other template writes one file (feed, sitemap, report…). */
const ARTICLE_TEMPLATE = 'article.11ty.ts';
const LIST_TEMPLATE = 'list.11ty.ts';

/** What one run of Eleventy writes. */
interface Run { articles: SiteModel['articles']; lists: SiteModel['pages']; single: boolean }

/**
 * The pages in runs of `size`: article pages, then list pages; the first run also writes the
 * single files and the assets. A run of Eleventy holds every page's data until it has written them
 * all, so runs of a bounded size keep the page build's memory bounded however large the archive.
 */
export function runsOf(articles: SiteModel['articles'], lists: SiteModel['pages'], single: boolean, size: number): Run[] {
  const runs: Run[] = [];
  const all = [...articles.map((a) => ({ a })), ...lists.map((l) => ({ l }))];
  for (let i = 0; i < all.length || (i === 0 && single); i += size) {
    const chunk = all.slice(i, i + size);
    runs.push({ articles: chunk.flatMap((x) => ('a' in x ? [x.a] : [])), lists: chunk.flatMap((x) => ('l' in x ? [x.l] : [])), single: single && i === 0 });
  }
  return runs;
}

/**
 * Writes the pages with Eleventy 3: templates in `templates/`, all data passed in. Pages kept
 * from an earlier build with the same content and code are linked in, not rendered again.
 */
export async function buildSite(input: SiteInput): Promise<BuiltSite> {
  const articles = input.only ?? input.model.articles;
  // A shard's build writes its article pages and no list page.
  const lists = input.only ? [] : input.model.pages;
  if (!input.pages) {
    const written = await runEleventy(input, runsOf(articles, lists, !input.only, input.pagesPerRun));
    return { files: written.length, keptArticles: 0, keptLists: 0, paths: written };
  }
  const articlePlan = planPages(articleEntries(articles, input.site), input.outputDir, input.pages);
  const listPlan = planPages(listEntries(lists, (p) => listPageHtml(input.site, p, input.model)), input.outputDir, input.pages);
  // A page rendered again may still be an earlier build's link into the store: Eleventy writes a file of its own.
  await mapLimit([...articlePlan.keep, ...listPlan.keep], 16, ({ from }) => clearForWriting(from));
  const written = await runEleventy(input, runsOf(articlePlan.render, listPlan.render, !input.only, input.pagesPerRun));
  // A shard's build knows only its own pages: the store keeps every other shard's.
  await settlePages([articlePlan, listPlan], input.pages, !input.only);
  const kept = [...articlePlan.kept, ...listPlan.kept].map((k) => k.to);
  return { files: written.length + kept.length, keptArticles: articlePlan.kept.length, keptLists: listPlan.kept.length, paths: [...written, ...kept] };
}

/** What the page build wrote: files in all, pages kept from earlier builds, and every path it placed. */
export interface BuiltSite { files: number; keptArticles: number; keptLists: number; paths: string[] }

/** The runs one after the other: the paths of the files written. */
async function runEleventy(input: SiteInput, runs: Run[]): Promise<string[]> {
  const files: string[] = [];
  let pages = 0;
  const total = runs.reduce((n, r) => n + r.articles.length + r.lists.length, 0);
  input.progress?.(0, total);
  for (const [i, run] of runs.entries()) {
    files.push(...(await eleventyRun(input, run, i === 0)));
    pages += run.articles.length + run.lists.length;
    input.progress?.(pages, total);
  }
  return files;
}

async function eleventyRun(input: SiteInput, run: Run, assets: boolean): Promise<string[]> {
  const templates = resolve(input.templatesDir);
  const wanted = (f: string) => (f === ARTICLE_TEMPLATE ? run.articles.length > 0 : f === LIST_TEMPLATE ? run.lists.length > 0 : run.single);
  const { default: Eleventy } = await loadEleventy();
  const elev = new Eleventy(templates, resolve(input.outputDir), {
    quietMode: true,
    configPath: false,
    config(eleventyConfig: never) {
      const c = eleventyConfig as EleventyConfig;
      c.addExtension('11ty.ts', { key: '11ty.js' });
      c.setTemplateFormats(['11ty.ts']);
      if (assets) c.addPassthroughCopy({ [`${templates}/assets`]: 'assets' });
      c.addGlobalData('site', input.site);
      c.addGlobalData('model', input.model);
      c.addGlobalData('report', input.report);
      c.addGlobalData('articlePages', run.articles);
      c.addGlobalData('listPages', run.lists);
      c.ignores.add(`${templates}/_data.ts`);
      // The templates this run does not write; ignores are globs from the working folder.
      for (const f of readdirSync(templates)) if (f.endsWith('.11ty.ts') && !wanted(f)) c.ignores.add(relative(process.cwd(), join(templates, f)));
    },
  });
  const results = (await elev.write()) as unknown as [unknown[], unknown[]] | unknown[];
  const written = Array.isArray(results[0]) ? (results as [unknown[], unknown[]])[1] : results;
  const paths = (Array.isArray(written) ? written : []).flatMap((w) => {
    const out = (w as { outputPath?: unknown } | null)?.outputPath;
    return typeof out === 'string' ? [resolve(out)] : [];
  });
  // Assets are copied as they are, and Eleventy lists no copy among what it wrote.
  return assets ? [...paths, ...filesUnder(join(templates, 'assets')).map((f) => join(resolve(input.outputDir), 'assets', f))] : paths;
}

/** The files under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** The small part of Eleventy's configuration API this project uses. */
interface EleventyConfig {
  addExtension(ext: string, options: { key: string }): void;
  setTemplateFormats(formats: string[]): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addGlobalData(name: string, value: unknown): void;
  ignores: Set<string>;
}
