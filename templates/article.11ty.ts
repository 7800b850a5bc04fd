import { page } from '../src/site/layout.ts';
import { articleBody, articleJsonLd } from '../src/site/views.ts';
import type { TemplateData } from './_data.ts';

export const data = {
  // The pages to render: every article's, or those not kept from the last build (src/site/pages.ts).
  pagination: { data: 'articlePages', size: 1, alias: 'article' },
  permalink: (d: TemplateData) => `${d.article.url}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render(d: TemplateData): string {
  const a = d.article;
  return page({
    site: d.site, url: a.url, title: a.title, description: a.excerpt, ogType: 'article',
    head: articleJsonLd(d.site, a), body: articleBody(d.site, a),
  });
}
