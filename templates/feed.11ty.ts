import { atomFeed, feedOf } from '../src/site/feeds.ts';
import type { TemplateData } from './_data.ts';

/** Atom feed of the site's newest dated articles. */
export const data = { permalink: '/feed.xml', eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  const articles = feedOf('/', d.model.articles, 50)?.articles ?? [];
  return atomFeed(d.site, { url: '/feed.xml', title: d.site.title, subtitle: d.site.description, pageUrl: '/', articles });
}
