import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { figures, loadQueries, relevanceSite, runQueries } from '../../scripts/relevance/measure.ts';
import { launch, serve, type Served } from './harness.ts';

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
 * The same archive with its search index in one shard per year and in one shard for all dated
 * articles: a reader sees the same search either way.
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

  it('the sharded archive has a shard per year, newest first, undated last', async () => {
    const shards = JSON.parse(await readFile(join(sharded.out, 'pagefind', 'khoi.json'), 'utf8')) as string[];
    assert.ok(shards.length >= 3, shards.join());
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
