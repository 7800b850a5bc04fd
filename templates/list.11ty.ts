import { page } from '../src/site/layout.ts';
import { listBody } from '../src/site/views.ts';
import type { TemplateData } from './_data.ts';

/** Home, lists by outlet, agency and month, their indexes, people and person pages. */
export const data = {
  pagination: { data: 'model.pages', size: 1, alias: 'listPage' },
  permalink: (d: TemplateData) => `${d.listPage.url}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render(d: TemplateData): string {
  const p = d.listPage;
  return page({ site: d.site, url: p.url, title: p.title, description: p.description, body: listBody(d.site, p, d.model) });
}
