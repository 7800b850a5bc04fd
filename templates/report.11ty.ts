import { html } from '../src/text/html.ts';
import { href, page } from '../src/site/layout.ts';
import { REPORT_DATA_URL, removedLines } from '../src/site/report.ts';
import type { TemplateData } from './_data.ts';

/** The build report: every input file, what became of it, and every line cleaning removed. */
export const data = { permalink: '/bao-cao/index.html', eleventyExcludeFromCollections: true };

/** Articles listed line by line on the page; the JSON report (REPORT_DATA_URL) has them all. */
const DETAILED = 200;

export function render(d: TemplateData): string {
  const r = d.report;
  return page({
    site: d.site, url: '/bao-cao/', title: 'Báo cáo xây dựng', noindex: true,
    description: 'Tệp nào đã được đăng, gộp hay loại, và dòng nào đã được lọc bỏ, vì sao.',
    body: html`<h1>Báo cáo xây dựng</h1>
<p class="lead">${r.summary}</p>
${r.rejected.length ? html`<h2>Tệp bị loại</h2><ul>${r.rejected.map((x) => html`<li><code>${x.file}</code>${x.line ? html` (dòng ${x.line})` : ''}: ${x.reason}</li>`)}</ul>` : ''}
${r.merged.length ? html`<h2>Bài trùng đã gộp</h2><ul>${r.merged.map((m) => html`<li><code>${m.file}</code> trùng với <code>${m.keptAs}</code></li>`)}</ul>` : ''}
${r.warnings.length ? html`<h2>Cảnh báo</h2><ul>${r.warnings.map((w) => html`<li><code>${w.file}</code>${w.line ? html` dòng ${w.line}` : ''} [${w.rule}]: ${w.reason}</li>`)}</ul>` : ''}
<h2>Dòng đã lọc bỏ, theo quy tắc</h2>
<table><thead><tr><th scope="col">Quy tắc</th><th scope="col">Số dòng</th></tr></thead>
<tbody>${r.ruleCounts.map(([rule, count]) => html`<tr><td>${rule}</td><td>${count}</td></tr>`)}</tbody></table>
<h2>Dòng đã lọc bỏ, theo bài</h2>
<p>Bản đầy đủ dạng JSON nén gzip, mọi dòng của mọi bài: <a href="${href(d.site, REPORT_DATA_URL)}">bao-cao.json.gz</a>.${r.articles.length > DETAILED ? ` Trang này chỉ liệt kê ${DETAILED} bài đầu tiên.` : ''}</p>
${r.articles.slice(0, DETAILED).map((a) => html`<details>
<summary><code>${a.file}</code>: ${a.removedCount} dòng lọc bỏ</summary>
${a.url ? html`<p><a href="${href(d.site, a.url)}">Xem bài đã đăng</a></p>` : ''}
<table><thead><tr><th scope="col">Dòng</th><th scope="col">Quy tắc</th><th scope="col">Nội dung</th></tr></thead>
<tbody>${removedLines(a).map((x) => html`<tr><td>${x.line}</td><td>${x.rule}</td><td>${x.text}</td></tr>`)}</tbody></table>
</details>`)}
<h2>Các quy tắc</h2>
<dl class="rules">${r.rules.map((x) => html`<dt>${x.name}</dt><dd>${x.reason}</dd>`)}</dl>`,
  });
}
