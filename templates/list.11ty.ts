import { fileOf } from '../src/site/layout.ts';
import { listPageHtml } from '../src/site/views.ts';
import type { TemplateData } from './_data.ts';

/** Home, lists by outlet, agency and month, their indexes, people and person pages, and the lists' feeds. */
export const data = {
  // The pages to render: every list page, or those not kept from the last build (src/site/pages.ts).
  pagination: { data: 'listPages', size: 1, alias: 'listPage' },
  permalink: (d: TemplateData) => fileOf(d.listPage.url),
  eleventyExcludeFromCollections: true,
};

export function render(d: TemplateData): string {
  return listPageHtml(d.site, d.listPage, d.model);
}
