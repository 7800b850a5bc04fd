import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import config from '../../site.config.ts';
import { render } from '../../src/render/index.ts';
import { buildModel } from '../../src/site/model.ts';
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
