import assert from 'node:assert/strict';
import { appendFile, cp, link, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import config from '../site.config.ts';
import { codeVersion, fileCache } from '../src/cache.ts';
import { STAGING, type ShardList } from '../src/index/index.ts';
import { renderArticle } from '../src/render/index.ts';
import { build, preparePart } from '../src/pipeline.ts';
import { ROOT, extractText, filesOf, ingestText } from './helpers.ts';
import { tempDir } from './temp.ts';

/**
 * The seeds copied into a folder of their own, and a build of them with a shard per article, with
 * the cache or without it, into a folder named `out` there; its log lines gathered in `logs`.
 */
async function seedsArchive(prefix: string) {
  const work = await tempDir(prefix);
  const seeds = join(work, 'seeds');
  await cp(join(ROOT, 'seeds'), seeds, { recursive: true });
  const perArticle = { ...config, searchShardArticles: 1 };
  const logs: string[] = [];
  const run = (out: string, cached: boolean) => build({
    config: perArticle, seedsDir: seeds, outputDir: join(work, out), log: (l) => logs.push(l),
    ...(cached ? { cache: { dir: join(work, 'cache'), version: 'test' } } : {}),
  });
  return { work, seeds, logs, run };
}

describe('cache of cleaned and extracted articles', () => {
  const text = 'Hai nước nhất trí nối lại đàm phán an ninh\n27/12/2021 15:35\nBộ Ngoại giao cho biết hai bên đã nhất trí tiếp tục đối thoại về các vấn đề an ninh trong khu vực.\n';

  it('gives back what was stored, for the same bytes, path and code only', async () => {
    const dir = await tempDir('cache-');
    const cache = fileCache(dir, 'v1');
    const doc = ingestText('a.txt', text);
    const extracted = extractText('a.txt', text);
    const article = { ...extracted, ...renderArticle(extracted) };
    assert.equal(await cache.get(doc), null);
    await cache.set(doc, article);
    const hit = await cache.get(doc);
    assert.deepEqual(JSON.parse(JSON.stringify(hit)), JSON.parse(JSON.stringify(article)));
    assert.equal(JSON.stringify(hit!.clean.removed), JSON.stringify(article.clean.removed), 'removed lines as clean made them, keys in the same order (the report prints them)');
    assert.equal(hit!.source, doc, 'the source document is the one read now, not a stored copy');
    // Known by path and bytes alone, without ingesting the file: the source as it was, but its lines.
    const known = cache.known('a.txt', doc.hash);
    assert.deepEqual(JSON.parse(JSON.stringify(known)), JSON.parse(JSON.stringify({ ...article, source: { ...doc, lines: [] }, clean: { ...article.clean, source: { ...doc, lines: [] } } })));
    assert.equal(cache.known('b.txt', doc.hash), null, 'another path');
    assert.equal(await cache.get(ingestText('a.txt', `${text}Thêm một dòng.\n`)), null, 'changed bytes');
    assert.equal(await cache.get(ingestText('b.txt', text)), null, 'another path');
    assert.equal(await fileCache(dir, 'v2').get(doc), null, 'another version of the code');
  });

  it('keeps each removed line\'s rule and words, and each rule\'s reason once', async () => {
    const dir = await tempDir('cache-rows-');
    const page = `Thế giới\nChia sẻ\n${text}Tin liên quan\n- Nga và Mỹ đàm phán tại Geneva\n- Hội nghị an ninh châu Âu khai mạc\nBình luận\n`;
    const extracted = extractText('trang.txt', page);
    const article = { ...extracted, ...renderArticle(extracted) };
    assert.ok(article.clean.removed.length >= 6 && new Set(article.clean.removed.map((m) => m.rule)).size < article.clean.removed.length, 'rules removing several lines');
    await fileCache(dir, 'v1').set(article.source, article);
    const [entry] = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json'));
    const stored = await readFile(join(dir, entry!), 'utf8');
    for (const m of article.clean.removed) assert.equal(stored.split(JSON.stringify(m.reason)).length - 1, 1, m.rule);
    const hit = await fileCache(dir, 'v1').get(article.source);
    assert.equal(JSON.stringify(hit!.clean.removed), JSON.stringify(article.clean.removed));
    assert.deepEqual(JSON.parse(JSON.stringify(hit)), JSON.parse(JSON.stringify(article)));
  });

  it('a build removes the entries of other versions of the code, and keeps its own', async () => {
    const work = await tempDir('cache-versions-');
    const seeds = join(ROOT, 'seeds');
    const run = (version: string) => build({ config, seedsDir: seeds, outputDir: join(work, `out-${version}`), cache: { dir: join(work, 'cache'), version } });
    await run('old');
    assert.deepEqual(await readdir(join(work, 'cache', 'articles')), ['old']);
    await run('new');
    assert.deepEqual(await readdir(join(work, 'cache', 'articles')), ['new'], 'the old code\'s entries are gone');
    const logs: string[] = [];
    await build({ config, seedsDir: seeds, outputDir: join(work, 'again'), cache: { dir: join(work, 'cache'), version: 'new' }, log: (l) => logs.push(l) });
    assert.match(logs.find((l) => l.startsWith('clean + extract'))!, /^clean \+ extract: 0 articles cleaned .* 5 from the cache/);
  });

  it('its version changes with the code and the configuration', async () => {
    const a = await codeVersion(join(ROOT, 'src'), 'config A');
    assert.equal(a, await codeVersion(join(ROOT, 'src'), 'config A'));
    assert.notEqual(a, await codeVersion(join(ROOT, 'src'), 'config B'));
  });

  it('its version changes with the packages locked beside the code (bodies are rendered by them)', async () => {
    const work = await tempDir('cache-lock-');
    await cp(join(ROOT, 'src'), join(work, 'src'), { recursive: true });
    const lock = JSON.parse(await readFile(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
    await writeFile(join(work, 'package-lock.json'), JSON.stringify(lock));
    const before = await codeVersion(join(work, 'src'), 'config');
    lock.packages['node_modules/remark-rehype']!.version = '0.0.0';
    await writeFile(join(work, 'package-lock.json'), JSON.stringify(lock));
    assert.notEqual(await codeVersion(join(work, 'src'), 'config'), before, 'another version of a rendering package');
  });

  it('a rebuild cleans, extracts and renders only the changed file, and builds the same site', async () => {
    const work = await tempDir('rebuild-');
    const seeds = join(work, 'seeds');
    await cp(join(ROOT, 'seeds'), seeds, { recursive: true });
    const cache = { dir: join(work, 'cache'), version: 'test' };
    const logs: string[] = [];
    const run = (out: string) => build({ config, seedsDir: seeds, outputDir: join(work, out), cache, log: (l) => logs.push(l) });
    await run('first');
    await run('second');
    assert.match(logs.filter((l) => l.startsWith('clean + extract')).pop()!, /^clean \+ extract: 0 articles cleaned and extracted .* 5 from the cache/);
    assert.deepEqual(logs.filter((l) => l.startsWith('render:')).map((l) => l.replace(/ in \d+ ms/, '')),
      ['render: 5 bodies, the others from the cache', 'render: 0 bodies, the others from the cache']);
    // Nothing changed: every article and list page is linked from the last build, none rendered again.
    // List pages and their feeds; the article pages, search, report and data pages are others.
    const listPages = (await readdir(join(work, 'first'), { recursive: true }))
      .filter((f) => (f.endsWith('index.html') || f.endsWith('/feed.xml')) && !/^(?:bai-viet|tim-kiem|bao-cao|du-lieu)\//.test(f));
    assert.ok(listPages.length > 10, `${listPages.length} list pages`);
    assert.match(logs.filter((l) => l.startsWith('eleventy')).pop()!, new RegExp(`\\(5 article pages and ${listPages.length} list pages unchanged since the last build\\)`));
    const page = 'bai-viet/doi-thoai-an-ninh-nga-nato-dien-ra-vao-12-1/index.html';
    assert.equal(await readFile(join(work, 'second', page), 'utf8'), await readFile(join(work, 'first', page), 'utf8'));
    await appendFile(join(seeds, '004_8e0f8740156a7686.txt'), '\nMột câu mới được thêm vào cuối bài.\n');
    await run('third');
    assert.match(logs.pop() ? logs.filter((l) => l.startsWith('clean + extract')).pop()! : '', /^clean \+ extract: 1 articles cleaned and extracted .* 4 from the cache/);
    assert.match(logs.filter((l) => l.startsWith('render:')).pop()!, /^render: 1 bodies in \d+ ms/);
    // The changed article's body is the one rendered now, not the one kept.
    const pageOf = async (out: string) => {
      for (const slug of await readdir(join(work, out, 'bai-viet'))) {
        const html = await readFile(join(work, out, 'bai-viet', slug, 'index.html'), 'utf8');
        if (html.includes('004_8e0f8740156a7686.txt')) return html;
      }
      return '';
    };
    assert.doesNotMatch(await pageOf('second'), /Một câu mới được thêm vào cuối bài/);
    assert.match(await pageOf('third'), /<p>Một câu mới được thêm vào cuối bài\.<\/p>/);
  });

  it('a rebuild reports what ingest noticed in a file the cache knows, as the first build did', async () => {
    const work = await tempDir('cache-notes-');
    const seeds = join(work, 'seeds');
    await cp(join(ROOT, 'seeds'), seeds, { recursive: true });
    // Invalid bytes in a UTF-8 file, and front matter that does not parse: warnings of ingest.
    await writeFile(join(seeds, 'hong.txt'), Buffer.concat([Buffer.from('Hai bộ trưởng gặp nhau\nHai bộ trưởng đã gặp nhau tại Hà Nội để bàn về hợp tác thương mại '), Buffer.from([0xff, 0xfe]), Buffer.from(' trong năm tới.\n')]));
    await writeFile(join(seeds, 'loi.md'), '---\ntitle: [chưa đóng\n---\nHai bộ trưởng đã gặp nhau tại Hà Nội để bàn về hợp tác thương mại trong năm tới.\n');
    const cache = { dir: join(work, 'cache'), version: 'test' };
    const logs: string[] = [];
    const run = (out: string) => build({ config, seedsDir: seeds, outputDir: join(work, out), cache, log: (l) => logs.push(l) });
    const first = await run('first');
    const again = await run('again');
    assert.match(logs.filter((l) => l.startsWith('clean + extract')).pop()!, /^clean \+ extract: 0 articles cleaned .* 7 from the cache/);
    const rules = (r: typeof first) => r.report.warnings.map((w) => `${w.file} ${w.rule}`).sort();
    assert.ok(rules(first).includes('hong.txt invalid-utf8') && rules(first).some((w) => w.startsWith('loi.md ')), rules(first).join(', '));
    assert.deepEqual(again.report.warnings, first.report.warnings);
  });

  it('a source saved again with another widget line is cleaned again, yet its page is not rendered nor its shard indexed again', async () => {
    const { work, seeds, logs, run } = await seedsArchive('same-article-');
    await run('first', true);
    await appendFile(join(seeds, '004_8e0f8740156a7686.txt'), '\nChia sẻ\n');
    await run('again', true);
    assert.match(logs.filter((l) => l.startsWith('clean + extract')).pop()!, /^clean \+ extract: 1 articles cleaned and extracted .* 4 from the cache/);
    assert.match(logs.filter((l) => l.startsWith('eleventy:')).pop()!, /\(5 article pages and \d+ list pages unchanged since the last build\)/);
    assert.match(logs.filter((l) => l.startsWith('pagefind:')).pop()!, /\((\d+) shards, \1 unchanged since the last build\)/);
    await run('clean', false);
    assert.deepEqual(await filesOf(join(work, 'again')), await filesOf(join(work, 'clean')));
  });

  it('a rebuild after adding, changing and deleting articles gives the clean build\'s site, byte for byte, rendering only the pages and indexing only the shards that changed', async () => {
    const { work, seeds, logs, run } = await seedsArchive('incremental-');
    await run('first', true);
    await appendFile(join(seeds, '004_8e0f8740156a7686.txt'), '\nMột câu mới được thêm vào cuối bài.\n');
    await writeFile(join(seeds, 'moi.md'), '---\ntitle: Hai bộ trưởng gặp nhau tại Hà Nội\ndate: 2024-05-02\n---\nHai bộ trưởng đã gặp nhau tại Hà Nội để bàn về hợp tác thương mại trong năm tới.\n');
    await rm(join(seeds, (await readdir(seeds)).filter((f) => f.endsWith('.txt'))[0]!));
    await run('incremental', true);
    const shardLine = logs.filter((l) => l.startsWith('pagefind:')).pop()!;
    const pagesLine = logs.filter((l) => l.startsWith('eleventy:')).pop()!;
    await run('clean', false);
    assert.deepEqual(await filesOf(join(work, 'incremental')), await filesOf(join(work, 'clean')));
    assert.match(shardLine, /unchanged since the last build/, shardLine);
    assert.match(pagesLine, /\(3 article pages and \d+ list pages unchanged since the last build\)/, pagesLine);
  });

  it('a rebuild into the same folder updates it in place: unchanged pages stay the same files, changed ones never write through a kept link, and what the build no longer makes goes', async () => {
    const work = await tempDir('in-place-');
    const seeds = join(work, 'seeds');
    await cp(join(ROOT, 'seeds'), seeds, { recursive: true });
    const perArticle = { ...config, searchShardArticles: 1 };
    const cache = { dir: join(work, 'cache'), version: 'test' };
    const site = join(work, 'site');
    const logs: string[] = [];
    await build({ config: perArticle, seedsDir: seeds, outputDir: site, cache });
    const pages = (await readdir(join(site, 'bai-viet'))).sort();
    const changed = '004_8e0f8740156a7686.txt';
    // Our own name for each article page's file, to see afterwards what became of that file.
    for (const p of pages) await link(join(site, 'bai-viet', p, 'index.html'), join(work, `${p}.html`));
    const before = new Map(await Promise.all(pages.map(async (p) => [p, await readFile(join(work, `${p}.html`), 'utf8')] as const)));
    await appendFile(join(seeds, changed), '\nMột câu mới được thêm vào cuối bài.\n');
    await writeFile(join(seeds, 'moi.md'), '---\ntitle: Hai bộ trưởng gặp nhau tại Hà Nội\ndate: 2024-05-02\n---\nHai bộ trưởng đã gặp nhau tại Hà Nội để bàn về hợp tác thương mại trong năm tới.\n');
    await rm(join(seeds, (await readdir(seeds)).filter((f) => f.endsWith('.txt') && f !== changed)[0]!));
    // What no build makes: a stray file beside a page, a folder of its own, an interrupted build's
    // staged search documents, a shard no longer there.
    await writeFile(join(site, 'bai-viet', pages[0]!, 'la.txt'), 'x');
    await mkdir(join(site, 'thu-muc-cu', 'con'), { recursive: true });
    await writeFile(join(site, 'thu-muc-cu', 'con', 'a.html'), 'x');
    await mkdir(join(site, STAGING, 'bai-viet'), { recursive: true });
    await writeFile(join(site, STAGING, 'bai-viet', 'index.html'), 'x');
    await mkdir(join(site, 'pagefind', '1999'));
    await writeFile(join(site, 'pagefind', '1999', 'pagefind-entry.json'), '{}');
    await build({ config: perArticle, seedsDir: seeds, outputDir: site, cache, log: (l) => logs.push(l) });
    await build({ config: perArticle, seedsDir: seeds, outputDir: join(work, 'clean') });
    assert.deepEqual(await filesOf(site), await filesOf(join(work, 'clean')));
    assert.match(logs.find((l) => l.startsWith('files:'))!, /^files: \d+ files of an earlier build removed/);
    let same = 0;
    for (const p of pages) {
      // Whatever the page is now, the file the first build wrote still holds what it held.
      assert.equal(await readFile(join(work, `${p}.html`), 'utf8'), before.get(p), p);
      const now = await stat(join(site, 'bai-viet', p, 'index.html')).catch(() => null);
      if (now && now.ino === (await stat(join(work, `${p}.html`))).ino) same++;
    }
    assert.ok(same >= 2 && same < pages.length, `${same} of ${pages.length} pages are the same files as before`);
  });

  it('an archive built in parts and shards, each with a cache of its own, assembles into the clean build\'s site with nothing done twice', async () => {
    const work = await tempDir('parts-');
    const seeds = join(work, 'seeds');
    await cp(join(ROOT, 'seeds'), seeds, { recursive: true });
    const perArticle = { ...config, searchShardArticles: 1 };
    const cacheAt = (name: string) => ({ dir: join(work, name), version: 'test' });
    // Two machines clean and extract half the files each; their caches are merged by copying.
    const parts = [];
    for (const index of [1, 2]) parts.push(await preparePart({ config: perArticle, seedsDir: seeds, cache: cacheAt(`part-${index}`), part: { index, count: 2 } }));
    assert.equal(parts[0]!.articles + parts[1]!.articles, 5);
    assert.ok(parts.every((p) => p.articles > 0), 'both parts hold files');
    await merge(work, ['part-1', 'part-2'], 'extracted');
    // Then one machine per search shard, each from the merged cache.
    const clean = await build({ config: perArticle, seedsDir: seeds, outputDir: join(work, 'clean') });
    const shards = (JSON.parse(await readFile(join(work, 'clean', 'pagefind', 'khoi.json'), 'utf8')) as ShardList).shards;
    assert.ok(shards.length >= 2, `several shards: ${shards.join(', ')}`);
    for (const shard of shards) {
      await cp(join(work, 'extracted'), join(work, `shard-${shard}`), { recursive: true });
      const logs: string[] = [];
      await build({ config: perArticle, seedsDir: seeds, outputDir: join(work, `out-${shard}`), cache: cacheAt(`shard-${shard}`), shard, log: (l) => logs.push(l) });
      assert.match(logs.find((l) => l.startsWith('clean + extract'))!, /^clean \+ extract: 0 articles cleaned/);
      assert.deepEqual(await readdir(join(work, `out-${shard}`, 'pagefind')), [shard, 'khoi.json', 'pagefind-ui.css', 'pagefind-ui.js', 'phat-ngon'].sort());
      // The quotes of the shard's articles: the same shard of the quotes' index.
      assert.deepEqual(await readdir(join(work, `out-${shard}`, 'pagefind', 'phat-ngon')), [shard, 'khoi.json'].sort());
    }
    await merge(work, shards.map((s) => `shard-${s}`), 'all');
    const logs: string[] = [];
    await build({ config: perArticle, seedsDir: seeds, outputDir: join(work, 'assembled'), cache: cacheAt('all'), log: (l) => logs.push(l) });
    assert.deepEqual(await filesOf(join(work, 'assembled')), await filesOf(join(work, 'clean')));
    assert.match(logs.find((l) => l.startsWith('clean + extract'))!, /^clean \+ extract: 0 articles cleaned/);
    assert.match(logs.find((l) => l.startsWith('eleventy'))!, /\(5 article pages and 0 list pages unchanged since the last build\)/);
    assert.match(logs.find((l) => l.startsWith('pagefind:'))!, new RegExp(`\\(${shards.length} shards, ${shards.length} unchanged since the last build\\)`));
    assert.equal(clean.articles.length, 5);
  });

  it('a shard\'s build names the shards there are when given another, and needs the cache', async () => {
    const work = await tempDir('shard-name-');
    const run = (shard: string, cached: boolean) => build({
      config, seedsDir: join(ROOT, 'seeds'), outputDir: join(work, 'out'), shard, ...(cached ? { cache: { dir: join(work, 'cache'), version: 'test' } } : {}),
    });
    await assert.rejects(run('1999', true), /no search shard "1999" in this archive; its shards are \S/);
    await assert.rejects(run('1999', false), /no search shard/);
    const shard = (await build({ config, seedsDir: join(ROOT, 'seeds'), outputDir: join(work, 'full') }), (JSON.parse(await readFile(join(work, 'full', 'pagefind', 'khoi.json'), 'utf8')) as ShardList).shards)[0]!;
    await assert.rejects(run(shard, false), /needs the cache/);
  });
});

/** The folders `from` (under `work`) copied together into `to`: caches are named by content, so they merge by copying. */
async function merge(work: string, from: string[], to: string): Promise<void> {
  for (const f of from) await cp(join(work, f), join(work, to), { recursive: true });
}

