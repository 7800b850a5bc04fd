import Eleventy from '@11ty/eleventy';
import { resolve } from 'node:path';
import type { SiteMeta } from './layout.ts';
import type { SiteModel } from './model.ts';
import type { BuildReport } from './report.ts';
import { planPages, settlePages, type PageStore } from './pages.ts';

export { absolute, href, type SiteMeta } from './layout.ts';
export { buildModel, type SiteModel } from './model.ts';
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
}

/**
 * Writes the pages with Eleventy 3: templates in `templates/`, all data passed in. Article pages
 * kept from an earlier build with the same content and code are linked in, not rendered again.
 */
export async function buildSite(input: SiteInput): Promise<{ files: number; kept: number }> {
  const plan = input.pages ? planPages(input.model.articles, input.site, input.outputDir, input.pages) : null;
  const files = await runEleventy(input, plan ? plan.render : input.model.articles);
  if (plan) await settlePages(plan, input.pages!);
  return { files: files + (plan?.kept.length ?? 0), kept: plan?.kept.length ?? 0 };
}

async function runEleventy(input: SiteInput, articlePages: SiteModel['articles']): Promise<number> {
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
      c.ignores.add(`${templates}/_data.ts`);
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
