import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import config from '../../site.config.ts';
import { build } from '../../src/pipeline.ts';
import { tempDir } from '../temp.ts';
import { axeViolations, launch, serve, type Served } from './harness.ts';

/** A quote as the site's data file lists it (/du-lieu/phat-ngon.jsonl.gz), the oracle of these tests. */
interface Said { speaker: string; speaker_title: string | null; quote: string; date: string | null; article_url: string }

/** Quotes as search results of their own, on the seeds, in headless Chromium. */
describe('browser: quotes in search', () => {
  let site: Served;
  let browser: Browser;
  let said: Said[];
  let outletOf: Map<string, string | null>;
  const errors: string[] = [];

  before(async () => {
    const out = join(await tempDir('quotes-'), '_site');
    await build({ config, outputDir: out });
    const lines = async (file: string) => gunzipSync(await readFile(join(out, 'du-lieu', file))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
    said = (await lines('phat-ngon.jsonl.gz')) as Said[];
    outletOf = new Map(((await lines('bai-viet.jsonl.gz')) as { url: string; outlet: string | null }[]).map((a) => [a.url, a.outlet]));
    site = await serve(out);
    browser = await launch();
  });
  after(async () => { await browser?.close(); await site?.close(); });

  async function open(path: string): Promise<Page> {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${path}: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    await page.goto(site.url + path.replace(/^\//, ''));
    return page;
  }

  /** Every result shown, once the engine has answered and each result has loaded. */
  async function results(page: Page): Promise<{ title: string; excerpt: string; href: string }[]> {
    await page.waitForFunction(() => {
      const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      if (!message || /Đang tìm/.test(message)) return false;
      const titles = [...document.querySelectorAll('.pagefind-ui__result-title')].map((e) => e.textContent?.trim() ?? '');
      return titles.every((t) => t && !/^[.\s]+$/.test(t));
    }, undefined, { timeout: 15_000 });
    return page.$$eval('.pagefind-ui__result', (els) => els.map((e) => ({
      title: e.querySelector('.pagefind-ui__result-title')?.textContent?.trim() ?? '',
      excerpt: e.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '',
      href: e.querySelector('a')?.getAttribute('href') ?? '',
    })));
  }

  /** How many results the search found, as its message says. */
  const count = async (page: Page) => Number(/^(\d+) kết quả/.exec((await page.textContent('.pagefind-ui__message')) ?? '')?.[1] ?? NaN);

  /**
   * The quotes a search of one unfinished word finds: those whose words, speaker, post or outlet
   * (all that a quote's document holds, metadata included) hold a word beginning with it, marks
   * ignored as a query typed without marks ignores them.
   */
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const typed = (start: string) => said.filter((s) => fold(`${s.quote} ${s.speaker} ${s.speaker_title ?? ''} ${outletOf.get(s.article_url) ?? ''}`).split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(start)));

  /** The quotes of the data file that hold a word whole in their words, speaker or post, whatever its case. */
  const holding = (word: string) => said.filter((s) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(`${s.quote} ${s.speaker} ${s.speaker_title ?? ''}`));
  const pathOf = (url: string) => new URL(url).pathname;

  it('the box on /phat-ngon/ searches the quotes: each result is one quote, titled by its speaker, leading to its article', async () => {
    const word = 'Washington';
    const expected = holding(word);
    assert.ok(expected.length > 5, `more quotes on ${word} than the first page of results shows: ${expected.length}`);
    const page = await open('/phat-ngon/');
    await page.fill('#q-quotes', word);
    await page.click('.quote-search button');
    await page.waitForURL(/\/tim-kiem\/\?loai=phat-ngon&q=Washington$/);
    await results(page);
    await page.click('.pagefind-ui__button');
    await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result').length === n, expected.length, { timeout: 15_000 });
    const found = await results(page);
    assert.equal(await page.isChecked('#loai-phat-ngon'), true, 'the page says what it searches');
    assert.equal(found.length, expected.length, found.map((f) => f.title).join(' | '));
    for (const f of found) {
      const [path, fragment] = f.href.split('#:~:text=');
      const quote = expected.find((s) => pathOf(s.article_url) === path && f.title.startsWith(s.speaker) && f.excerpt.replace(/\s+/g, ' ').includes(s.quote.split(/\s+/).slice(0, 3).join(' ')));
      assert.ok(quote, `a result is one of the quotes, titled by its speaker: ${f.title}: ${f.excerpt}`);
      assert.ok(quote.quote.startsWith(decodeURIComponent(fragment!).split(' ')[0]!), 'the link marks the quote on its article');
    }
    await page.close();
  });

  it('a link to a person\'s quotes lists them all, newest first when sorted, and the person page links there', async () => {
    const person = await open('/nhan-vat/sergey-lavrov/');
    const link = await person.getAttribute('a:text("Tìm trong phát ngôn của Sergey Lavrov")', 'href');
    await person.close();
    assert.equal(link, `/tim-kiem/?loai=phat-ngon&${encodeURIComponent('Nhân vật')}=${encodeURIComponent('Sergey Lavrov')}`);
    const his = said.filter((s) => s.speaker === 'Sergey Lavrov');
    assert.ok(his.length >= 2);
    const page = await open(`${link!.slice(1)}&sort=ngay`);
    await page.waitForSelector('#filtered li a', { timeout: 15_000 });
    assert.equal(await page.textContent('#filtered .pagefind-ui__message'), `${his.length} phát ngôn — Nhân vật: Sergey Lavrov`);
    const links = await page.$$eval('#filtered li a', (els) => els.map((e) => e.getAttribute('href') ?? ''));
    assert.deepEqual(links.map((l) => l.split('#')[0]), [...his].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map((s) => pathOf(s.article_url)));
    await page.close();
  });

  it('the reader switches from articles to quotes with the query kept; a filter narrows quotes by outlet or month; the back button goes back', async () => {
    const page = await open('/tim-kiem/?q=Nga');
    const articles = await results(page);
    await page.check('#loai-phat-ngon');
    await page.waitForURL(/loai=phat-ngon/);
    await page.waitForFunction(() => document.querySelector('.pagefind-ui__result-title')?.textContent?.includes('–'), undefined, { timeout: 15_000 });
    await results(page);
    assert.equal(await page.inputValue('#search input[type="text"], #search input[type="search"]'), 'Nga', 'the query stays');
    const nga = typed('nga');
    assert.equal(await count(page), nga.length, 'every quote whose words, speaker, post or outlet hold a word that begins "nga", marks or none');
    await page.click('#bo-loc');
    await page.waitForSelector('.pagefind-ui__filter-panel');
    await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__filter-name').length >= 3, undefined, { timeout: 15_000 });
    const groups = await page.$$eval('.pagefind-ui__filter-name', (els) => els.map((e) => e.textContent?.trim() ?? ''));
    for (const g of ['Nguồn', 'Nhân vật', 'Tháng']) assert.ok(groups.some((n) => n.startsWith(g)), `a "${g}" filter: ${groups.join(', ')}`);
    await page.click('.pagefind-ui__filter-name:has-text("Nguồn")');
    await page.click('label:has-text("Kinh tế & Đô thị")');
    const inOutlet = nga.filter((q) => outletOf.get(q.article_url) === 'Kinh tế & Đô thị').length;
    assert.ok(inOutlet > 0 && inOutlet < nga.length);
    await page.waitForFunction((n) => new RegExp(`^${n} kết quả`).test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''), inOutlet, { timeout: 15_000 });
    // The tick is a step back, and so is the switch to quotes.
    await page.goBack();
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('loai'));
    assert.equal(await page.isChecked('#loai-bai-viet'), true);
    await page.waitForFunction(() => !document.querySelector('.pagefind-ui__result-title')?.textContent?.includes('–'), undefined, { timeout: 15_000 });
    assert.deepEqual((await results(page)).map((f) => f.href).sort(), articles.map((f) => f.href).sort(), 'back to the articles');
    await page.close();

    const month = await open(`/tim-kiem/?loai=phat-ngon&q=Nga&${encodeURIComponent('Tháng')}=${encodeURIComponent('Tháng 1/2022')}`);
    await results(month);
    const inMonth = nga.filter((q) => q.date?.startsWith('2022-01')).length;
    assert.ok(inMonth > 0 && inMonth < nga.length);
    assert.equal(await count(month), inMonth);
    await month.close();
  });

  it('the quotes page and the search of quotes have no axe violations', async () => {
    for (const path of ['/phat-ngon/', '/tim-kiem/?loai=phat-ngon&q=Nga']) {
      const page = await open(path);
      if (path.includes('q=')) await results(page);
      assert.deepEqual(await axeViolations(page), [], path);
      await page.close();
    }
  });

  it('no console errors on the way', () => {
    assert.deepEqual(errors, []);
  });
});
