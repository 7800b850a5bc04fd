import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import config from '../../site.config.ts';
import { build, type BuildOutcome } from '../../src/pipeline.ts';
import { invalidFeeds } from './atom.ts';
import { brokenLinks, listFiles } from './crawl.ts';
import { tempDir } from '../temp.ts';
import type { ShardList } from '../../src/index/index.ts';

/** The real build: Eleventy and Pagefind, no mocks, into temporary folders. */
describe('site: the seeds build into a browsable, searchable site', () => {
  let out: string;
  let outcome: BuildOutcome;
  const linksBefore = new Map<string, number>();
  before(async () => {
    for (const seed of await readdir(config.seedsDir)) linksBefore.set(seed, (await stat(join(config.seedsDir, seed))).nlink);
    out = join(await tempDir('site-'), '_site');
    outcome = await build({ config, outputDir: out });
  });

  it('every seed is published with its own page', async () => {
    assert.equal(outcome.report.counts.read, 5);
    assert.equal(outcome.report.counts.published, 5);
    const pages = (await listFiles(out)).filter((f) => /^bai-viet\/[^/]+\/index\.html$/.test(f));
    assert.equal(pages.length, 5);
    assert.ok(pages.includes('bai-viet/no-luc-giam-cang-thang-nga-my-se-dam-phan-ve-van-de-ukraine/index.html'));
  });

  it('lists by month, outlet and agency are compact; the home page shows excerpts', async () => {
    const cards = async (page: string) => {
      const body = await readFile(join(out, page), 'utf8');
      return { cards: (body.match(/<li class="card">/g) ?? []).length, excerpts: (body.match(/<p class="excerpt">/g) ?? []).length };
    };
    const home = await cards('index.html');
    assert.ok(home.cards >= 5 && home.excerpts === home.cards, JSON.stringify(home));
    for (const page of ['thang/2022-01/index.html', 'hang-tin/reuters/index.html']) {
      const list = await cards(page);
      assert.ok(list.cards >= 1 && list.excerpts === 0, `${page} ${JSON.stringify(list)}`);
    }
  });

  it('publishes each source as UTF-8 a static host shows right, without touching the seed files', async () => {
    for (const seed of (await readdir(config.seedsDir)).filter((f) => f.endsWith('.txt'))) {
      const original = await readFile(join(config.seedsDir, seed));
      const copy = await readFile(join(out, 'nguon-goc', seed));
      assert.deepEqual([...copy.subarray(0, 3)], [0xef, 0xbb, 0xbf], seed);
      assert.ok(copy.subarray(3).equals(original), seed);
      // A hard link would change the seed's link count, which a watcher takes for a change.
      assert.equal((await stat(join(config.seedsDir, seed))).nlink, linksBefore.get(seed), seed);
    }
  });

  it('the home page links to every article, newest first, in Vietnamese', async () => {
    const home = await readFile(join(out, 'index.html'), 'utf8');
    assert.match(home, /<html lang="vi">/);
    const links = [...home.matchAll(/href="\/(bai-viet\/[^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(links).size, 5);
    assert.ok(home.indexOf('Thứ Hai, 27 tháng 12, 2021 15:35') > 0, 'dates are written the Vietnamese way');
  });

  it('an article page shows headline, date, outlet, agencies, people and no chrome', async () => {
    const page = await readFile(join(out, 'bai-viet/no-luc-giam-cang-thang-nga-my-se-dam-phan-ve-van-de-ukraine/index.html'), 'utf8');
    assert.match(page, /<h1[^>]*>Nỗ lực giảm căng thẳng, Nga-Mỹ sẽ đàm phán về vấn đề Ukraine<\/h1>/);
    assert.match(page, /ngày ước tính/);
    assert.match(page, /Kinh tế &#x26; Đô thị|Kinh tế &amp; Đô thị/);
    for (const agency of ['AFP', 'TASS', 'Sputnik']) assert.ok(page.includes(`>${agency}</a>`), agency);
    assert.match(page, /href="\/nhan-vat\/sergey-lavrov\/"/);
    for (const chrome of ['Đăng ký ấn phẩm', 'BÌNH LUẬN', 'TOD và bài toán quy hoạch', 'Tin tài trợ']) assert.ok(!page.includes(chrome), chrome);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!);
    assert.equal(ld['@type'], 'NewsArticle');
    assert.ok(ld.mentions.length >= 5);
  });

  it('writes a Pagefind index of the article pages', async () => {
    assert.ok((await listFiles(join(out, 'pagefind'))).includes('pagefind-ui.js'));
    const shards = (JSON.parse(await readFile(join(out, 'pagefind/khoi.json'), 'utf8')) as ShardList).shards;
    let pages = 0;
    for (const [i, shard] of shards.entries()) {
      const files = await listFiles(join(out, 'pagefind', shard));
      // The newest shard's engine searches them all.
      assert.ok(files.includes('pagefind-entry.json') && files.includes('pagefind.js') === (i === 0), shard);
      pages += JSON.parse(await readFile(join(out, 'pagefind', shard, 'pagefind-entry.json'), 'utf8')).languages.vi.page_count;
    }
    assert.equal(pages, 5, 'only the five articles are indexed');
  });

  it('indexes every quote as a search result of its own, in an index of its own, offered by the search page, /phat-ngon/ and each person\'s page', async () => {
    const quotes = gunzipSync(await readFile(join(out, 'du-lieu', 'phat-ngon.jsonl.gz'))).toString('utf8').trimEnd().split('\n');
    const list = JSON.parse(await readFile(join(out, 'pagefind', 'phat-ngon', 'khoi.json'), 'utf8')) as ShardList;
    let pages = 0;
    for (const shard of list.shards) pages += JSON.parse(await readFile(join(out, 'pagefind', 'phat-ngon', shard, 'pagefind-entry.json'), 'utf8')).languages.vi.page_count;
    assert.equal(pages, quotes.length);
    assert.match(await readFile(join(out, 'tim-kiem', 'index.html'), 'utf8'), /id="loai-phat-ngon" value="phat-ngon"/);
    assert.match(await readFile(join(out, 'phat-ngon', 'index.html'), 'utf8'), /<form class="quote-search" action="\/tim-kiem\/"[^>]*>\s*<input type="hidden" name="loai" value="phat-ngon">/);
    assert.match(await readFile(join(out, 'nhan-vat', 'sergey-lavrov', 'index.html'), 'utf8'), /href="\/tim-kiem\/\?loai=phat-ngon&amp;Nh%C3%A2n%20v%E1%BA%ADt=Sergey%20Lavrov">Tìm trong phát ngôn của Sergey Lavrov</);

    // Turned off, the quotes are not indexed, and nothing offers to search them.
    const off = join(await tempDir('site-'), '_site');
    await build({ config: { ...config, searchQuotes: false }, outputDir: off });
    assert.equal(existsSync(join(off, 'pagefind', 'phat-ngon')), false);
    assert.doesNotMatch(await readFile(join(off, 'tim-kiem', 'index.html'), 'utf8'), /loai-phat-ngon/);
    assert.doesNotMatch(await readFile(join(off, 'phat-ngon', 'index.html'), 'utf8'), /quote-search/);
    assert.doesNotMatch(await readFile(join(off, 'nhan-vat', 'sergey-lavrov', 'index.html'), 'utf8'), /loai=phat-ngon/);
    assert.match(await readFile(join(off, 'phat-ngon', 'index.html'), 'utf8'), /<ol class="quotes">/, 'the quotes are still listed');
  });

  it('writes feed, sitemap, robots, 404, people, lists and the build report', async () => {
    const files = new Set(await listFiles(out));
    for (const f of ['feed.xml', 'sitemap.xml', 'robots.txt', '404.html', 'nhan-vat/index.html', 'nguon/index.html', 'hang-tin/index.html', 'thang/index.html', 'thang/2022-01/index.html', 'tim-kiem/index.html', 'bao-cao/index.html', 'bao-cao/bao-cao.json.gz', 'phat-ngon/index.html', 'du-lieu/index.html']) {
      assert.ok(files.has(f), f);
    }
    const feed = await readFile(join(out, 'feed.xml'), 'utf8');
    assert.equal((feed.match(/<entry>/g) ?? []).length, 4, 'the dated articles');
    const report = JSON.parse(gunzipSync(await readFile(join(out, 'bao-cao/bao-cao.json.gz'))).toString('utf8'));
    assert.ok(report.articles.every((a: { removed: { rule: string }[] }) => a.removed.every((r) => r.rule)));
  });

  it('gives each outlet, agency and person a valid Atom feed, linked from its page', async () => {
    const files = await listFiles(out);
    const feeds = files.filter((f) => f.endsWith('feed.xml'));
    assert.deepEqual(invalidFeeds(feeds.map((f) => join(out, f))), []);
    for (const kind of ['nguon', 'hang-tin', 'nhan-vat']) assert.ok(feeds.some((f) => f.startsWith(`${kind}/`)), kind);
    for (const feed of feeds.filter((f) => f !== 'feed.xml')) {
      const page = await readFile(join(out, feed.replace(/feed\.xml$/, 'index.html')), 'utf8');
      assert.ok(page.includes(`<link rel="alternate" type="application/atom+xml" title=`) && page.includes(`href="/${feed}">`), feed);
      assert.match(page, new RegExp(`<a class="feed" href="/${feed.replace(/[.]/g, '\\.')}" type="application/atom\\+xml">Theo dõi \\(Atom\\)</a>`), feed);
    }
    assert.ok(!(await readFile(join(out, 'sitemap.xml'), 'utf8')).includes('feed.xml'), 'feeds are not pages of the sitemap');
  });

  it('offers every published article and its quotes as data, linked from every page', async () => {
    const unzipped = async (f: string) => gunzipSync(await readFile(join(out, 'du-lieu', f))).toString('utf8');
    const lines = (await unzipped('bai-viet.jsonl.gz')).trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string });
    assert.deepEqual(lines.map((l) => l.file).sort(), (await readdir(config.seedsDir)).filter((f) => f.endsWith('.txt')).sort());
    const csv = await unzipped('bai-viet.csv.gz');
    assert.equal(csv.split('\r\n').filter(Boolean).length, 6, 'a header and a row per article');
    const quotes = (await unzipped('phat-ngon.jsonl.gz')).trimEnd().split('\n');
    assert.ok(quotes.length > 5 && quotes.every((q) => typeof JSON.parse(q).speaker === 'string'));
    for (const page of ['index.html', 'bao-cao/index.html', 'du-lieu/index.html']) assert.match(await readFile(join(out, page), 'utf8'), /<a href="\/du-lieu\/">Dữ liệu<\/a>/, page);
  });

  it('an article page with its stylesheet weighs under 40 KB, and every page has valid JSON-LD', async () => {
    const css = (await readFile(join(out, 'assets/style.css'))).length;
    let quotations = 0;
    for (const f of (await listFiles(out)).filter((x) => /^bai-viet\/.*\.html$/.test(x))) {
      const page = await readFile(join(out, f), 'utf8');
      assert.ok(Buffer.byteLength(page) + css < 40 * 1024, `${f}: ${Buffer.byteLength(page) + css} bytes`);
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!);
      assert.equal(ld['@type'], 'NewsArticle');
      assert.ok(ld.headline && ld.url && ld.inLanguage === 'vi');
      // Each quote shown under "Nhân vật trong bài" is a Quotation of the article, with its speaker.
      const parts = (ld.hasPart ?? []) as { '@type': string; text: string; spokenByCharacter: { name: string } }[];
      assert.ok(parts.every((q) => q['@type'] === 'Quotation' && q.text && q.spokenByCharacter.name), f);
      quotations += parts.length;
    }
    assert.ok(quotations >= 10, `${quotations} quotations`);
  });

  it('no internal link or asset is broken', async () => {
    assert.deepEqual(await brokenLinks(out, '/'), []);
  });

  it('works under a path prefix', async () => {
    const prefixed = join(await tempDir('site-'), '_site');
    await build({ config: { ...config, pathPrefix: '/archive/' }, outputDir: prefixed });
    assert.deepEqual(await brokenLinks(prefixed, '/archive/'), []);
  });

  it('the same input gives the same site, byte for byte', async () => {
    const again = join(await tempDir('site-'), '_site');
    await build({ config, outputDir: again });
    const digest = async (dir: string) => {
      const h = createHash('sha256');
      for (const f of await listFiles(dir)) h.update(f).update(await readFile(join(dir, f)));
      return h.digest('hex');
    };
    assert.equal(await digest(again), await digest(out));
  });
});
