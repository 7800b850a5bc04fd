import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import config from '../../site.config.ts';
import { render } from '../../src/render/index.ts';
import { buildModel, QUOTES_PER_PAGE } from '../../src/site/model.ts';
import { quoteName } from '../../src/site/lists.ts';
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

/** Articles crediting TTXVN, one a day from 1 January 2024 (and one more on each extra day given), four a page. */
function agencyModel(count: number, extraDays: number[] = []) {
  const days = [...Array.from({ length: count }, (_, i) => i), ...extraDays];
  const rendered = days.map((d, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + d));
    const date = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/2024 09:00`;
    const text = [`Tin số ${i + 1} về hoạt động đối ngoại trong tuần`, date, '',
      'Theo TTXVN, Bộ Ngoại giao cho biết hai bên đã nhất trí tiếp tục đối thoại về các vấn đề an ninh trong khu vực.'].join('\n');
    return render(extractText(`a${String(i).padStart(3, '0')}.txt`, text), `a${i}`);
  });
  return buildModel(rendered, { ...config, perPage: 4, homePages: 1 });
}

describe('site: list pages stay as they are while their list grows', () => {
  const site = { title: config.title, description: config.description, baseUrl: config.baseUrl, pathPrefix: config.pathPrefix };
  const agencyPages = (count: number, extraDays: number[] = []) => {
    const m = agencyModel(count, extraDays);
    return new Map(m.pages.filter((p) => p.kind === 'agency').map((p) => [p.url, { page: p, html: listPageHtml(site, p, m) }]));
  };
  const changed = (a: Map<string, { html: string }>, b: Map<string, { html: string }>) => [...b.keys()].filter((url) => a.get(url)?.html !== b.get(url)!.html);

  it('shows the newest at the list\'s address, the older pages under their oldest article, read newest first', () => {
    const pages = [...agencyPages(120).values()].map((x) => x.page);
    assert.equal(pages[0]!.url, '/hang-tin/ttxvn/');
    for (const p of pages.slice(1)) assert.equal(p.url, `/hang-tin/ttxvn/tu/${p.articles[p.articles.length - 1]!.slug}/`);
    const shown = pages.flatMap((p) => p.articles.map((a) => a.date!));
    assert.equal(shown.length, 120, 'every article once');
    assert.deepEqual(shown, [...shown].sort().reverse(), 'newest first, page after page');
    pages.forEach((p, i) => assert.deepEqual([p.prevUrl, p.nextUrl], [pages[i - 1]?.url ?? null, pages[i + 1]?.url ?? null]));
    const last = pages[pages.length - 1]!;
    assert.match(last.pageLabel!, /^01\/01\/2024 – \d\d\/\d\d\/2024$/, 'the pager names the dates a page spans');
    assert.equal(last.title, `Hãng tin: TTXVN (${last.pageLabel})`);
  });

  it('changes only the pages around an article added, wherever its date falls', () => {
    const before = agencyPages(120);
    const newest = changed(before, agencyPages(120, [120]));
    assert.ok(newest.length <= 3 && newest.includes('/hang-tin/ttxvn/'), `a newest article: ${newest.join(' ')}`);
    const after = agencyPages(120, [60]);
    const middle = changed(before, after);
    assert.ok(middle.length <= 5, `an article of mid-March changed ${middle.length} of ${before.size} pages`);
    // The newest page changes in its count of articles per month alone.
    const volume = /<figure class="volume">[^]*?<\/figure>/;
    const first = (pages: typeof before) => pages.get('/hang-tin/ttxvn/')!.html;
    assert.match(first(before), volume);
    assert.notEqual(first(after).match(volume)![0], first(before).match(volume)![0]);
    assert.equal(first(after).replace(volume, ''), first(before).replace(volume, ''), 'the newest page lists the same articles');
  });
});

describe('site: a person\'s pages stay as they are while their quotes grow', () => {
  const site = { title: config.title, description: config.description, baseUrl: config.baseUrl, pathPrefix: config.pathPrefix };
  /** One article a day from 1 January 2024, each quoting the same minister. */
  const personPages = (count: number) => pagesOf(count, 'person');
  /** The pages of one kind of a model of `count` articles, one a day, each quoting the same minister. */
  const pagesOf = (count: number, kind: string) => {
    const rendered = Array.from({ length: count }, (_, i) => {
      const day = new Date(Date.UTC(2024, 0, 1 + i));
      const text = [`Bộ trưởng phát biểu về hợp tác khu vực lần ${i + 1}`, `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/2024 09:00`, '',
        `Bộ trưởng Ngoại giao Bùi Thanh Sơn nói: "Việt Nam luôn ủng hộ đối thoại và hợp tác vì hòa bình trong khu vực, lần thứ ${i + 1}."`].join('\n');
      return render(extractText(`b${String(i).padStart(3, '0')}.txt`, text), `b${i}`);
    });
    const m = buildModel(rendered, { ...config, perPage: 20, homePages: 1 });
    return new Map(m.pages.filter((p) => p.kind === kind).map((p) => [p.url, { page: p, html: listPageHtml(site, p, m) }]));
  };

  it('shows posts and counts on the first page alone, and a new quote changes that page and the last', () => {
    const before = personPages(4 * QUOTES_PER_PAGE);
    const pages = [...before.values()];
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    assert.equal(pages.flatMap((p) => p.page.quotes).length, 4 * QUOTES_PER_PAGE);
    assert.match(pages[0]!.html, new RegExp(`${4 * QUOTES_PER_PAGE} phát ngôn`));
    for (const { html } of pages.slice(1)) {
      assert.doesNotMatch(html, /phát ngôn\./);
      assert.match(html, /<a href="\/nhan-vat\/bui-thanh-son\/">Về trang đầu của Bùi Thanh Sơn<\/a>/);
    }
    const after = personPages(4 * QUOTES_PER_PAGE + 1);
    const changed = [...after.keys()].filter((url) => before.get(url)?.html !== after.get(url)!.html);
    assert.ok(changed.includes('/nhan-vat/bui-thanh-son/') && changed.length <= 3, changed.join(' '));
    assert.ok(!changed.includes([...before.keys()][1]!), 'the second page, of older quotes, stays');
  });

  it('lists every quote of the archive once, newest first, with its speaker, in pages that stay', () => {
    const before = pagesOf(3 * QUOTES_PER_PAGE, 'quotes');
    const pages = [...before.values()];
    assert.equal(pages[0]!.page.url, '/phat-ngon/');
    const quotes = pages.flatMap((p) => p.page.quotes);
    assert.equal(quotes.length, 3 * QUOTES_PER_PAGE);
    const dates = quotes.map((q) => q.date!);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first, page after page');
    assert.ok(quotes.every((q) => q.speaker?.name === 'Bùi Thanh Sơn' && q.speaker.url === '/nhan-vat/bui-thanh-son/'));
    assert.match(pages[0]!.html, /<p class="meta"><a href="\/nhan-vat\/bui-thanh-son\/">Bùi Thanh Sơn<\/a> – Bộ trưởng Ngoại giao · <a href="\/bai-viet\/[^"]+\/">\d{2}\/\d{2}\/2024<\/a><\/p>/);
    const after = pagesOf(3 * QUOTES_PER_PAGE + 1, 'quotes');
    const changed = [...after.keys()].filter((url) => before.get(url)?.html !== after.get(url)!.html);
    assert.ok(changed.includes('/phat-ngon/') && changed.length <= 2, changed.join(' '));
  });

  it('names each quote of a list apart, even where one article\'s slug is another\'s with a number ("…-doi", "…-doi-2")', () => {
    const names = ['noi-lai-doi', 'noi-lai-doi-2', 'noi-lai-doi-3'].flatMap((slug) => [1, 2, 3].map((n) => quoteName(slug, n)));
    assert.equal(new Set(names).size, names.length, names.join(' '));
    assert.equal(quoteName('noi-lai-doi', 1), 'noi-lai-doi', 'a first quote is named by its article alone');
  });
});
