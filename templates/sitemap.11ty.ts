import { escapeHtml } from '../src/text/html.ts';
import { absolute } from '../src/site/layout.ts';
import type { TemplateData } from './_data.ts';

export const data = { permalink: '/sitemap.xml', eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  const urls = ['/', '/tim-kiem/', ...d.model.pages.filter((p) => p.url !== '/' && p.kind !== 'feed').map((p) => p.url), ...d.model.articles.map((a) => a.url)];
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${escapeHtml(absolute(d.site, u))}</loc></url>`).join('\n')}
</urlset>
`;
}
