import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { figures, loadQueries, relevanceSite, runQueries } from '../../scripts/relevance/measure.ts';
import { launch, serve, type Served } from './harness.ts';
import type { ShardList } from '../../src/index/index.ts';

type Site = Awaited<ReturnType<typeof relevanceSite>>;
interface Listing { urls: string[]; dates: string[]; filters: Record<string, Record<string, number>> }

/** One search through the site's engine (tim-kiem/pagefind.js) on a page of the served site. */
async function listing(page: Page, term: string | null, options: Record<string, unknown>): Promise<Listing> {
  await page.evaluate('globalThis.__name = (f) => f');
  return page.evaluate(async ({ term, options }) => {
    const base = new URL('.', document.querySelector<HTMLScriptElement>('script[data-pagefind-path]')!.src).href;
    const pf = await import(`${base}tim-kiem/pagefind.js`);
    pf.wantFilters(true);
    const found = await pf.search(term, options);
    const data = await Promise.all(found.results.map((r: { data(): Promise<{ url: string; meta: Record<string, string> }> }) => r.data()));
    return { urls: data.map((d) => d.url), dates: data.map((d) => d.meta['Ngày'] ?? ''), filters: found.filters };
  }, { term, options });
}

/** "15/03/2024" as "2024-03-15", for comparing; an undated result sorts last. */
const iso = (d: string) => (d ? d.split('/').reverse().join('-') : '0000');

/**
 * The same archive with its search index in the smallest shards (`searchShardArticles: 1`: a
 * shard per article) and in one shard for all dated
 * articles: a reader sees the same search either way, though most shards lack most words.
 */
describe('browser: search across index shards', () => {
  let sharded: Site;
  let whole: Site;
  let servedSharded: Served;
  let servedWhole: Served;
  let browser: Browser;
  let a: Page;
  let b: Page;
  before(async () => {
    [sharded, whole] = [await relevanceSite({ searchShardArticles: 1 }), await relevanceSite({ searchShardArticles: 100_000 })];
    [servedSharded, servedWhole] = [await serve(sharded.out), await serve(whole.out)];
    browser = await launch();
    [a, b] = [await browser.newPage(), await browser.newPage()];
    await a.goto(`${servedSharded.url}tim-kiem/`);
    await b.goto(`${servedWhole.url}tim-kiem/`);
  });
  after(async () => {
    await browser?.close();
    await servedSharded?.close();
    await servedWhole?.close();
    await sharded?.remove();
    await whole?.remove();
  });

  it('the sharded archive has a shard per article, named by its day, newest first, undated last', async () => {
    const shards = (JSON.parse(await readFile(join(sharded.out, 'pagefind', 'khoi.json'), 'utf8')) as ShardList).shards;
    assert.ok(shards.length >= 3 && shards.some((s) => /^\d{4}-\d{2}-\d{2}$/.test(s)), shards.join());
    assert.deepEqual(shards, [...shards.filter((s) => /^\d/.test(s))].sort().reverse().concat(shards.filter((s) => !/^\d/.test(s))));
    assert.equal(shards.at(-1), 'khong-ngay');
  });

  it('newest first lists every result by date across shards, as one index does', async () => {
    for (const [term, options] of [['nga', { sort: { ngay: 'desc' } }], [null, { sort: { ngay: 'desc' }, filters: { 'Nhân vật': 'Sergey Lavrov' } }], ['hội nghị', { sort: { ngay: 'asc' } }]] as const) {
      const [x, y] = [await listing(a, term, options), await listing(b, term, options)];
      assert.ok(x.urls.length >= 2, `${term}: ${x.urls.length} results`);
      assert.deepEqual([...x.urls].sort(), [...y.urls].sort(), `${term}: the same articles`);
      assert.deepEqual(x.dates.map(iso), y.dates.map(iso), `${term}: the same dates in the same order`);
      const sorted = [...x.dates.map(iso)].sort();
      assert.deepEqual(x.dates.map(iso), options.sort.ngay === 'desc' ? sorted.reverse() : sorted, `${term}: in date order`);
    }
  });

  it('filters count across every shard, and the shard filter stays hidden', async () => {
    const [x, y] = [await listing(a, 'nga', {}), await listing(b, 'nga', {})];
    assert.deepEqual([...x.urls].sort(), [...y.urls].sort());
    assert.deepEqual(x.filters, y.filters);
    assert.ok(!('khoi' in x.filters) && Object.keys(x.filters).length === 4, Object.keys(x.filters).join());
    const lavrov = await listing(a, 'nga', { filters: { 'Nhân vật': 'Sergey Lavrov' } });
    assert.ok(lavrov.urls.length >= 1 && lavrov.urls.length < x.urls.length);
  });

  it('a first search loads one engine for all shards: the WebAssembly once, each index chunk once', async () => {
    for (const q of ['Đàm phán', 'dam phan']) {
      const page = await browser.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(`${servedSharded.url}tim-kiem/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('.pagefind-ui__result', { timeout: 15_000 });
      await page.waitForTimeout(500);
      assert.equal(fetched.filter((p) => p.endsWith('.pagefind') && p.includes('/wasm.')).length, 1, `${q}: ${fetched.join(' ')}`);
      const chunks = fetched.filter((p) => /\/index\/[^/]+\.pf_index$/.test(p));
      assert.ok(chunks.length >= 3, q);
      assert.deepEqual(chunks, [...new Set(chunks)], `${q}: an index chunk fetched twice`);
      await page.close();
    }
  });

  it('relevance holds across shards', async () => {
    const ours = figures(await runQueries(a, await loadQueries(), 'site'));
    assert.ok(ours.precisionAt5 >= 0.95 && ours.meanReciprocalRank >= 0.95, JSON.stringify(ours));
  });
});

/**
 * The same archive with a first search reading the newest year only: the older years wait until
 * the reader asks for them or the newest finds nothing, and a filter's list reads every year.
 */
describe('browser: a first search of the newest shards', () => {
  let newest: Site;
  let whole: Site;
  let servedNewest: Served;
  let servedWhole: Served;
  let browser: Browser;
  before(async () => {
    [newest, whole] = [await relevanceSite({ searchShardArticles: 1, searchFirstArticles: 1 }), await relevanceSite({ searchShardArticles: 100_000 })];
    [servedNewest, servedWhole] = [await serve(newest.out), await serve(whole.out)];
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await servedNewest?.close();
    await servedWhole?.close();
    await newest?.remove();
    await whole?.remove();
  });

  /** The search page for a query: the shard folders it fetched from, and the results it shows. */
  async function searchPage(path: string) {
    const page = await browser.newPage();
    const fetched = new Set<string>();
    page.on('request', (r) => { const m = /\/pagefind\/([^/]+)\//.exec(new URL(r.url()).pathname); if (m) fetched.add(m[1]!); });
    await page.goto(`${servedNewest.url}${path}`);
    return { page, fetched, shown: () => shownResults(page) };
  }
  async function shownResults(page: Page): Promise<string[]> {
    const settled = () => page.waitForFunction(() => {
      const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      const links = [...document.querySelectorAll('.pagefind-ui__result a')];
      return /kết quả/.test(message) && !/Đang tìm/.test(message) && links.every((a) => a.getAttribute('href'));
    }, undefined, { timeout: 15_000 });
    const links = () => page.$$eval('.pagefind-ui__result a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    await settled();
    const first = await links();
    if (first.length) return first;
    // On a loaded machine this once read no results where the same run, unloaded, reads some: an
    // empty answer counts only when the page still shows it a second later.
    await page.waitForTimeout(1000);
    await settled();
    return links();
  }

  it('reads the newest shard alone and offers the older years, which the whole archive then adds', async () => {
    const shards = (JSON.parse(await readFile(join(newest.out, 'pagefind', 'khoi.json'), 'utf8')) as ShardList);
    assert.equal(shards.first, 1);
    assert.ok(shards.shards.length >= 3, shards.shards.join());
    const { page, fetched, shown } = await searchPage('tim-kiem/?q=nga');
    const recent = await shown();
    assert.ok(recent.length >= 1, 'the newest year has results');
    assert.deepEqual([...fetched], [shards.shards[0]], 'only the newest shard is read');
    const offer = page.locator('#pham-vi button');
    assert.match(await offer.textContent() ?? '', /^Tìm cả các bài năm \d{4}(–\d{4})?( và các bài không rõ ngày)?$/);
    const everywhere = await listing(await servedWholePage(), 'nga', {});
    assert.ok(everywhere.urls.length > recent.length, 'older years hold more');
    await offer.click();
    await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result').length > n, recent.length, { timeout: 15_000 });
    assert.equal(new URL(page.url()).searchParams.get('toan-bo'), '1');
    assert.equal(await page.locator('#pham-vi').count(), 0, 'nothing more to offer');
    // The choice is in the address: a reload searches the whole archive again.
    await page.reload();
    await shownResults(page);
    assert.ok((await page.locator('.pagefind-ui__result').count()) > recent.length);
    await page.close();
  });

  it('searches after the list of shards failed to load once', async () => {
    const page = await browser.newPage();
    let refused = 0;
    await page.route('**/pagefind/khoi.json', (route) => (refused++ ? route.continue() : route.abort()));
    await page.goto(`${servedNewest.url}tim-kiem/?q=nga`);
    assert.ok((await shownResults(page)).length >= 1, 'found, with the list asked for again');
    assert.equal(refused, 2, 'one request refused, one answered');
    await page.close();
  });

  it('the header\'s quick search offers the older years as a link to the search page', async () => {
    const page = await browser.newPage();
    await page.goto(servedNewest.url);
    await page.fill('#q-header', 'nga');
    const offer = page.locator('#pham-vi a');
    await offer.waitFor({ timeout: 15_000 });
    const url = new URL(await offer.getAttribute('href') ?? '', servedNewest.url);
    assert.equal(url.pathname, '/tim-kiem/');
    assert.deepEqual([url.searchParams.get('q'), url.searchParams.get('toan-bo')], ['nga', '1']);
    await page.close();
  });

  it('searches the older years at once when the newest find nothing, and lists a filter across every year', async () => {
    const { page, fetched, shown } = await searchPage('tim-kiem/?q=lavrov');
    const found = await shown();
    assert.ok(found.length >= 1, 'found in older years');
    assert.ok(fetched.size > 1, [...fetched].join());
    assert.equal(await page.locator('#pham-vi').count(), 0);
    await page.close();
    const [x, y] = [await listing(await newestPage(), null, { filters: { 'Nhân vật': 'Sergey Lavrov' } }), await listing(await servedWholePage(), null, { filters: { 'Nhân vật': 'Sergey Lavrov' } })];
    assert.ok(x.urls.length >= 2);
    assert.deepEqual([...x.urls].sort(), [...y.urls].sort());
  });

  it('a period reads the shards of its months alone, and finds what one index finds in those months', async () => {
    const shards = (JSON.parse(await readFile(join(newest.out, 'pagefind', 'khoi.json'), 'utf8')) as ShardList).shards;
    const dated = shards.filter((s) => /^\d{4}-\d{2}/.test(s));
    const month = dated[dated.length - 1]!.slice(0, 7);
    const label = `Tháng ${Number(month.slice(5))}/${month.slice(0, 4)}`;
    const expected = await listing(await servedWholePage(), 'nga', { filters: { 'Tháng': label } });
    assert.ok(expected.urls.length >= 1, `the whole index has articles of ${label}`);
    const { page, fetched, shown } = await searchPage(`tim-kiem/?q=nga&tu=${month}&den=${month}`);
    await shown();
    // What the page settles on: on a loaded machine the results once showed before all had come.
    await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result').length === n, expected.urls.length, { timeout: 15_000 }).catch(() => {});
    const found = await shown();
    assert.deepEqual([...found].sort(), [...expected.urls].sort());
    // The newest shard's folder holds the engine, and the shards of the month their indexes.
    const ofMonth = shards.filter((s) => s.startsWith(month) || (s.slice(11, 18) === month));
    assert.ok(ofMonth.length >= 1 && ofMonth.every((s) => fetched.has(s)), `read ${[...fetched].join()} for ${month}`);
    assert.deepEqual([...fetched].filter((s) => !ofMonth.includes(s)), [shards[0]], `read ${[...fetched].join()} for ${month}`);
    assert.equal(await page.locator('#pham-vi').count(), 0, 'a period offers no older years: it says what to read');
    await page.close();
  });

  async function servedWholePage(): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${servedWhole.url}tim-kiem/`);
    return page;
  }
  async function newestPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${servedNewest.url}tim-kiem/`);
    return page;
  }
});
