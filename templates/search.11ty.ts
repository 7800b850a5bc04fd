import { html } from '../src/text/html.ts';
import { href, page } from '../src/site/layout.ts';
import { COLLECTION_PARAM, QUOTE_INDEX } from '../src/index/index.ts';
import type { TemplateData } from './_data.ts';

export const data = { permalink: '/tim-kiem/index.html', eleventyExcludeFromCollections: true };

export function render(d: TemplateData): string {
  // The months a reader can choose: those of the archive's dated articles.
  let [first, last] = ['', ''];
  for (const a of d.model.articles) if (a.month) [first, last] = [!first || a.month < first ? a.month : first, a.month > last ? a.month : last];
  const span = first ? html` min="${first}" max="${last}"` : '';
  return page({
    site: d.site, url: '/tim-kiem/', title: 'Tìm kiếm', searchPage: true,
    description: 'Tìm trong kho lưu trữ, gõ có dấu hoặc không dấu.',
    body: html`<h1>Tìm kiếm</h1>
<p class="lead">Gõ có dấu hay không dấu đều được: “dam phan” tìm thấy “đàm phán”.</p>
${d.model.searchQuotes ? html`<fieldset class="kind"><legend>Tìm trong</legend>
<input type="radio" name="${COLLECTION_PARAM}" id="loai-bai-viet" value="" checked> <label for="loai-bai-viet">Bài viết</label>
<input type="radio" name="${COLLECTION_PARAM}" id="loai-${QUOTE_INDEX}" value="${QUOTE_INDEX}"> <label for="loai-${QUOTE_INDEX}">Phát ngôn</label>
</fieldset>
` : ''}<p class="sort"><label for="sort">Sắp xếp</label> <select id="sort"><option value="">Liên quan nhất</option><option value="ngay">Mới nhất trước</option></select> <button type="button" id="bo-loc" class="filter-toggle" aria-controls="search" hidden></button></p>
<fieldset class="period"><legend>Khoảng thời gian</legend>
<label for="tu-thang">Từ tháng</label> <input type="month" id="tu-thang" placeholder="1/2022"${span}>
<label for="den-thang">đến tháng</label> <input type="month" id="den-thang" placeholder="12/2024"${span}>
</fieldset>
<div id="search" class="search-page"></div>
<noscript><p>Ô tìm kiếm cần JavaScript. Bạn vẫn có thể duyệt bài <a href="${href(d.site, '/thang/')}">theo tháng</a>, <a href="${href(d.site, '/nguon/')}">theo nguồn</a> hoặc <a href="${href(d.site, '/nhan-vat/')}">theo nhân vật</a>.</p></noscript>`,
  });
}
