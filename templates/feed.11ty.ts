import { escapeHtml } from '../src/text/html.ts';
import { absolute } from '../src/site/layout.ts';
import { toRfc3339 } from '../src/site/dates.ts';
import type { TemplateData } from './_data.ts';

/** Atom feed of the newest dated articles. */
export const data = { permalink: '/feed.xml', eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  const items = d.model.articles.filter((a) => a.date).slice(0, 50);
  const updated = items[0]?.date ? toRfc3339(items[0].date) : '1970-01-01T00:00:00+07:00';
  const x = escapeHtml;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
<title>${x(d.site.title)}</title>
<subtitle>${x(d.site.description)}</subtitle>
<id>${x(absolute(d.site, '/'))}</id>
<link rel="self" href="${x(absolute(d.site, '/feed.xml'))}"/>
<link rel="alternate" href="${x(absolute(d.site, '/'))}"/>
<updated>${updated}</updated>
<author><name>${x(d.site.title)}</name></author>
${items.map((a) => `<entry>
<title>${x(a.title)}</title>
<id>${x(absolute(d.site, a.url))}</id>
<link rel="alternate" href="${x(absolute(d.site, a.url))}"/>
<updated>${toRfc3339(a.date!)}</updated>
<published>${toRfc3339(a.date!)}</published>
${a.outlet ? `<author><name>${x(a.outlet.name)}</name></author>` : ''}
<summary>${x(a.excerpt)}</summary>
</entry>`).join('\n')}
</feed>
`;
}
