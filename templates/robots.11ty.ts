import { absolute } from '../src/site/layout.ts';
import type { TemplateData } from './_data.ts';

export const data = { permalink: '/robots.txt', eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  return `User-agent: *\nAllow: /\nSitemap: ${absolute(d.site, '/sitemap.xml')}\n`;
}
