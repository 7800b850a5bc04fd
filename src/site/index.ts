import Eleventy from '@11ty/eleventy';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SiteMeta } from './layout.ts';
import type { SiteModel } from './model.ts';
import type { BuildReport } from './report.ts';
import { articleEntries, listEntries, planPages, settlePages, type PageStore } from './pages.ts';
import { listPageHtml } from './views.ts';

export { absolute, href, type SiteMeta } from './layout.ts';
export { buildModel, type SiteArticle, type SiteModel } from './model.ts';
export { buildReport, withWarnings, type BuildReport } from './report.ts';
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
}

/** The template of article pages: a shard's build renders it alone. */
const ARTICLE_TEMPLATE = 'article.11ty.ts';

/**
 * Writes the pages with Eleventy 3: templates in `templates/`, all data passed in. Article pages
 * kept from an earlier build with the same content and code are linked in, not rendered again.
 */
export async function buildSite(input: SiteInput): Promise<{ files: number; keptArticles: number; keptLists: number }> {
  const articles = input.only ?? input.model.articles;
  // A shard's build writes its article pages and no list page.
  const lists = input.only ? [] : input.model.pages;
  if (!input.pages) return { files: await runEleventy(input, articles, lists), keptArticles: 0, keptLists: 0 };
  const articlePlan = planPages(articleEntries(articles, input.site), input.outputDir, input.pages);
  const listPlan = planPages(listEntries(lists, (p) => listPageHtml(input.site, p, input.model)), input.outputDir, input.pages);
  const files = await runEleventy(input, articlePlan.render, listPlan.render);
  // A shard's build knows only its own pages: the store keeps every other shard's.
  await settlePages([articlePlan, listPlan], input.pages, !input.only);
  return { files: files + articlePlan.kept.length + listPlan.kept.length, keptArticles: articlePlan.kept.length, keptLists: listPlan.kept.length };
}

async function runEleventy(input: SiteInput, articlePages: SiteModel['articles'], listPages: SiteModel['pages']): Promise<number> {
  const templates = resolve(input.templatesDir);
  const elev = new Eleventy(templates, resolve(input.outputDir), {
    quietMode: true,
    configPath: false,
    config(eleventyConfig: never) {
      const c = eleventyConfig as EleventyConfig;
      c.addExtension('11ty.ts', { key: '11ty.js' });
      c.setTemplateFormats(['11ty.ts']);
      c.addPassthroughCopy({ [`${templates}/assets`]: 'assets' });
      c.addGlobalData('site', input.site);
      c.addGlobalData('model', input.model);
      c.addGlobalData('report', input.report);
      c.addGlobalData('articlePages', articlePages);
      c.addGlobalData('listPages', listPages);
      c.ignores.add(`${templates}/_data.ts`);
      // Ignores are globs from the working folder.
      if (input.only) for (const f of readdirSync(templates)) if (f.endsWith('.11ty.ts') && f !== ARTICLE_TEMPLATE) c.ignores.add(relative(process.cwd(), join(templates, f)));
    },
  });
  const results = (await elev.write()) as unknown as [unknown[], unknown[]] | unknown[];
  const written = Array.isArray(results[0]) ? (results as [unknown[], unknown[]])[1] : results;
  return Array.isArray(written) ? written.length : 0;
}

/** The small part of Eleventy's configuration API this project uses. */
interface EleventyConfig {
  addExtension(ext: string, options: { key: string }): void;
  setTemplateFormats(formats: string[]): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addGlobalData(name: string, value: unknown): void;
  ignores: Set<string>;
}
