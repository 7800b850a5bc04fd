import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import config from '../../site.config.ts';
import { render } from '../../src/render/index.ts';
import { buildModel, QUOTES_PER_PAGE } from '../../src/site/model.ts';
import { listPageHtml } from '../../src/site/views.ts';
import { extractText } from '../helpers.ts';

/** Seven dated articles, one a day, built into a model with two articles a page. */
function model(homePages: number) {
  const rendered = Array.from({ length: 7 }, (_, i) => {
    const text = [`Tin số ${i + 1} về hoạt động đối ngoại trong tuần`, `0${i + 1}/03/2024 09:00`, '',
      'Bộ Ngoại giao cho biết hai bên đã nhất trí tiếp tục đối thoại về các vấn đề an ninh trong khu vực.'].join('\n');
    return render(extractText(`a${i}.txt`, text), `a${i}`);
  });
  return buildModel(rendered, { ...config, perPage: 2, homePages });
}

describe('site: the home page lists the newest articles, the months all of them', () => {
  it('stops the home after homePages pages, and its last page leads to the months', () => {
    const m = model(2);
    const pages = m.pages;
    const home = pages.filter((p) => p.kind === 'home');
    assert.deepEqual(home.map((p) => p.url), ['/', '/trang/2/']);
    assert.deepEqual(home.flatMap((p) => p.articles.map((a) => a.slug)), ['a6', 'a5', 'a4', 'a3'], 'newest first');
    assert.deepEqual(home.map((p) => p.moreUrl), [null, '/thang/']);
    const site = { title: config.title, description: config.description, baseUrl: config.baseUrl, pathPrefix: config.pathPrefix };
    assert.match(listPageHtml(site, home[1]!, m), /<a href="\/thang\/">Các bài cũ hơn, theo tháng →<\/a>/);
    assert.doesNotMatch(listPageHtml(site, home[0]!, m), /Các bài cũ hơn/);
    const months = pages.filter((p) => p.kind === 'month');
    assert.equal(months.flatMap((p) => p.articles).length, 7, 'every article is in its month');
  });

  it('lists every article on the home when they fit, with no link onwards', () => {
    const home = model(4).pages.filter((p) => p.kind === 'home');
    assert.equal(home.flatMap((p) => p.articles).length, 7);
    assert.deepEqual(home.map((p) => p.moreUrl), [null, null, null, null]);
  });
});

/** `count` articles of one outlet, one a day in March 2024, built into a model with two articles a page. */
function outletModel(count: number) {
  const rendered = Array.from({ length: count }, (_, i) => {
    const text = [`Tin số ${i + 1} về hoạt động đối ngoại trong tuần`, `${String(i + 1).padStart(2, '0')}/03/2024 09:00`, '',
      '(TTXVN) - Bộ Ngoại giao cho biết hai bên đã nhất trí tiếp tục đối thoại về các vấn đề an ninh trong khu vực.'].join('\n');
    return render(extractText(`a${String(i).padStart(2, '0')}.txt`, text), `a${i}`);
  });
  return buildModel(rendered, { ...config, perPage: 2, homePages: 1 });
}

describe('site: list pages stay as they are while their list grows', () => {
  const site = { title: config.title, description: config.description, baseUrl: config.baseUrl, pathPrefix: config.pathPrefix };
  const monthPages = (count: number) => {
    const m = outletModel(count);
    return new Map(m.pages.filter((p) => p.kind === 'month').map((p) => [p.url, { page: p, html: listPageHtml(site, p, m) }]));
  };

  it('numbers pages from the oldest and keeps the newest at the list\'s address', () => {
    const pages = [...monthPages(7).values()].map((x) => x.page);
    assert.deepEqual(pages.map((p) => p.url), ['/thang/2024-03/', '/thang/2024-03/trang/2/', '/thang/2024-03/trang/1/']);
    assert.deepEqual(pages.map((p) => p.articles.map((a) => a.slug)), [['a6', 'a5', 'a4'], ['a3', 'a2'], ['a1', 'a0']], 'newest first, every article once');
    assert.deepEqual(pages.map((p) => [p.prevUrl, p.nextUrl]), [
      [null, '/thang/2024-03/trang/2/'], ['/thang/2024-03/', '/thang/2024-03/trang/1/'], ['/thang/2024-03/trang/2/', null],
    ], 'read from newest to oldest');
    assert.deepEqual(pages.map((p) => p.pageLabel), ['05/03/2024 – 07/03/2024', '03/03/2024 – 04/03/2024', '01/03/2024 – 02/03/2024']);
  });

  it('changes only the newest page, and the one it fills, as articles are added', () => {
    const seven = monthPages(7), eight = monthPages(8), nine = monthPages(9);
    const changed = (a: typeof seven, b: typeof seven) => [...b.keys()].filter((url) => a.get(url)?.html !== b.get(url)!.html);
    assert.deepEqual(changed(seven, eight), ['/thang/2024-03/', '/thang/2024-03/trang/3/', '/thang/2024-03/trang/2/'],
      'an eighth article fills a new numbered page, and the page before it now leads to that page');
    assert.deepEqual(changed(eight, nine), ['/thang/2024-03/'], 'a ninth joins the newest page alone');
    assert.deepEqual(nine.get('/thang/2024-03/')!.page.articles.map((a) => a.slug), ['a8', 'a7', 'a6']);
    assert.deepEqual(nine.get('/thang/2024-03/trang/3/')!.page.articles.map((a) => a.slug), ['a5', 'a4']);
  });
});

describe('site: a person\'s later pages do not change with their counts', () => {
  it('shows posts and counts on the first page alone', () => {
    const rendered = Array.from({ length: QUOTES_PER_PAGE + 1 }, (_, i) => {
      const day = new Date(Date.UTC(2024, 0, 1 + i));
      const text = [`Bộ trưởng phát biểu về hợp tác khu vực lần ${i + 1}`, `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/2024 09:00`, '',
        `Bộ trưởng Ngoại giao Bùi Thanh Sơn nói: "Việt Nam luôn ủng hộ đối thoại và hợp tác vì hòa bình trong khu vực, lần thứ ${i + 1}."`].join('\n');
      return render(extractText(`b${String(i).padStart(2, '0')}.txt`, text), `b${i}`);
    });
    const m = buildModel(rendered, { ...config, perPage: 20, homePages: 1 });
    const pages = m.pages.filter((p) => p.kind === 'person');
    assert.deepEqual(pages.map((p) => p.url), ['/nhan-vat/bui-thanh-son/', '/nhan-vat/bui-thanh-son/trang/2/']);
    const site = { title: config.title, description: config.description, baseUrl: config.baseUrl, pathPrefix: config.pathPrefix };
    const [first, second] = pages.map((p) => listPageHtml(site, p, m));
    assert.match(first!, new RegExp(`${QUOTES_PER_PAGE + 1} phát ngôn`));
    assert.doesNotMatch(second!, /phát ngôn\./);
    assert.match(second!, /<a href="\/nhan-vat\/bui-thanh-son\/">Về trang đầu của Bùi Thanh Sơn<\/a>/);
    assert.match(second!, /<span>Trang 2<\/span>/);
  });
});
