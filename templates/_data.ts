/** What every template receives from the build (see src/site/index.ts). */
import type { BuildReport } from '../src/site/report.ts';
import type { SiteMeta } from '../src/site/layout.ts';
import type { ListPage, SiteArticle, SiteModel } from '../src/site/model.ts';

export interface TemplateData {
  site: SiteMeta;
  model: SiteModel;
  report: BuildReport;
  article: SiteArticle;
  /** The article pages Eleventy renders in this build. */
  articlePages: SiteArticle[];
  /** The list pages Eleventy renders in this build. */
  listPages: ListPage[];
  listPage: ListPage;
}
