import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { invalidFeeds } from '../site/atom.ts';
import { tempDir } from '../temp.ts';
import { axeViolations, seedsSite, type Served } from './harness.ts';


const PAGES = {
  home: '/',
  article: '/bai-viet/no-luc-giam-cang-thang-nga-my-se-dam-phan-ve-van-de-ukraine/',
  person: '/nhan-vat/sergey-lavrov/',
  list: '/nguon/kinh-te-va-do-thi/',
  agency: '/hang-tin/reuters/',
  data: '/du-lieu/',
  quotes: '/phat-ngon/',
  month: '/thang/2021-12/',
  people: '/nhan-vat/',
  search: '/tim-kiem/',
  report: '/bao-cao/',
  notFound: '/khong-co-trang-nay/',
};

describe('browser: pages are accessible and fit every screen', () => {
  let site: Served;
  let browser: Browser;
  let close: () => Promise<void>;
  before(async () => ({ site, browser, close } = await seedsSite()));
  after(async () => { await close?.(); });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(PAGES)) {
      it(`${name} has no axe violations (${scheme})`, async () => {
        // axe is injected from outside the page: the site's CSP rightly forbids inline script.
        const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(site.url + path.slice(1));
        if (name === 'search') await page.waitForSelector('.pagefind-ui__search-input[aria-label]');
        assert.deepEqual(await axeViolations(page), []);
        await context.close();
      });
    }

    it(`search with results and its filters open has no axe violations (${scheme})`, async () => {
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${site.url}tim-kiem/?q=nga`);
      await page.waitForSelector('.pagefind-ui__result-title');
      await page.click('#bo-loc');
      await page.waitForSelector('.pagefind-ui__filter-panel');
      await page.waitForSelector('.pagefind-ui__result-title');
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });

    it(`the quick search open on a page has no axe violations (${scheme})`, async () => {
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(site.url);
      await page.click('#q-header');
      await page.keyboard.type('lavrov');
      await page.waitForSelector('.pagefind-ui__result-title');
      await page.waitForSelector('.search-more a');
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }

  for (const width of [375, 1280]) {
    for (const name of ['home', 'article'] as const) {
      it(`${name} fits ${width} px without sideways scrolling`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(site.url + PAGES[name].slice(1));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${overflow}px wider than the screen`);
        const png = await page.screenshot({ fullPage: false });
        assert.equal(png.subarray(1, 4).toString(), 'PNG');
        // The headline is on screen, not pushed away by the header.
        const h1 = await page.locator('h1').first().boundingBox();
        assert.ok(h1 && h1.y < 900 && h1.x >= 0 && h1.x + h1.width <= width);
        if (name === 'home') {
          // The timeline's dates stay readable on a phone: text of the page, not scaled with the drawing.
          const size = await page.$eval('.timeline-axis span', (e) => parseFloat(getComputedStyle(e).fontSize));
          assert.ok(size >= 12, `timeline dates at ${size}px`);
        }
        await page.close();
      });
    }
  }

  it('the feed and the sitemap parse as XML a feed reader accepts', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    // Passed as text: the test runner's transform would otherwise wrap named functions in a helper the page lacks.
    const checked = await page.evaluate(`(async () => {
      const parse = async (path) => new DOMParser().parseFromString(await (await fetch(path)).text(), 'application/xml');
      const feed = await parse('/feed.xml');
      const sitemap = await parse('/sitemap.xml');
      return {
        errors: feed.getElementsByTagName('parsererror').length + sitemap.getElementsByTagName('parsererror').length,
        feedRoot: feed.documentElement.namespaceURI,
        entries: [...feed.getElementsByTagName('entry')].map((e) => [e.getElementsByTagName('title')[0]?.textContent, e.getElementsByTagName('updated')[0]?.textContent]),
        urls: sitemap.getElementsByTagName('url').length,
      };
    })()`) as { errors: number; feedRoot: string; entries: [string, string][]; urls: number };
    assert.equal(checked.errors, 0);
    assert.equal(checked.feedRoot, 'http://www.w3.org/2005/Atom');
    assert.ok(checked.entries.length === 4 && checked.entries.every(([t, u]) => t && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/.test(u ?? '')), JSON.stringify(checked.entries));
    assert.ok(checked.urls >= 5 + 5);
    await page.close();
  });

  it('a reader subscribes from an outlet, an agency or a person: the feed found is valid Atom of that list', async () => {
    const page = await browser.newPage();
    const dir = await tempDir('feeds-');
    for (const path of [PAGES.list, PAGES.agency, PAGES.person]) {
      await page.goto(site.url + path);
      const linked = await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
      const visible = page.locator('a.feed');
      await visible.waitFor();
      const href = await visible.getAttribute('href');
      assert.deepEqual(linked, ['/feed.xml', href], path);
      assert.equal(href, `${path}feed.xml`);
      const response = (await page.goto(site.url + href))!;
      assert.equal(response.status(), 200);
      const file = join(dir, `${path.replace(/\W+/g, '-')}.xml`);
      await writeFile(file, await response.body());
      assert.deepEqual(invalidFeeds([file]), [], path);
      assert.match(await readFile(file, 'utf8'), new RegExp(`<link rel="alternate" type="text/html" href="[^"]*${path}"/>`));
    }
    await page.close();
  });

  it('a person page shows their quotes oldest first; the quotes page shows everyone\'s, newest first', async () => {
    const page = await browser.newPage();
    /** The quotes' dates as "2022-01-14", in the order shown. */
    const shownDates = () => page.$$eval('ol.quotes > li .meta', (ms) => ms.map((m) => {
      const d = /(\d{2})\/(\d{2})\/(\d{4})/.exec(m.textContent ?? '');
      return d ? `${d[3]}-${d[2]}-${d[1]}` : '';
    }));
    await page.goto(site.url + PAGES.person);
    const shown = await shownDates();
    const mine = shown.filter(Boolean);
    assert.ok(mine.length >= 2, JSON.stringify(shown));
    assert.deepEqual(shown, [...mine.sort(), ...shown.filter((d) => !d)], 'dated quotes oldest first, undated last');
    await page.goto(site.url + PAGES.quotes);
    const all = (await shownDates()).filter(Boolean);
    assert.ok(all.length > mine.length, `${all.length} quotes`);
    assert.deepEqual(all, [...all].sort().reverse());
    const speakers = await page.$$eval('ol.quotes > li .meta a[href^="/nhan-vat/"]', (as) => as.length);
    assert.equal(speakers, await page.locator('ol.quotes > li').count(), 'each quote names its speaker');
    await page.getByRole('link', { name: 'Phát ngôn' }).first().click();
    await page.waitForURL(/\/phat-ngon\/$/);
    await page.close();
  });

  it('shows an article\'s source file in Vietnamese from a host that sends .txt without a charset', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + PAGES.article.slice(1));
    const source = await page.getAttribute('a[href*="/nguon-goc/"]', 'href');
    await page.goto(new URL(source!, site.url).href);
    const text = (await page.textContent('body')) ?? '';
    assert.match(text, /[àáạảãâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/u);
    assert.doesNotMatch(text, /Ã|Ä|áº/, 'no mojibake');
    await page.close();
  });

  it('prints the article alone', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + PAGES.article.slice(1));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ['.site-header', '.site-footer', '.prevnext', '.article .body'].map((s) => getComputedStyle(document.querySelector(s)!).display !== 'none'));
    assert.deepEqual(shown, [false, false, false, true]);
    await page.close();
  });

  it('the 404 page is served for a missing page, and pages without search load no script but the box\'s', async () => {
    const page = await browser.newPage();
    const res = await page.goto(site.url + 'khong-co/');
    assert.equal(res?.status(), 404);
    assert.match(await page.locator('h1').innerText(), /Không tìm thấy/);
    const scripts = await page.$$eval('script[src]', (s) => s.map((x) => x.getAttribute('src')));
    assert.deepEqual(scripts, ['/assets/search.js']);
    await page.close();
  });
});
