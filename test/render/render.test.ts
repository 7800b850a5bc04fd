import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderBody } from '../../src/render/index.ts';
import { isSafeUrl } from '../../src/render/sanitize.ts';
import { extractText, ingestText } from '../helpers.ts';
import { clean } from '../../src/clean/index.ts';
import { extract } from '../../src/extract/index.ts';
import config from '../../site.config.ts';

const LEAD = 'Bộ Ngoại giao cho biết hai bên đã nhất trí tiếp tục đối thoại về các vấn đề an ninh trong khu vực trong thời gian tới.';
const bodyOf = (text: string, path = 'a.txt') => renderBody(extract(clean(ingestText(path, text)), config));

describe('render: crawl text is text, not Markdown', () => {
  it('a line starting with a year is not a list', () => {
    const html = bodyOf(`${LEAD}\n2024. Năm nay hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao và sẽ tổ chức nhiều sự kiện.`);
    assert.ok(!/<ol|<li/.test(html) && html.includes('2024. Năm nay'));
  });
  it('an indented line is not code', () => {
    const html = bodyOf(`${LEAD}\n    Các bên sẽ tiếp tục thảo luận về lộ trình cắt giảm khí thải trong những tháng tới, theo thông cáo chung.`);
    assert.ok(!/<pre|<code/.test(html));
  });
  it('a line followed by dashes is not a heading, and * is not emphasis', () => {
    const html = bodyOf(`${LEAD}\nGiá *xăng* tăng 5% trong tháng qua theo số liệu của cơ quan thống kê quốc gia công bố sáng nay.\n---`);
    assert.ok(!/<em>|<h1/.test(html) && html.includes('*xăng*'));
  });
  it('HTML in the text is shown as text, never run or dropped', () => {
    const html = bodyOf(`${LEAD}\nMột số trang web chèn đoạn <script>alert(1)</script> và thẻ <p> vào nội dung bài viết gốc theo báo cáo.`);
    assert.ok(html.includes('&#x3C;script>alert(1)&#x3C;/script>') || html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), html);
    assert.ok(!html.includes('<script>'));
  });
  it('direct quotes are marked up as quotations', () => {
    const html = bodyOf(`${LEAD}\nÔng nói: "Chúng tôi sẵn sàng đối thoại với mọi đối tác vì hòa bình và ổn định của khu vực".`);
    assert.match(html, /<q>"Chúng tôi sẵn sàng đối thoại với mọi đối tác vì hòa bình và ổn định của khu vực"<\/q>/);
  });
});

describe('render: maintainer Markdown is Markdown, made safe', () => {
  const md = (body: string) => bodyOf(`---\ntitle: Thử nghiệm\n---\n${LEAD}\n\n${body}`, 'a.md');
  it('keeps emphasis and safe links', () => {
    const html = md('Đọc *thêm* tại [trang chính thức](https://example.org/a) hoặc [gửi thư](mailto:a@example.org).');
    assert.ok(html.includes('<em>thêm</em>') && html.includes('href="https://example.org/a"') && html.includes('href="mailto:a@example.org"'));
  });
  it('drops javascript: and data: links but keeps their text', () => {
    const html = md('Bấm [vào đây](javascript:alert(1)) hoặc [đây](data:text/html,<b>x</b>) hoặc [kia](JaVaScRiPt:alert(2)).');
    assert.ok(!/javascript:|data:/i.test(html) && html.includes('vào đây') && html.includes('kia'), html);
  });
  it('shows raw HTML as text', () => {
    const html = md('<div onclick="alert(1)">khối HTML</div>\n\n<img src=x onerror=alert(1)> và <!-- chú thích -->');
    assert.ok(!/<div|<img|<!--/.test(html) && html.includes('khối HTML'), html);
  });
  it('URL checks see through control characters', () => {
    assert.equal(isSafeUrl('java\tscript:alert(1)'), false);
    assert.equal(isSafeUrl('https://example.org'), true);
    assert.equal(isSafeUrl('/bai-viet/a/'), true);
  });
});

describe('render: front matter wins over extraction', () => {
  it('on crawl text too, which is still cleaned', () => {
    const a = extractText('a.txt', `---\ntitle: Tiêu đề đúng\noutlet: Nhân Dân\n---\nLogo\nĐăng nhập\nTiêu đề sai của trang\n${LEAD}\nBình luận (0)`);
    assert.deepEqual([a.title, a.outlet], ['Tiêu đề đúng', 'Nhân Dân']);
    assert.deepEqual(a.clean.blocks.map((b) => b.text), [LEAD]);
  });
  it('title, date and outlet from front matter', () => {
    const a = extractText('a.md', `---\ntitle: Tiêu đề của biên tập viên\ndate: 2022-01-05 08:30\noutlet: Nhân Dân\n---\n${LEAD}`);
    assert.deepEqual([a.title, a.date, a.outlet, a.titleDerived], ['Tiêu đề của biên tập viên', '2022-01-05T08:30', 'Nhân Dân', false]);
  });
});

describe('render: plain text for excerpts and reading time', () => {
  it('drops Markdown\'s marks from a maintainer\'s article, and keeps crawl text as it is', async () => {
    const { plainTextOf, render } = await import('../../src/render/index.ts');
    const mdArticle = extract(clean(ingestText('a.md', '---\ntitle: Đàm phán\n---\nHai bên bắt đầu **đàm phán** về [an ninh](https://example.org) khu vực.\n\n## Bước tiếp theo\n\n- Gặp lại tại Geneva.')), config);
    assert.equal(plainTextOf(mdArticle), 'Hai bên bắt đầu đàm phán về an ninh khu vực.\n\nBước tiếp theo\n\nGặp lại tại Geneva.');
    const md = render(mdArticle, 'a');
    assert.equal(md.excerpt, 'Hai bên bắt đầu đàm phán về an ninh khu vực. Bước tiếp theo Gặp lại tại Geneva.');
    assert.equal(md.wordCount, 18);
    const txt = render(extract(clean(ingestText('b.txt', `${LEAD}\n\nGiá tăng 5*2 lần, theo **nguồn tin** riêng.`)), config), 'b');
    assert.ok(plainTextOf(txt).includes('**nguồn tin**') && txt.body.read().includes('**nguồn tin**'), 'crawl text is text: its asterisks are the crawler\'s');
  });
});
