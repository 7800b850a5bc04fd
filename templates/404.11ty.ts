import { html } from '../src/text/html.ts';
import { href, page } from '../src/site/layout.ts';
import type { TemplateData } from './_data.ts';

export const data = { permalink: '/404.html', eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  return page({
    site: d.site, url: '/404.html', title: 'Không tìm thấy trang', noindex: true,
    description: 'Trang bạn tìm không có trong kho lưu trữ.',
    body: html`<h1>Không tìm thấy trang</h1>
<p>Trang này không có trong kho lưu trữ. Hãy thử <a href="${href(d.site, '/tim-kiem/')}">tìm kiếm</a> hoặc về <a href="${href(d.site, '/')}">trang chủ</a>.</p>`,
  });
}
