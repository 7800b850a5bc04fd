import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seedsSite, type Served } from './harness.ts';

/** Search in headless Chromium against the built seeds, served on localhost. */
describe('browser: search', () => {
  let site: Served;
  let browser: Browser;
  const errors: string[] = [];

  let close: () => Promise<void>;
  before(async () => ({ site, browser, close } = await seedsSite()));
  after(async () => { await close?.(); });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${path}: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    await page.goto(site.url + path.replace(/^\//, ''));
    return page;
  }
  async function results(page: Page): Promise<{ title: string; excerpt: string; href: string }[]> {
    await page.waitForSelector('.pagefind-ui__message', { timeout: 15_000 });
    // Results render as placeholders (". . .") until their fragments load: wait for all of them.
    await page.waitForFunction(() => {
      const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      if (/Đang tìm/.test(message)) return false;
      const titles = [...document.querySelectorAll('.pagefind-ui__result-title')].map((e) => e.textContent?.trim() ?? '');
      const links = [...document.querySelectorAll('.pagefind-ui__result a')];
      return titles.every((t) => t && !/^[.\s]+$/.test(t)) && links.every((a) => a.getAttribute('href'));
    }, undefined, { timeout: 15_000 });
    return page.$$eval('.pagefind-ui__result', (els) => els.map((e) => ({
      title: e.querySelector('.pagefind-ui__result-title')?.textContent?.trim() ?? '',
      excerpt: e.querySelector('.pagefind-ui__result-excerpt')?.innerHTML ?? '',
      href: e.querySelector('a')?.getAttribute('href') ?? '',
    })));
  }

  it('a diacritic-free query finds the right seeds, with excerpts in real Vietnamese', async () => {
    const page = await open('/tim-kiem/?q=dam%20phan');
    const found = await results(page);
    assert.ok(found.length >= 3, JSON.stringify(found.map((f) => f.title)));
    assert.ok(found.some((f) => f.title === 'Nỗ lực giảm căng thẳng, Nga-Mỹ sẽ đàm phán về vấn đề Ukraine'));
    assert.ok(found.every((f) => !/\u0335/.test(f.excerpt + f.title)), 'no folding marks reach the reader');
    assert.ok(found.some((f) => /<mark>đàm<\/mark>/.test(f.excerpt)), 'the highlight shows the real word');
    await page.close();
  });

  it('"d" finds "đ", a title with a name, and NFD input works like NFC', async () => {
    for (const q of ['ngoai truong lavrov', 'doi thoai an ninh', 'Đối thoại an ninh'.normalize('NFD')]) {
      const page = await open(`/tim-kiem/?q=${encodeURIComponent(q)}`);
      const found = await results(page);
      assert.ok(found.length >= 1, q);
      if (q.startsWith('doi') || q.startsWith('Đ'.normalize('NFD').slice(0, 1))) assert.equal(found[0]!.title, 'Đối thoại an ninh Nga - NATO diễn ra vào 12/1', q);
      await page.close();
    }
  });

  it('a typed diacritic match ranks above a folded one', async () => {
    const page = await open(`/tim-kiem/?q=${encodeURIComponent('đàm phán')}`);
    const found = await results(page);
    assert.ok(found.length >= 3);
    assert.ok(/<mark>đàm<\/mark>/.test(found[0]!.excerpt));
    await page.close();
  });

  it('the search page shows one search box, with the query in it', async () => {
    const page = await open('/tim-kiem/?q=nga');
    await results(page);
    const boxes = await page.$$eval('input[type="text"], input[type="search"]', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLInputElement).value));
    assert.deepEqual(boxes, ['nga']);
    await page.close();
  });

  it('a query typed with marks matches those marks exactly; one without matches any', async () => {
    const marked = await open(`/tim-kiem/?q=${encodeURIComponent('phản ứng')}`);
    const exact = await results(marked);
    await marked.close();
    const marks = (f: { excerpt: string }[]) => f.flatMap((r) => [...r.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}]/gu, '')));
    assert.ok(exact.length >= 1);
    assert.deepEqual([...new Set(marks(exact))].sort(), ['phản', 'ứng'], 'no "phán", "phần" or "ủng"');
    const bare = await open('/tim-kiem/?q=phan%20ung');
    const any = await results(bare);
    await bare.close();
    assert.ok(any.length > exact.length, 'without marks, every spelling counts');
    assert.deepEqual(any.slice(0, exact.length).map((f) => f.href).sort(), exact.map((f) => f.href).sort(), 'the words side by side come first');
  });

  it('a word no article holds finds nothing, not articles sharing its first letters ("Hà Nội", "Lavrof")', async () => {
    for (const q of ['Hà Nội', 'Lavrof']) {
      const page = await open(`/tim-kiem/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => /Không tìm thấy/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''), undefined, { timeout: 15_000 });
      assert.equal(await page.locator('.pagefind-ui__result').count(), 0, q);
      await page.close();
    }
  });

  it('a misspelt name gets a "did you mean" with the name the archive knows, on the search page and in the header', async () => {
    const page = await open(`/tim-kiem/?q=${encodeURIComponent('Stoltenbreg')}`);
    await page.waitForSelector('#goi-y a', { timeout: 15_000 });
    assert.match((await page.textContent('#goi-y')) ?? '', /Có phải bạn muốn tìm Stoltenberg\?/);
    await page.click('#goi-y a');
    const found = await results(page);
    assert.ok(found.length >= 1 && found.every((f) => /Stoltenberg/.test(f.excerpt + f.title)), 'the suggestion finds the name');
    assert.equal(new URL(page.url()).searchParams.get('q'), 'Stoltenberg');
    await page.close();
    const home = await open('/');
    await home.fill('#q-header', 'Lavrof');
    await home.waitForSelector('#goi-y a', { timeout: 15_000 });
    assert.equal(await home.textContent('#goi-y a'), 'Lavrov');
    await home.fill('#q-header', 'Lavrov');
    await home.waitForSelector('#goi-y', { state: 'detached', timeout: 15_000 });
    await home.close();
  });

  it('a filter in the URL narrows the results, until the reader closes the filters', async () => {
    const all = await results(await open('/tim-kiem/?q=nga&sort=ngay'));
    const page = await open(`/tim-kiem/?q=nga&sort=ngay&${encodeURIComponent('Nguồn')}=${encodeURIComponent('Kinh tế & Đô thị')}`);
    const narrowed = await results(page);
    assert.ok(all.length > narrowed.length && narrowed.length === 1, `${all.length} -> ${narrowed.length}`);
    assert.equal(await page.getAttribute('#bo-loc', 'aria-expanded'), 'true');
    await page.click('#bo-loc');
    await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result').length === n, all.length);
    assert.equal(new URL(page.url()).search, '?q=nga&sort=ngay', 'the page link no longer carries the filter');
    await page.close();
  });

  it('filter data loads only when the reader opens the filters, which then narrow the results', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => errors.push(`filters: ${e.message}`));
    await page.goto(`${site.url}tim-kiem/?q=nga`);
    const all = await results(page);
    assert.ok(all.length >= 3);
    assert.equal(await page.$('.pagefind-ui__filter-panel'), null, 'no filter panel before it is asked for');
    assert.deepEqual(fetched.filter((p) => /\/pagefind\/[^/]+\/filter\//.test(p)), [], 'no filter data before it is asked for');

    await page.click('#bo-loc');
    await page.waitForSelector('.pagefind-ui__filter-panel');
    assert.equal(await page.getAttribute('#bo-loc', 'aria-expanded'), 'true');
    assert.ok(fetched.some((p) => /\/pagefind\/[^/]+\/filter\//.test(p)));
    const names = await page.$$eval('.pagefind-ui__filter-name', (e) => e.map((x) => x.textContent?.trim() ?? ''));
    for (const name of ['Nguồn', 'Hãng tin', 'Nhân vật', 'Tháng']) assert.ok(names.some((n) => n.startsWith(name)), `${name} in ${names}`);
    await page.click('.pagefind-ui__filter-name:has-text("Nguồn")');
    await page.click('label:has-text("Kinh tế & Đô thị")');
    await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result').length < n, all.length);
    const narrowed = await results(page);
    assert.equal(narrowed.length, 1);

    await page.click('#bo-loc');
    await page.waitForFunction(() => !document.querySelector('.pagefind-ui__filter-panel') && document.querySelector('#bo-loc')?.getAttribute('aria-expanded') === 'false');
    assert.equal((await results(page)).length, all.length, 'closing the filters shows every result again');
    await page.close();
  });

  it('a ticked filter goes in the address: a reload keeps it, the back button takes it off', async () => {
    const page = await open('/tim-kiem/?q=nga');
    const all = await results(page);
    await page.click('#bo-loc');
    await page.waitForSelector('.pagefind-ui__filter-panel');
    await page.click('.pagefind-ui__filter-name:has-text("Nguồn")');
    await page.click('label:has-text("Kinh tế & Đô thị")');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('Nguồn') === 'Kinh tế & Đô thị');
    assert.equal(new URL(page.url()).searchParams.get('q'), 'nga');
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result').length === 1, undefined, { timeout: 15_000 });
    assert.equal((await results(page)).length, 1, 'the reload shows the filtered results');
    assert.ok(await page.isChecked('input.pagefind-ui__filter-checkbox:checked'), 'with the box ticked');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('Nguồn'));
    await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result').length === n, all.length, { timeout: 15_000 });
    await page.close();
  });

  it('every filter group is there after "Lọc theo…", on each of 20 fresh loads', async () => {
    for (let load = 0; load < 20; load++) {
      const page = await open('/tim-kiem/?q=nga');
      await results(page);
      await page.click('#bo-loc');
      await page.waitForSelector('.pagefind-ui__filter-panel');
      await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__filter-name').length >= 4, undefined, { timeout: 15_000 });
      const names = await page.$$eval('.pagefind-ui__filter-name', (e) => e.map((x) => x.textContent?.trim() ?? ''));
      for (const name of ['Nguồn', 'Hãng tin', 'Nhân vật', 'Tháng']) assert.ok(names.some((n) => n.startsWith(name)), `load ${load + 1}: ${name} in ${names}`);
      await page.close();
    }
  });

  it('sorting by date puts the newest first, undated articles last', async () => {
    const page = await open('/tim-kiem/?q=nga&sort=ngay');
    const found = await results(page);
    assert.equal(found.length, (await results(await open('/tim-kiem/?q=nga'))).length, 'sorting drops no result');
    const dates: string[] = [];
    for (const f of found) {
      const p = await browser.newPage();
      await p.goto(new URL(f.href, site.url).href);
      dates.push(await p.$eval('article', (a) => a.querySelector('.meta time')?.getAttribute('datetime') ?? ''));
      await p.close();
    }
    const dated = dates.filter(Boolean);
    assert.ok(dated.length >= 3 && dated.length < dates.length, 'the seeds include an undated article');
    assert.deepEqual(dates, [...dated].sort().reverse().concat(dates.filter((d) => !d)));
    await page.close();
  });

  it('typing into the box of any page shows results as the reader types, in that one box', async () => {
    const page = await open('/');
    await page.click('#q-header');
    await page.keyboard.type('lavrov');
    const found = await results(page);
    assert.ok(found.length >= 3);
    assert.equal(await page.inputValue('#q-header'), 'lavrov', 'every typed letter stays in the header box');
    const boxes = await page.$$eval('header input', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    assert.equal(boxes, 1, 'one search box shows');
    // It leads on to the search page, with the filters, for the same query; Enter goes there too.
    assert.equal(await page.getAttribute('.search-more a', 'href'), '/tim-kiem/?q=lavrov');
    await Promise.all([page.waitForURL(/tim-kiem\/\?q=lavrov/), page.press('#q-header', 'Enter')]);
    assert.ok((await results(page)).length >= 3);
    await page.close();
  });

  it('a query typed word by word, pausing between words, finds what the same query pasted finds', async () => {
    const query = 'đàm phán an ninh';
    const pasted = await open(`/tim-kiem/?q=${encodeURIComponent(query)}`);
    const expected = (await results(pasted)).map((r) => r.href);
    await pasted.close();
    assert.ok(expected.length >= 1);
    // Each pause lets a search of the words so far start, and the words finished so far be held
    // whole; the next word makes that search stale.
    const typed = await open('/tim-kiem/');
    const box = '#search input[type="text"], #search input[type="search"]';
    await typed.click(box);
    for (const word of query.split(' ')) {
      await typed.keyboard.type(`${word} `, { delay: 30 });
      await typed.waitForTimeout(250);
    }
    await typed.keyboard.press('Backspace');
    await typed.waitForFunction((q) => (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(q), query, { timeout: 15_000 });
    assert.deepEqual((await results(typed)).map((r) => r.href), expected);
    await typed.close();
  });

  it('keeps the query in the address: a reload keeps it, the back button returns to the one before', async () => {
    const page = await open('/tim-kiem/');
    const box = '#search input[type="text"], #search input[type="search"]';
    await page.waitForSelector(box);
    await page.fill(box, 'lavrov');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'lavrov');
    await page.waitForTimeout(1300);
    await page.fill(box, 'nato');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'nato');
    await page.waitForTimeout(1300);
    await page.reload();
    assert.equal(await page.inputValue(box), 'nato');
    assert.ok((await results(page)).length >= 1);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'lavrov');
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value === 'lavrov', box);
    assert.ok((await results(page)).length >= 3);
    await page.close();
  });

  it('a period narrows the results to its months, goes in the address, survives a reload and is undone by the back button', async () => {
    const page = await open('/tim-kiem/?q=nga');
    const all = await results(page);
    await page.fill('#tu-thang', '2022-01');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tu') === '2022-01');
    await page.waitForFunction((n) => {
      const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      return !/Đang tìm/.test(message) && document.querySelectorAll('.pagefind-ui__result').length < n;
    }, all.length, { timeout: 15_000 });
    const within = await results(page);
    const monthOf = async (href: string) => {
      const p = await browser.newPage();
      await p.goto(new URL(href, site.url).href);
      const date = await p.$eval('article', (a) => a.querySelector('.meta time')?.getAttribute('datetime') ?? '');
      await p.close();
      return date.slice(0, 7);
    };
    const months = await Promise.all(within.map((f) => monthOf(f.href)));
    assert.ok(within.length >= 1 && months.every((m) => m >= '2022-01'), JSON.stringify(months));
    const outside = await Promise.all(all.filter((f) => !within.some((w) => w.href === f.href)).map((f) => monthOf(f.href)));
    assert.ok(outside.length >= 1 && outside.every((m) => m === '' || m < '2022-01'), `left out: ${JSON.stringify(outside)}`);

    await page.reload();
    assert.deepEqual((await results(page)).map((f) => f.href).sort(), within.map((f) => f.href).sort(), 'the reload keeps the period');
    assert.equal(await page.inputValue('#tu-thang'), '2022-01');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('tu'));
    await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result').length === n, all.length, { timeout: 15_000 });
    assert.equal(await page.inputValue('#tu-thang'), '');
    await page.close();
  });

  it('a period alone lists its articles, newest first when sorted by date', async () => {
    const page = await open('/tim-kiem/?sort=ngay&tu=2021-12&den=2021-12');
    await page.waitForSelector('#filtered li a', { timeout: 15_000 });
    assert.match((await page.textContent('#filtered .pagefind-ui__message')) ?? '', /^2 bài — từ tháng 12\/2021 đến tháng 12\/2021$/);
    await page.close();
  });

  it('a link that only filters lists the articles it names', async () => {
    const page = await open(`/tim-kiem/?${encodeURIComponent('Nhân vật')}=${encodeURIComponent('Sergey Lavrov')}`);
    await page.waitForSelector('#filtered li a', { timeout: 15_000 });
    const items = await page.$$eval('#filtered li a', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(items.length >= 2, items.join(' | '));
    assert.match((await page.textContent('#filtered .pagefind-ui__message')) ?? '', /Sergey Lavrov/);
    await page.close();
  });

  it('a person page links to the search prefiltered to that person', async () => {
    const person = await open('/nhan-vat/kamala-harris/');
    const link = await person.getAttribute('a[href*="tim-kiem"]', 'href');
    await person.close();
    const page = await open(`${link!.replace(/^\//, '')}&q=nga`);
    const found = await results(page);
    assert.deepEqual(found.map((f) => f.title), ['Đối thoại an ninh Nga - NATO diễn ra vào 12/1']);
    await page.close();
  });

  it('no console errors on the way', () => {
    assert.deepEqual(errors, []);
  });
});
